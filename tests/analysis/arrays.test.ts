import { describe, expect, it } from 'vitest';
import { mapPresent } from '../../src/analysis/arrays.js';

describe('mapPresent', () => {
  it('keeps every value but null and undefined, in order', () => {
    const values = [1, 2, 3, 4, 5, 6];
    const mapped = mapPresent(values, (n) => [null, '', 0, undefined, false, 'six'][n - 1]);
    expect(mapped).toEqual(['', 0, false, 'six']);
  });

  it('gives an empty list for no items', () => {
    expect(mapPresent([], () => 1)).toEqual([]);
  });
});
