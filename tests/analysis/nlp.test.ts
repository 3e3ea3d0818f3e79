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
