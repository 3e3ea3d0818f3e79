// Global middleware: drop Slack's retries of events already handled.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { DedupeStore } from './dedupe.js';
import type { Log } from './logger.js';

export function dedupeEvents(store: DedupeStore, log: Log): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !(await store.claim(eventId))) {
      log.info('event.duplicate', { event_id: eventId, retry_num: context.retryNum, retry_reason: context.retryReason });
      return;
    }
    await next();
  };
}
