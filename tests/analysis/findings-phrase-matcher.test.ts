import { describe, expect, it } from 'vitest';
import { followedBy, isProperName, phraseMatcher, previousWord, wordsIn } from '../../src/analysis/findings/phrase-matcher.js';
import { claimWords } from '../../src/analysis/findings/claim-words.js';
import { analyze } from '../../src/analysis/index.js';

const matcher = phraseMatcher(['regime', 'so-called', 'lashed out', 'lashed'], (f) => [f]);
const found = (text: string, from?: number, to?: number) => matcher.find(text, from, to).map((m) => [m.text, m.start, m.end]);

describe('phraseMatcher', () => {
  it('matches the same over a shared scan as over the text, and the scan skips words cut by the edges', () => {
    const text = 'The so-called regime’s army lashed out.';
    const other = phraseMatcher(['army'], (f) => [f]);
    const words = wordsIn(text, 0, text.length);
    expect(matcher.findIn(text, words)).toEqual(matcher.find(text));
    expect(other.findIn(text, words).map((m) => m.text)).toEqual(['army']);
    expect(wordsIn(text, 5, text.length - 2).map((w) => text.slice(w.start, w.end))).toEqual(['regime’s', 'army', 'lashed']);
  });

  it('scans each claim once per report', () => {
    const text = 'The regime fell. The army lashed out.';
    const report = analyze(text);
    const [first] = report.claims;
    if (!first) throw new Error('no claim');
    const words = claimWords(text);
    expect(words.of(first)).toBe(words.of(first));
    expect(words.of(first).map((w) => text.slice(w.start, w.end))).toEqual(['The', 'regime', 'fell']);
  });

  it('finds whole words case-insensitively with exact offsets', () => {
    expect(found('The Regime fell.')).toEqual([['Regime', 4, 10]]);
    expect(found('A regimen of pills; the anti-regime march.')).toEqual([]);
  });

  it('prefers the longest form and allows any whitespace inside it', () => {
    expect(found('He lashed\nout at them.')).toEqual([['lashed\nout', 3, 13]]);
    expect(found('He lashed them.')).toEqual([['lashed', 3, 9]]);
  });

  it('accepts any hyphen or apostrophe, and stops before a possessive', () => {
    expect(found('The so‑called deal.')).toEqual([['so‑called', 4, 13]]);
    expect(found('The regime’s army.')).toEqual([['regime', 4, 10]]);
    expect(found("THE REGIME'S ARMY.")).toEqual([['REGIME', 4, 10]]);
    expect(found('The régime’s army.')).toEqual([]);
  });

  it('searches only inside the stretch it is given', () => {
    const text = 'The regime fell. The regime rose.';
    expect(found(text, 17, text.length)).toEqual([['regime', 21, 27]]);
    expect(found(text, 0, 8)).toEqual([]);
  });
});

describe('context helpers', () => {
  it('reads the next words and the previous word', () => {
    const text = 'They sought regime change, not a sanctions regime.';
    expect(followedBy(text, 18, text.length, ['change'])).toBe(true);
    expect(followedBy(text, 18, text.length, ['chan'])).toBe(false);
    expect(previousWord(text, 43, 0)).toBe('sanctions');
    expect(previousWord(text, 0, 0)).toBeNull();
  });

  it('takes a capitalised word inside a sentence for a name, but not one that opens it or a quotation', () => {
    const text = 'Radical views. He joined the Radical Party. “Radical,” he said.';
    expect(isProperName(text, 0, 0)).toBe(false);
    expect(isProperName(text, 29, 15)).toBe(true);
    expect(isProperName(text, 45, 44)).toBe(false);
  });
});
