// Times analyze() in a worker thread with a hard stop: a quadratic blow-up on 100,000 characters can take
// minutes, and a test should fail in seconds instead. Module loading is not timed, only the call.
import { Worker } from 'node:worker_threads';

export interface Timing {
  /**
   * Cost of the analyze() call in ms: the smaller of wall-clock and CPU time. CPU time ignores other
   * processes competing for a shared machine (the rest of the suite runs in parallel; this process's main
   * thread is idle meanwhile), wall-clock ignores V8's parallel GC threads. Infinity when stopped.
   */
  ms: number;
  error?: string;
}

interface WorkerAnswer {
  wallMs: number;
  cpuMs: number;
  error?: string;
}

// The worker is plain Node: it loads the TypeScript worker through tsx's ESM API, resolved from the working
// directory (the project root under npm test).
const workerFile = new URL('./timing-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerFile)}, ${JSON.stringify(workerFile)}))`;

function startWorker(): Promise<Worker> {
  const worker = new Worker(bootstrap, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m) => (m === 'ready' ? resolve(worker) : reject(new Error(`worker said ${String(m)} before ready`))));
  });
}

export interface TimedAnalyzer {
  /** Analyzes `text`, giving up (and replacing the worker) after `stopAfterMs` of wall-clock time. */
  time(text: string, stopAfterMs: number): Promise<Timing>;
  close(): Promise<void>;
}

export function timedAnalyzer(): TimedAnalyzer {
  let worker: Promise<Worker> | null = null;
  return {
    async time(text, stopAfterMs) {
      worker ??= startWorker();
      const w = await worker;
      return new Promise<Timing>((resolve, reject) => {
        const timer = setTimeout(() => {
          w.removeAllListeners('message');
          worker = null;
          void w.terminate().then(() => resolve({ ms: Number.POSITIVE_INFINITY }));
        }, stopAfterMs);
        w.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        w.once('message', (m: WorkerAnswer) => {
          clearTimeout(timer);
          w.removeAllListeners('error');
          resolve({ ms: Math.min(m.wallMs, m.cpuMs), ...(m.error ? { error: m.error } : {}) });
        });
        w.postMessage(text);
      });
    },
    async close() {
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
}
