// The worker pool gives the same answers as inline analysis, and survives slow jobs and bursts.
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/slack/analysis-pool.js';
import { analyzeNow, inlineRunner } from '../../src/slack/analysis-runner.js';
import { SEED } from './harness.js';

const LONG = SEED.repeat(Math.ceil(100_000 / SEED.length)).slice(0, 100_000);
let pool: AnalysisPool | undefined;
afterEach(async () => {
  await pool?.stop();
  pool = undefined;
});

describe('AnalysisPool', () => {
  it('returns what inline analysis returns, problems included', async () => {
    pool = new AnalysisPool(1);
    await pool.start();
    const inWorker = await pool.run(SEED, 100_000);
    const inline = analyzeNow(SEED, 100_000);
    if (inWorker.kind !== 'report' || inline.kind !== 'report') throw new Error('the seed article should give a report');
    // Only the timings differ.
    expect({ ...inWorker.report, stats: { ...inWorker.report.stats, ms: 0 } }).toEqual({ ...inline.report, stats: { ...inline.report.stats, ms: 0 } });
    expect(await pool.run('https://example.com/story', 100_000)).toEqual(await inlineRunner().run('https://example.com/story', 100_000));
    expect(await pool.run(SEED, 100)).toMatchObject({ kind: 'problem', problem: { code: 'too_long' } });
  });

  it('stops a job that runs too long, replaces its worker and goes on', async () => {
    pool = new AnalysisPool(1, { timeoutMs: 100 });
    await pool.start();
    await expect(pool.run(LONG, 100_000)).rejects.toMatchObject({ code: 'analysis_timeout' });
    // The next job waits for the replacement worker to load the engine, then runs on it (a quick one, so
    // that it cannot time out itself on a slow machine).
    expect(await pool.run('https://example.com/story', 100_000)).toMatchObject({ kind: 'problem', problem: { code: 'only_link' } });
  });

  it('refuses work beyond its queue instead of piling it up, and fails queued work on stop', async () => {
    pool = new AnalysisPool(1, { maxQueued: 2 });
    await pool.start();
    const running = pool.run(LONG, 100_000);
    const queued = [pool.run(SEED, 100_000), pool.run(SEED, 100_000)];
    await expect(pool.run(SEED, 100_000)).rejects.toMatchObject({ code: 'busy' });
    const settled = Promise.allSettled([running, ...queued]);
    await pool.stop();
    for (const result of await settled) expect(result).toMatchObject({ status: 'rejected', reason: { code: 'app_stopping' } });
  });
});
