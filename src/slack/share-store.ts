// Holds a private report for a short while so its "Share in channel" button can post it; the button carries
// the token that `put` returns. In memory for one instance; in Redis (REDIS_URL) when several instances share
// the work, encrypted with a key that exists only in the button, so Redis never holds readable text.
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { KEY_PREFIX, type RedisConnection } from './redis.js';
import type { SlackMessage } from './render/limits.js';

// A response_url works for 30 minutes; a share after that could not be posted anyway.
export const SHARE_TTL_MS = 30 * 60_000;
const MAX_PENDING = 500;

export interface ShareStore {
  /** Keeps the messages; returns the token for the button (at most a few dozen characters). */
  put(messages: SlackMessage[]): Promise<string>;
  /** The report for this token, once; null when unknown, expired or already shared. */
  take(token: string): Promise<SlackMessage[] | null>;
  connect?(): Promise<void>;
  close?(): Promise<void>;
}

/** One instance's memory: dropped when shared, after SHARE_TTL_MS, or when full (oldest first). */
export class MemoryShareStore implements ShareStore {
  private readonly pending = new Map<string, { messages: SlackMessage[]; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async put(messages: SlackMessage[]): Promise<string> {
    this.sweep();
    if (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    const id = randomUUID();
    this.pending.set(id, { messages, expires: this.now() + SHARE_TTL_MS });
    return id;
  }

  async take(id: string): Promise<SlackMessage[] | null> {
    this.sweep();
    const entry = this.pending.get(id);
    this.pending.delete(id);
    return entry ? entry.messages : null;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.pending) {
      if (entry.expires > now) break;
      this.pending.delete(id);
    }
  }
}

const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM under a fresh key per report; the token is `<id>.<key>`, and Redis keeps only the ciphertext. */
export class RedisShareStore implements ShareStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string = `${KEY_PREFIX}share:`,
  ) {}

  async put(messages: SlackMessage[]): Promise<string> {
    const id = randomUUID();
    const key = randomBytes(32);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(messages), 'utf8'), cipher.final()]);
    const stored = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    await this.redis.client.set(`${this.prefix}${id}`, stored, { expiration: { type: 'PX', value: SHARE_TTL_MS } });
    return `${id}.${key.toString('base64url')}`;
  }

  async take(token: string): Promise<SlackMessage[] | null> {
    const [id, key] = token.split('.');
    if (!id || !key) return null;
    const stored = await this.redis.client.getDel(`${this.prefix}${id}`);
    if (stored === null) return null;
    const bytes = Buffer.from(stored, 'base64');
    try {
      const decipher = createDecipheriv(CIPHER, Buffer.from(key, 'base64url'), bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as SlackMessage[];
    } catch {
      // A wrong or altered key: treat like an unknown report.
      return null;
    }
  }

  connect(): Promise<void> {
    return this.redis.connect();
  }

  close(): Promise<void> {
    return this.redis.close();
  }
}
