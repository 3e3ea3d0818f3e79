// Runs in a worker thread: analyzes each text it is sent and answers with the time analyze() took, so the
// test can stop a runaway analysis instead of waiting minutes for it.
import { parentPort } from 'node:worker_threads';
import { analyze, InputError } from '../../../src/analysis/index.js';
import { LINEAR_PATTERNS } from './worst-patterns.js';

/**
 * The first call through a code path runs unoptimised and can cost several times a warm one; the bound is
 * about how cost grows with length, so each pattern runs once at a twentieth of its length before timing.
 */
function warmUp(): void {
  for (const text of Object.values(LINEAR_PATTERNS)) analyze(text.slice(0, Math.ceil(text.length / 20)));
}

const port = parentPort;
if (!port) throw new Error('timing-worker.ts must run in a worker thread (see timed-analyze.ts).');

port.on('message', (text: string) => {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let error: string | undefined;
  try {
    analyze(text);
  } catch (e) {
    error = e instanceof InputError ? `InputError ${e.problem.code}` : String(e);
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  port.postMessage({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, error });
});
warmUp();
port.postMessage('ready');
