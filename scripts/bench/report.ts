// Turns benchmark samples into figures, checks them against the targets in issue 5, and prints them.
import { growthExponent, median, percentile, slopePer1kWords, type Point } from './stats.js';
import type { Samples } from './measure.js';

export const TARGETS = {
  seedMedianMs: 5,
  maxRatio: 3,
  /** Slope 10k→100k words over slope 1k→10k: 1 when cost is linear, about 10 when quadratic. */
  maxSlopeRatio: 1.5,
} as const;

export interface Timing {
  /** Wall-clock, the figures the targets are set on. */
  medianMs: number;
  p99Ms: number;
  minMs: number;
  /** Median CPU time per call: close to the wall-clock median on a quiet machine, steadier on a busy one. */
  cpuMedianMs: number;
}

export interface SizeResult {
  name: string;
  /** Whitespace-separated words of the text. */
  words: number;
  characters: number;
  iterations: number;
  engine: Timing | null;
  floor: Timing;
  /** Engine median over floor median (wall-clock). */
  ratio: number | null;
  /** The same ratio on CPU-time medians. */
  cpuRatio: number | null;
  wordsPerSecondPerCore: number | null;
  heapPeakMB: number;
  rssPeakMB: number;
  /** Set when analyze() threw on this text: the figures above are then missing. */
  error?: string;
}

export interface Growth {
  from: string;
  to: string;
  engineMsPer1kWords: number;
  floorMsPer1kWords: number;
  engineExponent: number;
}

export interface Check {
  pass: boolean;
  target: string;
  measured: string;
}

export interface BenchResult {
  date: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  sizes: SizeResult[];
  growth: Growth[];
  slopeRatio: number | null;
  /** The same ratio for wink alone: when the floor grows faster than linear too, the cause is the machine
   * (garbage collection over a larger heap, caches), not the engine's rules. */
  floorSlopeRatio: number | null;
  checks: Check[];
}

const MB = 1024 * 1024;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function timing(wall: readonly number[], cpu: readonly number[]): Timing {
  return {
    medianMs: round(median(wall)),
    p99Ms: round(percentile(wall, 99)),
    minMs: round(Math.min(...wall)),
    cpuMedianMs: round(median(cpu)),
  };
}

export function sizeResult(name: string, text: string, samples: Samples, error?: string): SizeResult {
  const words = text.split(/\s+/).filter(Boolean).length;
  const engine = error ? null : timing(samples.engineMs, samples.engineCpuMs);
  const floor = timing(samples.floorMs, samples.floorCpuMs);
  return {
    name,
    words,
    characters: text.length,
    iterations: samples.floorMs.length,
    engine,
    floor,
    ratio: engine ? round(engine.medianMs / floor.medianMs, 2) : null,
    cpuRatio: engine ? round(engine.cpuMedianMs / floor.cpuMedianMs, 2) : null,
    wordsPerSecondPerCore: engine ? Math.round(words / (engine.medianMs / 1000)) : null,
    heapPeakMB: round(samples.heapPeakBytes / MB, 1),
    rssPeakMB: round(samples.rssPeakBytes / MB, 1),
    ...(error ? { error } : {}),
  };
}

export function growthBetween(sizes: readonly SizeResult[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = sizes[i - 1];
    const b = sizes[i];
    if (!a?.engine || !b?.engine) continue;
    const engineA: Point = { words: a.words, ms: a.engine.medianMs };
    const engineB: Point = { words: b.words, ms: b.engine.medianMs };
    out.push({
      from: a.name,
      to: b.name,
      engineMsPer1kWords: round(slopePer1kWords(engineA, engineB)),
      floorMsPer1kWords: round(
        slopePer1kWords({ words: a.words, ms: a.floor.medianMs }, { words: b.words, ms: b.floor.medianMs }),
      ),
      engineExponent: round(growthExponent(engineA, engineB), 2),
    });
  }
  return out;
}

