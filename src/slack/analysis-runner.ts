// The one place the Slack app calls the engine. Async on purpose: analysis can move to a worker thread
// here without any listener changing.
import { analyze, checkInput, InputError, type InputProblem, type Report } from '../analysis/index.js';

export type AnalysisOutcome =
  | { kind: 'report'; report: Report; ms: number }
  | { kind: 'problem'; problem: InputProblem };

export async function runAnalysis(text: string, maxChars: number): Promise<AnalysisOutcome> {
  // Analysis is synchronous and blocks the event loop: yield once so that I/O already queued (such as the
  // ack just sent to Slack) goes out first.
  await new Promise((resolve) => setImmediate(resolve));
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
