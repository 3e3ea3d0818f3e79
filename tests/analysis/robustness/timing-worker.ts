// Runs in a worker thread: analyzes each text it is sent and answers with the time analyze() took, so the
// test can stop a runaway analysis instead of waiting minutes for it.
import { parentPort } from 'node:worker_threads';
import { analyze, InputError } from '../../../src/analysis/index.js';

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
port.postMessage('ready');
