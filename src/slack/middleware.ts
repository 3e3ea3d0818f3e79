// Global middleware: drop Slack's retries of events already handled.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { errorCode } from './answer.js';
import type { DedupeStore } from './dedupe.js';
import type { Log } from './logger.js';

export function dedupeEvents(store: DedupeStore, log: Log): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !(await claim(store, eventId, log))) {
      log.info('event.duplicate', { event_id: eventId, retry_num: context.retryNum, retry_reason: context.retryReason });
      return;
    }
    await next();
  };
}

// When the store cannot answer (Redis down), handle the event: a rare second report is better than none.
async function claim(store: DedupeStore, eventId: string, log: Log): Promise<boolean> {
  try {
    return await store.claim(eventId);
  } catch (err) {
    log.warn('dedupe.unavailable', { event_id: eventId, error: errorCode(err) });
    return true;
  }
}
