// Runs in each worker thread of the analysis pool: one job at a time, the same code as inline analysis.
import { parentPort } from 'node:worker_threads';
import { analyzeNow } from './analysis-runner.js';
import type { JobRequest, JobResult } from './analysis-pool.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs only as a worker thread (see analysis-pool.ts)');

port.on('message', ({ id, text, maxChars }: JobRequest) => {
  let result: JobResult;
  try {
    result = { id, ok: true, outcome: analyzeNow(text, maxChars) };
  } catch (err) {
    // Only the error's name leaves the worker: an engine message could quote the article.
    result = { id, ok: false, error: err instanceof Error ? err.name : 'unknown_error' };
  }
  port.postMessage(result);
});

port.postMessage({ ready: true });
