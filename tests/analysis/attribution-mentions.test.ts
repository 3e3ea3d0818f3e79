// Where a source's mention starts and ends: appositions, relative clauses and asides around the speaker.
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution } from '../../src/analysis/index.js';

function primary(text: string, index = 0): Attribution {
  const a = analyze(text).claims[index]?.attributions[0];
  if (!a) throw new Error(`claim ${index} has no attribution in: ${text}`);
  return a;
}

describe('mentions after "according to"', () => {
  it('takes a restrictive "who" clause after the source whole: “according to an aide who asked not to be named”', () => {
    const a = primary('The toll will rise in May, according to a harbor official who spoke on the condition of anonymity.');
    expect(a.mention?.text).toBe('a harbor official who spoke on the condition of anonymity');
    expect(a.content?.text).toBe('The toll will rise in May');
    const b = primary('The ferry was late, according to two crew members who saw the delay, but no one was hurt.');
    expect(b.mention?.text).toBe('two crew members who saw the delay');
  });
});
