// Robustness of the engine against anything an editor might paste, checked with fast-check properties,
// and a linear-time bound against catastrophic backtracking on 100,000 characters of worst-case input.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze, DEFAULT_MAX_CHARS, InputError, type Report } from '../../src/analysis/index.js';
import { reportProblems } from './robustness/invariants.js';
import { anyInput, nestedQuotes, onlyWhitespace, pastedArticle, randomUnicode, repeatedPunctuation } from './robustness/arbitraries.js';
import { EXOTIC, MARKUP, NEWS, PUNCTUATION } from './robustness/fragments.js';
import { LINEAR_PATTERNS, WORST_LENGTH } from './robustness/worst-patterns.js';
import { timedAnalyzer } from './robustness/timed-analyze.js';

const SEED = readFileSync(new URL('../../samples/putin-xi-safety-deal.txt', import.meta.url), 'utf8');

/** Everything wrong with analyze()'s answer: it may refuse only empty or over-long text, else the report must be sound. */
function problemsWith(input: string): string[] {
  let report: Report;
  try {
    report = analyze(input);
  } catch (error) {
    if (!(error instanceof InputError)) return [`threw ${String(error)}`];
    const expected = input.trim() === '' ? 'empty' : input.length > DEFAULT_MAX_CHARS ? 'too_long' : null;
    return error.problem.code === expected ? [] : [`InputError ${error.problem.code} for input that should be analyzed`];
  }
  const problems = reportProblems(input, report);
  if (input.trim() === '') problems.push('whitespace-only input got a report instead of InputError empty');
  return problems;
}

const holdsFor = (arbitrary: fc.Arbitrary<string>, numRuns: number) =>
  fc.assert(
    fc.property(arbitrary, (input) => {
      expect(problemsWith(input)).toEqual([]);
    }),
    { numRuns },
  );

describe('analyze() on any input', () => {
  it('random unicode, surrogates included', () => holdsFor(randomUnicode, 150));
  it('news copy pasted with markup, emoji, right-to-left text and control characters', () => holdsFor(pastedArticle, 150));
  it('deeply nested quotations', () => holdsFor(nestedQuotes, 40));
  it('repeated punctuation', () => holdsFor(repeatedPunctuation, 60));
  it('only whitespace and line breaks: InputError empty', () => holdsFor(onlyWhitespace, 40));
  it('any mix of the above', () => holdsFor(anyInput, 100));

  it('the seed article with odd pieces spliced in anywhere', () => {
    const splice = fc
      .array(fc.tuple(fc.nat(SEED.length), fc.constantFrom(...EXOTIC, ...MARKUP, ...PUNCTUATION, ...NEWS)), { minLength: 1, maxLength: 8 })
      .map((edits) => {
        let text = SEED;
        for (const [at, piece] of [...edits].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + piece + text.slice(at);
        return text;
      });
    holdsFor(splice, 25);
  });

  it('a single 100,000-character line of news copy', () => {
    const line = NEWS.join(' ').repeat(Math.ceil(WORST_LENGTH / NEWS.join(' ').length)).slice(0, WORST_LENGTH);
    expect(line.includes('\n')).toBe(false);
    expect(problemsWith(line)).toEqual([]);
  });

  it('refuses text over the limit with InputError too_long', () => {
    const text = 'The mayor said so. '.repeat(6000);
    expect(text.length).toBeGreaterThan(DEFAULT_MAX_CHARS);
    expect(() => analyze(text)).toThrow(InputError);
    expect(problemsWith(text)).toEqual([]);
  });

  it('the seed article passes every invariant', () => {
    expect(problemsWith(SEED)).toEqual([]);
  });
});

describe('the invariant checker', () => {
  const text = 'The mayor said the bridge would reopen. “It will not,” a resident said.';
  const broken = (mutate: (r: Report) => void): string[] => {
    const report = structuredClone(analyze(text));
    mutate(report);
    return reportProblems(text, report);
  };

  it('accepts a sound report', () => expect(broken(() => {})).toEqual([]));
  it('catches a span whose text is not at its offsets', () =>
    expect(broken((r) => (r.claims[1]!.start += 1))).toEqual([expect.stringMatching(/claim 1: text/)]));
  it('catches overlapping claims and wrong ids', () => {
    expect(broken((r) => (r.claims[1]!.id = 0))).toEqual(['claim 1: id 0']);
    expect(broken((r) => r.claims.reverse())).not.toEqual([]);
  });
  it('catches findings that point at missing claims', () =>
    expect(broken((r) => r.summary.findings.push({ code: 'vague_attribution', severity: 'info', message: 'x', claims: [9] }))).toEqual([
      'finding vague_attribution: claim 9 does not exist',
    ]));
});

// Cost is the smaller of CPU and wall-clock time (see timed-analyze.ts), so load from the rest of the suite
// on a shared 2-core machine does not count. The hard stop is wall-clock and generous for the same reason;
// a run over the bound is tried again once before it counts.
const BOUND_MS = 1000;
const HARD_STOP_MS = 4000;
const ATTEMPTS = 2;

describe(`linear time: ${WORST_LENGTH.toLocaleString('en-US')} characters of worst-case input in under ${BOUND_MS} ms`, () => {
  const timer = timedAnalyzer();
  afterAll(() => timer.close());

  async function bestTime(text: string, attempts = ATTEMPTS, stopAfterMs = HARD_STOP_MS): Promise<number> {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < attempts && best >= BOUND_MS; i++) {
      const { ms, error } = await timer.time(text, stopAfterMs);
      expect(error).toBeUndefined();
      best = Math.min(best, ms);
      if (!Number.isFinite(ms)) break;
    }
    return best;
  }

  for (const [name, text] of Object.entries(LINEAR_PATTERNS)) {
    it(name, async () => {
      expect(text.length).toBe(WORST_LENGTH);
      expect(await bestTime(text)).toBeLessThan(BOUND_MS);
    });
  }
});
