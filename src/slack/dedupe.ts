// Remembers which Slack events were already handled, so a retried delivery does not post a second report.
// The interface is async so that a shared store (e.g. Redis) can replace the in-memory one.

export interface DedupeStore {
  /** True the first time a key is seen within the store's time to live; false for a repeat. */
  claim(key: string): Promise<boolean>;
}

// Slack retries a missed event at once, after 1 minute and after 5 minutes: an hour covers every retry.
const DEFAULT_DEDUPE_TTL_MS = 60 * 60_000;

export class MemoryDedupeStore implements DedupeStore {
  // Insertion order is expiry order because every key gets the same time to live.
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number = DEFAULT_DEDUPE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string): Promise<boolean> {
    const now = this.now();
    for (const [k, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(k);
    }
    if (this.seen.has(key)) return false;
    this.seen.set(key, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
