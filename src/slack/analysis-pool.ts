// A small pool of worker threads that run the engine, so a long article never delays the acks and answers of
// other requests on the main thread. Jobs queue in arrival order; each worker takes one at a time.
import { Worker } from 'node:worker_threads';
import type { AnalysisOutcome, AnalysisRunner } from './analysis-runner.js';
import type { Log } from './logger.js';

export interface JobRequest {
  id: number;
  text: string;
  maxChars: number;
}
export type JobResult = { id: number; ok: true; outcome: AnalysisOutcome } | { id: number; ok: false; error: string };
export type WorkerMessage = JobResult | { ready: true };

/** A failure of the pool itself; `code` is what the log and the user see. */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface PoolOptions {
  /** A job running longer than this is stopped (its worker is replaced) and answered with an error. */
  timeoutMs?: number;
  /** Jobs waiting beyond this many are refused at once rather than piling up in memory. */
  maxQueued?: number;
  log?: Log;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_QUEUED = 1_000;
// A runaway analysis runs out of memory in its worker (which is then replaced), not in the app.
const WORKER_HEAP_MB = 1_024;

// The project runs TypeScript through tsx without a build step, so each worker loads tsx first. The path is
// absolute because the worker's working directory may be anywhere.
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_URL = new URL('./analysis-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(WORKER_URL)}))`;

interface Job extends JobRequest {
  resolve(outcome: AnalysisOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  /** Why the pool ended this worker, when it did. */
  endedBecause: AnalysisError | undefined;
}

export class AnalysisPool implements AnalysisRunner {
  readonly where: string;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  private readonly log: Log | undefined;
  private nextId = 1;
  private stopped = false;
  private started: Promise<void> | undefined;
  /** Set when a worker cannot even load: no point respawning it for every job. */
  private broken: AnalysisError | undefined;

  constructor(private readonly size: number, options: PoolOptions = {}) {
    this.where = `workers:${size}`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
    this.log = options.log;
  }

  /** Resolves when every worker has loaded the engine. */
  start(): Promise<void> {
    this.started ??= Promise.all(Array.from({ length: this.size }, () => this.spawn())).then(() => undefined);
    return this.started;
  }

  run(text: string, maxChars: number): Promise<AnalysisOutcome> {
    if (this.stopped) return Promise.reject(new AnalysisError('app_stopping', 'the app is shutting down'));
    if (this.broken) return Promise.reject(this.broken);
    // Start-up failures surface through `broken`; jobs already queued are rejected there.
    this.start().catch(() => {});
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, maxChars, resolve, reject });
      this.dispatch();
      if (this.queue.length > this.maxQueued) {
        this.queue.pop();
        this.log?.warn('analysis.queue_full', { queued: this.queue.length });
        reject(new AnalysisError('busy', `${this.queue.length} articles are already waiting for analysis`));
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.failQueued(new AnalysisError('app_stopping', 'the app is shutting down'));
    await Promise.all([...this.slots].map((slot) => this.end(slot, new AnalysisError('app_stopping', 'the app is shutting down'))));
  }

  private spawn(): Promise<void> {
    const worker = new Worker(BOOT, { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, ready: false, job: null, timer: undefined, endedBecause: undefined };
    this.slots.add(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          slot.ready = true;
          resolve();
          this.dispatch();
        } else {
          this.finish(slot, message);
        }
      });
      // An uncaught error is followed by 'exit'; only its name is logged (its message could quote the text).
      worker.on('error', (err) => this.log?.error('analysis.worker_error', { error: err.name }));
      worker.on('exit', (exitCode) => {
        clearTimeout(slot.timer);
        this.slots.delete(slot);
        const reason = slot.endedBecause ?? new AnalysisError('analysis_crashed', `an analysis worker exited with code ${exitCode}`);
        slot.job?.reject(reason);
        if (!slot.ready && !slot.endedBecause) {
          this.broken = new AnalysisError('analysis_unavailable', 'the analysis workers could not start');
          this.log?.error('analysis.worker_failed_to_start', { exit_code: exitCode });
          this.failQueued(this.broken);
          reject(this.broken);
          return;
        }
        if (!this.stopped) {
          this.log?.warn('analysis.worker_replaced', { reason: reason.code });
          this.spawn().catch(() => {});
        }
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        void this.end(slot, new AnalysisError('analysis_timeout', `the analysis took longer than ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      const request: JobRequest = { id: job.id, text: job.text, maxChars: job.maxChars };
      slot.worker.postMessage(request);
    }
  }

  private finish(slot: Slot, result: JobResult): void {
    const job = slot.job;
    if (!job || job.id !== result.id) return;
    clearTimeout(slot.timer);
    slot.job = null;
    if (result.ok) job.resolve(result.outcome);
    else job.reject(new AnalysisError(result.error, 'the engine failed on this text'));
    this.dispatch();
  }

  private async end(slot: Slot, reason: AnalysisError): Promise<void> {
    slot.endedBecause = reason;
    await slot.worker.terminate();
  }

  private failQueued(error: AnalysisError): void {
    for (const job of this.queue.splice(0)) job.reject(error);
  }
}
