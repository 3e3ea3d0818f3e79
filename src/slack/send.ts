// Ways to deliver a message: into a thread or conversation with the Web API, or through a response_url.
// Both retry what Slack refused for now (rate limits, server errors) and never what may have arrived.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { webApi } from '@slack/bolt';
import type { MessageBlock } from './render/limits.js';

/** A message on its way out; `blocks` is left out only when Slack refused them (see degrade.ts). */
export interface Outgoing {
  text: string;
  blocks?: MessageBlock[];
}
export type Send = (message: Outgoing) => Promise<void>;

/** How hard delivery tries. Production values below; tests make them fast. */
export interface DeliveryPolicy {
  /** A Slack call that has not answered in this time fails, and is not retried (it may have been carried out). */
  timeoutMs: number;
  /** Further attempts after a rate limit (429) or a server error (5xx). */
  retries: number;
  /** Backoff between attempts grows from this to maxDelayMs; a Retry-After header is honoured, up to maxRetryAfterMs. */
  minDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
}

// An answer is worth little after a minute: three quick retries, then the user is told.
export const PRODUCTION_DELIVERY: DeliveryPolicy = { timeoutMs: 10_000, retries: 3, minDelayMs: 1_000, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };

/** The Web API client's retry settings for the same policy (p-retry options, passed through by @slack/web-api). */
export function webClientRetry(policy: DeliveryPolicy): webApi.RetryOptions {
  const options: webApi.RetryOptions & { onFailedAttempt(error: unknown): void } = {
    retries: policy.retries,
    factor: 2,
    minTimeout: policy.minDelayMs,
    maxTimeout: policy.maxDelayMs,
    randomize: true,
    // Throwing here stops the retries: a call that timed out may have posted, and posting again would duplicate.
    onFailedAttempt(error) {
      if (isTimeout(error)) throw error;
    },
  };
  return options;
}

/** A call that got no answer in time (the Web API client wraps the abort as `original`). */
export function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return 'original' in error && isTimeout(error.original);
}

class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
  constructor(
    readonly httpStatus: number,
    /** Slack's error word from the body (e.g. `invalid_blocks`), else `http_<status>`. */
    readonly code: string,
  ) {
    super(`the response_url answered HTTP ${httpStatus} (${code})`);
  }
}

/** Posts into a conversation, in a thread when threadTs is given. */
export function postTo(client: webApi.WebClient, channel: string, threadTs?: string): Send {
  return async (message) => {
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      ...(message.blocks ? { blocks: message.blocks } : {}),
      unfurl_links: false,
      unfurl_media: false,
    });
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reply {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

// node:http rather than fetch: about half the CPU per call, which matters when a burst of answers goes out
// while other requests wait for their acks.
function postJson(url: string, body: string, timeoutMs: number): Promise<Reply> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const retryAfter = res.headers['retry-after'];
        resolve({ status: res.statusCode ?? 0, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('timeout', () => {
      const timeout = new Error(`no answer from the response_url within ${timeoutMs} ms`);
      timeout.name = 'TimeoutError';
      req.destroy(timeout);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Answers through a response_url (5 uses within 30 minutes): privately, or for everyone in the channel. */
export function respondTo(responseUrl: string, visibility: 'ephemeral' | 'in_channel' = 'ephemeral', policy: DeliveryPolicy = PRODUCTION_DELIVERY): Send {
  return async (message) => {
    const body = JSON.stringify({ response_type: visibility, replace_original: false, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
    for (let attempt = 0; ; attempt++) {
      const reply = await postJson(responseUrl, body, policy.timeoutMs);
      if (reply.status >= 200 && reply.status < 300) return;
      const said = reply.body.trim();
      const retryable = reply.status === 429 || reply.status >= 500;
      if (!retryable || attempt >= policy.retries) throw new ResponseUrlError(reply.status, /^[a-z_]{1,60}$/.test(said) ? said : `http_${reply.status}`);
      const retryAfter = Number(reply.retryAfter);
      const backoff = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, policy.maxRetryAfterMs) : backoff);
    }
  };
}

/** How many messages one answer through a response_url may use, keeping one use for a failure notice. */
export const RESPONSE_URL_MESSAGES = 4;
/** How many messages one answer in a thread or DM may use. */
export const THREAD_MESSAGES = 8;
