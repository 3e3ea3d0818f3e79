// The path every entry point shares: get the article, analyze it, render, deliver, and log what happened
// (ids, sizes, timings; never text). Failures are logged and, where possible, told to the user.
import type { ArticleInput } from './article.js';
import { sendOrDegrade } from './degrade.js';
import type { LogFields } from './logger.js';
import { renderFailure, renderProblem } from './render/replies.js';
import type { SlackMessage } from './render/limits.js';
import { renderReport, withShareButton } from './render/report.js';
import { isTimeout, type Send } from './send.js';
import type { Services } from './services.js';

export type Entry = 'command' | 'modal' | 'mention' | 'thread' | 'shortcut' | 'dm';

export interface AnswerRequest {
  entry: Entry;
  /** Ids for the log line: team, channel, user, event. */
  ids: LogFields;
  send: Send;
  maxMessages: number;
  /** Offer a "Share in channel" button (for private answers). */
  shareable?: boolean;
  /** What to answer when the message holds no article at all. */
  onNothing?: () => Promise<void>;
}

/** The Slack error code, HTTP status or error name: safe to log and to show. */
export function errorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const data = 'data' in err ? err.data : undefined;
    if (data && typeof data === 'object' && 'error' in data && typeof data.error === 'string') return data.error;
    if (isTimeout(err)) return 'timeout';
    if ('statusCode' in err && typeof err.statusCode === 'number') return `http_${err.statusCode}`;
    if ('status' in err && typeof err.status === 'number') return `http_${err.status}`;
    if ('code' in err && typeof err.code === 'string') return err.code;
    if (err instanceof Error) return err.name;
  }
  return 'unknown_error';
}

// Without the share store (Redis down) the report still goes out, only without its button.
async function offerShare(messages: SlackMessage[], services: Services, ids: LogFields): Promise<SlackMessage[]> {
  try {
    return withShareButton(messages, await services.shares.put(messages));
  } catch (err) {
    services.log.warn('share.unavailable', { ...ids, error: errorCode(err) });
    return messages;
  }
}

export async function answer(request: AnswerRequest, services: Services, read: () => Promise<ArticleInput>): Promise<void> {
  const { entry, ids, send } = request;
  const { log, config } = services;
  const started = performance.now();
  // Every listener acks before calling this. Wait for a turn, so that during a burst the acks of requests
  // already received go out before any of them starts reading, analyzing or posting.
  await services.turns.next();
  let stage = 'read';
  try {
    const input = await read();
    stage = 'analyze';
    if (input.kind === 'none') {
      log.info('answer.nothing', { entry, ...ids });
      if (request.onNothing) await request.onNothing();
      return;
    }
    if (input.kind === 'problem') {
      log.info('answer.problem', { entry, ...ids, problem: input.code });
      await send(renderProblem(input.message));
      return;
    }
    const outcome = await services.analysis.run(input.text, config.maxChars);
    if (outcome.kind === 'problem') {
      log.info('answer.problem', { entry, ...ids, from: input.from, chars: input.text.length, problem: outcome.problem.code });
      await send(renderProblem(outcome.problem.message));
      return;
    }
    const { report } = outcome;
    // Rendering and posting take a turn too: reports come back from the workers while acks may be waiting.
    await services.turns.next();
    let messages = renderReport(report, { maxMessages: request.maxMessages });
    if (request.shareable) messages = await offerShare(messages, services, { entry, ...ids });
    stage = 'deliver';
    for (const message of messages) await sendOrDegrade(send, message, log, { entry, ...ids });
    log.info('answer.report', {
      entry,
      ...ids,
      from: input.from,
      chars: input.text.length,
      claims: report.claims.length,
      sources: report.sources.filter((s) => s.claims > 0).length,
      findings: report.summary.findings.length,
      messages: messages.length,
      blocks: messages.reduce((n, m) => n + m.blocks.length, 0),
      analyze_ms: outcome.ms,
      total_ms: Math.round(performance.now() - started),
    });
  } catch (err) {
    const code = errorCode(err);
    log.error('answer.failed', { entry, ...ids, stage, error: code });
    try {
      await send(renderFailure(code));
    } catch (again) {
      log.error('answer.failure_not_delivered', { entry, ...ids, error: errorCode(again) });
    }
  }
}