export function checkTargets(seed: SizeResult | undefined, sizes: readonly SizeResult[], growth: readonly Growth[]) {
  const checks: Check[] = [];
  checks.push({
    pass: !!seed?.engine && seed.engine.medianMs <= TARGETS.seedMedianMs,
    target: `seed median ≤ ${TARGETS.seedMedianMs} ms`,
    measured: seed?.engine ? `${seed.engine.medianMs.toFixed(2)} ms` : 'no figure',
  });
  for (const s of sizes) {
    checks.push({
      pass: s.ratio !== null && s.ratio <= TARGETS.maxRatio,
      target: `engine/floor ≤ ${TARGETS.maxRatio} at ${s.name}`,
      measured: s.ratio === null ? 'no figure' : s.ratio.toFixed(2),
    });
  }
  const [small, large] = growth.slice(-2);
  const ratioOf = (slope: (g: Growth) => number): number | null =>
    small && large && slope(small) > 0 ? round(slope(large) / slope(small), 2) : null;
  const slopeRatio = ratioOf((g) => g.engineMsPer1kWords);
  const floorSlopeRatio = ratioOf((g) => g.floorMsPer1kWords);
  checks.push({
    pass: slopeRatio !== null && slopeRatio <= TARGETS.maxSlopeRatio,
    target: `linear growth: slope ${large?.from ?? '?'}→${large?.to ?? '?'} ÷ slope ${small?.from ?? '?'}→${small?.to ?? '?'} ≤ ${TARGETS.maxSlopeRatio}`,
    measured:
      slopeRatio === null ? 'no figure' : `${slopeRatio.toFixed(2)} (wink alone: ${floorSlopeRatio === null ? 'no figure' : floorSlopeRatio.toFixed(2)})`,
  });
  return { checks, slopeRatio, floorSlopeRatio };
}

const pad = (s: string, n: number) => s.padStart(n);
const ms = (n: number | undefined) => (n === undefined ? '—' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

export function formatText(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `Sourcing Desk engine benchmark · ${result.date} · Node ${m.node} · ${m.platform} · ${m.cpus} cores (${m.cpuModel})`,
    'ms per article, wall-clock (p50 median, p99) and CPU-time median; one analyze() call runs on one core,',
    'so words/s (from the wall-clock median) is per core. On a busy machine trust the cpu columns more.',
    '',
    `${'size'.padEnd(6)}${pad('words', 8)}${pad('chars', 9)}${pad('runs', 6)} │${pad('engine p50', 11)}${pad('p99', 8)}${pad('cpu', 8)} │${pad('floor p50', 10)}${pad('p99', 8)}${pad('cpu', 8)} │${pad('ratio', 6)}${pad('cpu', 6)}${pad('words/s/core', 14)} │${pad('heap MB', 8)}${pad('RSS MB', 8)}`,
  ];
  for (const s of result.sizes) {
    lines.push(
      `${s.name.padEnd(6)}${pad(String(s.words), 8)}${pad(String(s.characters), 9)}${pad(String(s.iterations), 6)} │${pad(ms(s.engine?.medianMs), 11)}${pad(ms(s.engine?.p99Ms), 8)}${pad(ms(s.engine?.cpuMedianMs), 8)} │${pad(ms(s.floor.medianMs), 10)}${pad(ms(s.floor.p99Ms), 8)}${pad(ms(s.floor.cpuMedianMs), 8)} │${pad(s.ratio?.toFixed(2) ?? '—', 6)}${pad(s.cpuRatio?.toFixed(2) ?? '—', 6)}${pad(s.wordsPerSecondPerCore?.toLocaleString('en-US') ?? '—', 14)} │${pad(s.heapPeakMB.toFixed(0), 8)}${pad(s.rssPeakMB.toFixed(0), 8)}`,
    );
    if (s.error) lines.push(`       analyze() threw: ${s.error}`);
  }
  lines.push('', 'growth (ms per 1,000 extra words, medians):');
  for (const g of result.growth) {
    lines.push(
      `  ${g.from}→${g.to}: engine ${ms(g.engineMsPer1kWords)}, floor ${ms(g.floorMsPer1kWords)}; engine exponent ${g.engineExponent.toFixed(2)} (1 = linear)`,
    );
  }
  lines.push('', 'targets:');
  for (const c of result.checks) lines.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.measured}`);
  return lines.join('\n');
}
