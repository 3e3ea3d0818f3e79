// Small statistics for the benchmark: order statistics over timings and growth between sizes.

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Point {
  words: number;
  ms: number;
}

/** Milliseconds per 1,000 extra words between two sizes: fixed overheads cancel out. */
export function slopePer1kWords(a: Point, b: Point): number {
  return ((b.ms - a.ms) / (b.words - a.words)) * 1000;
}

/** k in ms ∝ words^k between two sizes: 1 is linear, 2 quadratic. */
export function growthExponent(a: Point, b: Point): number {
  return Math.log(b.ms / a.ms) / Math.log(b.words / a.words);
}
