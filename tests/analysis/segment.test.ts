import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('does not end sentences at abbreviations', () => {
    const text = 'Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5 in the U.S. capital. They spoke at No. 2 St. James Place. It rained.';
    expect(sentencesOf(text)).toEqual([
      'Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5 in the U.S. capital.',
      'They spoke at No. 2 St. James Place.',
      'It rained.',
    ]);
  });

  it('keeps both apostrophes of a closing \'\' mark in the sentence they close', () => {
    const text = "''The pier is safe,'' Okafor said. ''We checked it.'' The ferry left.";
    expect(sentencesOf(text)).toEqual(["''The pier is safe,'' Okafor said.", "''We checked it.''", 'The ferry left.']);
  });

  it('does not start a sentence with a comma after an abbreviation in a party label: “(D-Md.), chair of …”', () => {
    const text = 'The pier is old. Rep. Jo Hart (D-Md.), chair of the harbor panel, said it was fine.';
    expect(sentencesOf(text)).toEqual(['The pier is old.', 'Rep. Jo Hart (D-Md.), chair of the harbor panel, said it was fine.']);
  });

  it('ends a sentence after an abbreviation when a capitalised quotation follows', () => {
    const text = '“The pier is safe,” said Ann Lowe of Salem, Mass. “We checked it.” Then it rained.';
    expect(sentencesOf(text)).toEqual(['“The pier is safe,” said Ann Lowe of Salem, Mass.', '“We checked it.”', 'Then it rained.']);
  });

  it('rejoins titles wink splits in two, and does not end a sentence after them', () => {
    const text = 'Board member Rev. Anne Lowe spoke first. Then Maj. Tom Hart and Supt. Ray Cole replied.';
    const { tokens, sentences } = segment(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Board member Rev. Anne Lowe spoke first.',
      'Then Maj. Tom Hart and Supt. Ray Cole replied.',
    ]);
    expect(tokens.map((t) => t.text)).toContain('Rev.');
    expect(tokens.map((t) => t.text)).toContain('Supt.');
    tokens.forEach((t, i) => expect(t.i).toBe(i));
  });

  it('ends a sentence after a.m. or p.m. when a new sentence follows, not before a day or time zone', () => {
    const text = 'The vote ran past 11 p.m. Several parents left early. It resumes at 9 a.m. Monday and ends at 5 p.m. ET on Friday. Polls close at 8 p.m. E.T. in most states.';
    expect(sentencesOf(text)).toEqual([
      'The vote ran past 11 p.m.',
      'Several parents left early.',
      'It resumes at 9 a.m. Monday and ends at 5 p.m. ET on Friday.',
      'Polls close at 8 p.m. E.T. in most states.',
    ]);
  });

  it('ends a sentence at every line break and numbers paragraphs', () => {
    const text = 'First line without a stop\n\nSecond paragraph. Third sentence.';
    const { sentences, paragraphs } = segment(text);
    expect(paragraphs).toBe(2);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('marks lines without final punctuation as captions', () => {
    const text = 'The army said the attack failed.\nSoldiers ride atop a carrier near the front yesterday\nIt was the third attack this week.';
    expect(segment(text).sentences.map((s) => s.caption)).toEqual([false, true, false]);
  });

  it('does not take the headline, byline, timestamp or a link to another story for captions', () => {
    const text = [
      'Drought forces water rationing as reservoirs hit record low',
      'By Helen Markham, Environment Correspondent',
      'Published 14 August 2026, 09:12 BST | Updated 11:40 BST',
      'The water authority said supplies would be cut.',
      'Read more: Farmers count the cost of the hottest summer',
      'A dried-up stretch of the river near Oldbridge on Tuesday',
    ].join('\n');
    expect(segment(text).sentences.map((s) => s.caption)).toEqual([false, false, false, false, false, true]);
  });

  it('still marks a caption above the story when it carries a photo credit', () => {
    const text = 'Flood defences fail in Ellerby\nResidents clear mud from a street in Ellerby. Photograph: Jon Pike/Getty Images\nThe river burst its banks on Sunday.';
    // The caption paragraph holds two sentences: the description and the credit.
    expect(segment(text).sentences.map((s) => s.caption)).toEqual([false, true, true, false]);
  });

  it('marks a line that ends in a photo note in parentheses as a caption, not a line ending a sentence with one', () => {
    const text = [
      'Firefighters at the scene of the blaze in Leeds (file photo)',
      'The mayor thanked the crews (pictured above).',
      'Residents were moved to a school hall (Image: Getty)',
      '(Reporting by Ann Lowe; editing by Tom Reed)',
    ].join('\n');
    expect(segment(text).sentences.map((s) => s.caption)).toEqual([true, false, true, false]);
  });

  it('records quotations, carrying an unclosed quote to the end of its paragraph', () => {
    const text = '“We will win. Nobody doubts it,” she said.\n“The next step is clear.\n“We go on.”';
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.quotes.length)).toEqual([1, 1, 1, 1]);
    const second = sentences[1]!;
    expect(text.slice(second.quotes[0]![0], second.quotes[0]![1])).toBe('Nobody doubts it,”');
  });

  it('keeps exact offsets', () => {
    const text = '  Leading spaces.  Odd   spacing here.\r\nWindows line.';
    for (const s of segment(text).sentences) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
