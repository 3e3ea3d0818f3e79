// Ways to deliver a message: into a thread or conversation with the Web API, or through a response_url.
import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render/limits.js';

export type Send = (message: SlackMessage) => Promise<void>;

const RESPONSE_URL_TIMEOUT_MS = 10_000;

class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
  constructor(readonly status: number) {
    super(`the response_url answered HTTP ${status}`);
  }
}

/** Posts into a conversation, in a thread when threadTs is given. */
export function postTo(client: webApi.WebClient, channel: string, threadTs?: string): Send {
  return async (message) => {
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  };
}

/** Answers through a response_url (5 uses within 30 minutes): privately, or for everyone in the channel. */
export function respondTo(responseUrl: string, visibility: 'ephemeral' | 'in_channel' = 'ephemeral'): Send {
  return async (message) => {
    const res = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: visibility, replace_original: false, text: message.text, blocks: message.blocks }),
      signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
    });
    if (!res.ok) throw new ResponseUrlError(res.status);
  };
}

/** How many messages one answer through a response_url may use, keeping one use for a failure notice. */
export const RESPONSE_URL_MESSAGES = 4;
/** How many messages one answer in a thread or DM may use. */
export const THREAD_MESSAGES = 8;
