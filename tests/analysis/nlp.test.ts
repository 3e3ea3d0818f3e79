import { describe, expect, it } from 'vitest';
import { countWords, letterOrDigitAt, startsWithCapital, tokenize } from '../../src/analysis/nlp.js';

describe('letterOrDigitAt', () => {
  it('gives 1 for ASCII and other letters and digits, 0 for punctuation and spaces', () => {
    const text = 'a7 é—“٣';
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => letterOrDigitAt(text, i))).toEqual([1, 1, 0, 1, 0, 0, 1]);
  });

  it('gives 2 for a letter written as a surrogate pair, unless the pair is cut by the end', () => {
    const text = 'x𝐀y';
    expect(letterOrDigitAt(text, 1)).toBe(2);
    expect(letterOrDigitAt(text, 1, 2)).toBe(0);
  });

  it('gives 0 for an emoji and past the end of the text', () => {
    expect(letterOrDigitAt('😀', 0)).toBe(0);
    expect(letterOrDigitAt('a', 1)).toBe(0);
  });
});

describe('startsWithCapital', () => {
  it('reads ASCII and other capitals', () => {
    expect(['Ada', 'ada', 'Élise', 'élise', '“Ada', ''].map(startsWithCapital)).toEqual([true, false, true, false, false, false]);
  });
});

describe('countWords', () => {
  it('counts tokens holding a letter or digit, not punctuation', () => {
    expect(countWords(tokenize('“Yes,” said Zoë — 42 times.').tokens)).toBe(5);
  });
});

describe('tokenize on a long text', () => {
  // Over 20,000 characters, so wink reads it in blocks cut at line breaks.
  const paragraph = (n: number) => `Paragraph ${n} opens here. The mayor said the pier would reopen in May.`;
  const breaks = ['\n\n', '\r\n', '\n', '\r\n\r\n'];
  const text = Array.from({ length: 600 }, (_, n) => paragraph(n)).reduce((acc, p, n) => acc + (breaks[n % breaks.length] ?? '\n') + p);

  it('gives every token its exact offsets in the whole text', () => {
    const { tokens } = tokenize(text);
    expect(text.length).toBeGreaterThan(40_000);
    expect(tokens.every((t, i) => t.i === i && text.slice(t.start, t.end) === t.text && t.start >= (tokens[i - 1]?.end ?? 0))).toBe(true);
    expect(tokens[tokens.length - 1]?.text).toBe('.');
  });

  it('finds the same sentences as the paragraphs read one by one', () => {
    const { tokens, sentences } = tokenize(text);
    expect(sentences).toHaveLength(1200);
    const opening = sentences.filter(([a]) => tokens[a]?.text === 'Paragraph').map(([a]) => tokens[a + 1]?.text);
    expect(opening).toEqual(Array.from({ length: 600 }, (_, n) => String(n)));
    expect(sentences.every(([a, b], k) => b >= a && (k === 0 || a === (sentences[k - 1]?.[1] ?? -2) + 1))).toBe(true);
  });
});

describe('tokenize with Latin letters beyond Latin-1', () => {
  it('keeps "Kovač" and "Łukasz" one word each, with their own letters, and a name after a title', () => {
    const { tokens } = tokenize('Andrei Kovač met Łukasz Bielik.');
    expect(tokens.map((t) => t.text)).toEqual(['Andrei', 'Kovač', 'met', 'Łukasz', 'Bielik', '.']);
    expect(tokens[1]?.pos).toBe('PROPN');
    expect(tokens[1]?.lower).toBe('kovač');
    expect(tokens[3]?.start).toBe(17);
  });
});
