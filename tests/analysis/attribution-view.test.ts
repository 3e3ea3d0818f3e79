import { describe, expect, it } from 'vitest';
import { TakenTokens } from '../../src/analysis/attribution/view.js';

describe('TakenTokens', () => {
  it('remembers the tokens taken inside the sentence and outside it', () => {
    const taken = new TakenTokens(10, 14);
    for (const i of [10, 12, 14, 9, 15]) taken.add(i);
    expect([8, 9, 10, 11, 12, 13, 14, 15, 16].map((i) => taken.has(i))).toEqual([false, true, true, false, true, false, true, true, false]);
  });

  it('starts empty, also for an empty sentence', () => {
    expect(new TakenTokens(3, 7).has(3)).toBe(false);
    const none = new TakenTokens(5, 4);
    none.add(5);
    expect(none.has(5)).toBe(true);
  });
});
