// The one place the Slack app calls the engine. Analysis is synchronous CPU work (about half a second for a
// 100,000-character article), so in production it runs on worker threads (analysis-pool.ts) and the main
// thread stays free to ack Slack within its 3 seconds; with no workers it runs inline, between two events.
import { analyze, checkInput, InputError, type InputProblem, type Report } from '../analysis/index.js';
import { AnalysisPool } from './analysis-pool.js';
import type { Log } from './logger.js';

export type AnalysisOutcome =
  | { kind: 'report'; report: Report; ms: number }
  | { kind: 'problem'; problem: InputProblem };

export interface AnalysisRunner {
  run(text: string, maxChars: number): Promise<AnalysisOutcome>;
  /** Where analysis runs, for the start-up log line. */
  readonly where: string;
  /** Starts the workers ahead of the first request (optional: they also start on demand). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Checks and analyzes a text on the calling thread. Used inline and inside each worker. */
export function analyzeNow(text: string, maxChars: number): AnalysisOutcome {
  const problem = checkInput(text, maxChars);
  if (problem) return { kind: 'problem', problem };
  const started = performance.now();
  try {
    const report = analyze(text, { maxChars });
    return { kind: 'report', report, ms: Math.round(performance.now() - started) };
  } catch (err) {
    if (err instanceof InputError) return { kind: 'problem', problem: err.problem };
    throw err;
  }
}

/** Analysis on the main thread: blocks the event loop for the length of each analysis. */
export function inlineRunner(): AnalysisRunner {
  return {
    where: 'main_thread',
    // answer() has already yielded once, so acks received before this one have gone out.
    run: async (text, maxChars) => analyzeNow(text, maxChars),
    start: async () => {},
    stop: async () => {},
  };
}

/** Worker threads when `workers` > 0, otherwise inline. */
export function createRunner(workers: number, log?: Log): AnalysisRunner {
  return workers > 0 ? new AnalysisPool(workers, log ? { log } : {}) : inlineRunner();
}
