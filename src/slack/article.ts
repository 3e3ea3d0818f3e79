// Gets the article out of a Slack message: its text (decoded from mrkdwn), or the text of attached snippets
// and .txt/.md files, downloaded with the bot token.
import type { webApi } from '@slack/bolt';
import { decodeMrkdwn, stripUserMention } from './mrkdwn.js';

/** The parts of a message, mention or shortcut payload that can carry an article. */
export interface MessageLike {
  text?: string | undefined;
  files?: readonly { id: string }[] | undefined;
}

type Found = { kind: 'text'; text: string; from: 'message' | 'file' } | { kind: 'problem'; code: string; message: string };
export type ArticleInput = Found | { kind: 'none' };

export interface ReadOptions {
  client: webApi.WebClient;
  botToken: string;
  botUserId: string | undefined;
  /** The Web API's base URL when it is not Slack's own (tests, proxies): its host may serve files too. */
  apiUrl: string | undefined;
  maxChars: number;
}

const MAX_FILES = 5;
const DOWNLOAD_TIMEOUT_MS = 15_000;
// UTF-8 takes up to 4 bytes a character; a file bigger than this cannot be under the character limit.
const BYTES_PER_CHAR = 4;
const TEXT_MIMETYPES = /^text\/(plain|markdown|x-markdown)\b/i;
const TEXT_FILETYPES = new Set(['text', 'markdown', 'md']);
const TEXT_NAMES = /\.(txt|md|markdown|text)$/i;

interface FileInfo {
  name?: string;
  filetype?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

const isTextFile = (f: FileInfo) =>
  TEXT_MIMETYPES.test(f.mimetype ?? '') || TEXT_FILETYPES.has(f.filetype ?? '') || TEXT_NAMES.test(f.name ?? '');

const fileProblem = (code: string, message: string): Found => ({ kind: 'problem', code, message });

/** The bot token is only ever sent to Slack's own hosts (or the configured API host). */
export function mayReceiveToken(url: string, apiUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' && (parsed.hostname === 'slack.com' || parsed.hostname.endsWith('.slack.com'))) return true;
  return apiUrl !== undefined && parsed.origin === new URL(apiUrl).origin;
}

async function download(file: FileInfo, options: ReadOptions): Promise<string | Found> {
  const url = file.url_private_download ?? file.url_private;
  if (!url || !mayReceiveToken(url, options.apiUrl)) {
    return fileProblem('file_unreadable', 'I could not open the attached file. Paste the article as text, or attach it as a .txt file.');
  }
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${options.botToken}` },
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  // Without access Slack answers with its sign-in page rather than an error status.
  if (!res.ok || /text\/html/i.test(res.headers.get('content-type') ?? '')) {
    await res.body?.cancel();
    return fileProblem('file_unreadable', 'Slack did not let me download the attached file. Paste the article as text instead, or check that the app has the files:read permission.');
  }
  return res.text();
}

async function readFiles(files: readonly { id: string }[], options: ReadOptions): Promise<Found> {
  const texts: string[] = [];
  const skipped: string[] = [];
  for (const { id } of files.slice(0, MAX_FILES)) {
    let file: FileInfo;
    try {
      file = (await options.client.files.info({ file: id })).file ?? {};
    } catch {
      // Typically file_not_found: the file is in a conversation the bot cannot see.
      return fileProblem('file_unreadable', 'I cannot open the attached file: it is probably in a conversation I am not part of. Paste the article as text, or send me the file in a direct message.');
    }
    if (!isTextFile(file)) {
      skipped.push(file.name ?? file.filetype ?? 'a file');
      continue;
    }
    if ((file.size ?? 0) > options.maxChars * BYTES_PER_CHAR) {
      return fileProblem('too_long', `The file${file.name ? ` ${file.name}` : ''} is too big: the limit is ${options.maxChars.toLocaleString('en-US')} characters. Split the article and check it in parts.`);
    }
    const text = await download(file, options);
    if (typeof text !== 'string') return text;
    texts.push(text);
  }
  if (texts.length) return { kind: 'text', text: texts.join('\n\n'), from: 'file' };
  return fileProblem(
    'file_not_text',
    `I can only read plain text: text snippets and .txt or .md files${skipped.length ? ` (not ${skipped.slice(0, 3).join(', ')})` : ''}. Paste the article, or save it as a .txt file and attach that.`,
  );
}

/**
 * The article in a message. Attached text files win over the message text, which is then usually a comment
 * ("can you check this?"); other files are ignored when the message has text of its own.
 */
export async function readArticle(message: MessageLike, options: ReadOptions): Promise<ArticleInput> {
  const text = decodeMrkdwn(stripUserMention(message.text ?? '', options.botUserId)).trim();
  const files = message.files ?? [];
  if (files.length) {
    const fromFiles = await readFiles(files, options);
    if (fromFiles.kind === 'text' || !text || fromFiles.code !== 'file_not_text') return fromFiles;
  }
  return text ? { kind: 'text', text, from: 'message' } : { kind: 'none' };
}
