// When Slack refuses a message for its form rather than for a passing fault, send it in a simpler form
// instead of failing the whole answer: split what is too long, and turn blocks Slack will not take into text.
import { errorCode } from './answer.js';
import type { Log, LogFields } from './logger.js';
import type { SlackMessage } from './render/limits.js';
import type { Outgoing, Send } from './send.js';

const TOO_LONG = new Set(['msg_too_long', 'msg_blocks_too_long']);
const BAD_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format']);
// Slack cuts `text` beyond this; keep well under it.
const PLAIN_TEXT_MAX = 3_900;

/** The words of a message's blocks as mrkdwn lines: the same report, without the layout. */
function plainTextOf(message: SlackMessage): string {
  return message.blocks
    .flatMap((b) => {
      switch (b.type) {
        case 'header':
          return [`*${b.text.text}*`];
        case 'section':
          return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
        case 'context':
          return b.elements.map((e) => e.text);
        case 'actions':
        case 'divider':
          return [];
      }
    })
    .filter((line) => line !== '')
    .join('\n');
}

function plain(message: SlackMessage, code: string): Outgoing {
  const note = `_(Slack would not show this part of the report formatted, error \`${code}\`, so it comes as plain text.)_`;
  const body = plainTextOf(message);
  const room = PLAIN_TEXT_MAX - note.length - 2;
  return { text: `${body.length > room ? `${body.slice(0, room - 1)}…` : body}\n${note}` };
}

/**
 * Sends the message; if Slack says it is too long, sends its halves; if Slack refuses its blocks (or one
 * block alone is too long), sends its text, telling the reader why. Any other error is the caller's.
 */
export async function sendOrDegrade(send: Send, message: SlackMessage, log: Log, ids: LogFields): Promise<void> {
  try {
    await send(message);
  } catch (err) {
    const code = errorCode(err);
    if (!TOO_LONG.has(code) && !BAD_BLOCKS.has(code)) throw err;
    if (TOO_LONG.has(code) && message.blocks.length > 1) {
      log.warn('deliver.split', { ...ids, error: code, blocks: message.blocks.length });
      const half = Math.ceil(message.blocks.length / 2);
      await sendOrDegrade(send, { text: message.text, blocks: message.blocks.slice(0, half) }, log, ids);
      await sendOrDegrade(send, { text: message.text, blocks: message.blocks.slice(half) }, log, ids);
      return;
    }
    log.warn('deliver.plain_text', { ...ids, error: code });
    await send(plain(message, code));
  }
}
