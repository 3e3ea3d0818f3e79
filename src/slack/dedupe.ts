// Remembers which Slack events were already handled, so a retried delivery does not post a second report.
// In memory for one instance; in Redis (REDIS_URL) when several instances share the work.
import { KEY_PREFIX, type RedisConnection } from './redis.js';

export interface DedupeStore {
  /** True the first time a key is seen within the store's time to live; false for a repeat. */
  claim(key: string): Promise<boolean>;
  connect?(): Promise<void>;
  close?(): Promise<void>;
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

/** SET key NX PX ttl: atomic, so of several instances receiving the same event exactly one claims it. */
export class RedisDedupeStore implements DedupeStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly ttlMs: number = DEFAULT_DEDUPE_TTL_MS,
    private readonly prefix: string = `${KEY_PREFIX}event:`,
  ) {}

  async claim(key: string): Promise<boolean> {
    const reply = await this.redis.client.set(`${this.prefix}${key}`, '1', { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
    return reply === 'OK';
  }

  connect(): Promise<void> {
    return this.redis.connect();
  }

  close(): Promise<void> {
    return this.redis.close();
  }
}
