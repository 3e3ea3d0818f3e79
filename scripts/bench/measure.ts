// Timing loop for one benchmark size: warm-up, then engine and floor runs interleaved (so load from other
// work on a shared machine hits both alike) until the time budget or the iteration cap is reached.
import { getHeapStatistics } from 'node:v8';

export interface Plan {
  warmup: number;
  /** May stretch the budget to twice its length, no further: a slow engine gets fewer runs, not a bench of minutes. */
  minIterations: number;
  maxIterations: number;
  /** Wall-clock budget for the timed iterations of engine and floor together. */
  seconds: number;
}

export interface Samples {
  /** Wall-clock ms per call. */
  engineMs: number[];
  floorMs: number[];
  /** CPU ms per call (user + system, this process): what the call cost, whatever else the machine ran. */
  engineCpuMs: number[];
  floorCpuMs: number[];
  /** Largest V8 heap in use seen right after an engine call, bytes. */
  heapPeakBytes: number;
  /** Largest resident set of the whole process so far, bytes (includes both wink instances and the floor). */
  rssPeakBytes: number;
}

function time(run: () => unknown, wall: number[], cpu: number[]): void {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  run();
  wall.push(performance.now() - started);
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000);
}

export function measure(engine: () => unknown, floor: () => unknown, plan: Plan): Samples {
  for (let i = 0; i < plan.warmup; i++) {
    engine();
    floor();
  }
  const engineMs: number[] = [];
  const floorMs: number[] = [];
  const engineCpuMs: number[] = [];
  const floorCpuMs: number[] = [];
  let heapPeakBytes = 0;
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  const hardDeadline = started + 2 * plan.seconds * 1000;
  for (;;) {
    const n = engineMs.length;
    const now = performance.now();
    const wanted = n < plan.maxIterations && (now < deadline || (n < plan.minIterations && now < hardDeadline));
    if (n > 0 && !wanted) break;
    time(engine, engineMs, engineCpuMs);
    heapPeakBytes = Math.max(heapPeakBytes, getHeapStatistics().used_heap_size);
    time(floor, floorMs, floorCpuMs);
  }
  return { engineMs, floorMs, engineCpuMs, floorCpuMs, heapPeakBytes, rssPeakBytes: process.resourceUsage().maxRSS * 1024 };
}
