// Holds a private report for a short while so its "Share in channel" button can post it. Memory only: a
// report is dropped when shared, after SHARE_TTL_MS, or when the store is full (oldest first).
import { randomUUID } from 'node:crypto';
import type { SlackMessage } from './render/limits.js';

// A response_url works for 30 minutes; a share after that could not be posted anyway.
export const SHARE_TTL_MS = 30 * 60_000;
const MAX_PENDING = 500;

export class ShareStore {
  private readonly pending = new Map<string, { messages: SlackMessage[]; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  put(messages: SlackMessage[]): string {
    this.sweep();
    if (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    const id = randomUUID();
    this.pending.set(id, { messages, expires: this.now() + SHARE_TTL_MS });
    return id;
  }

  /** The report for this id, once; null when unknown, expired or already shared. */
  take(id: string): SlackMessage[] | null {
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
