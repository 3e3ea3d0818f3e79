// Runs the real Bolt app against FakeSlack and sends it requests signed the way Slack signs them.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildApp, EVENTS_PATH, type AppDeps, type RunningApp, type SlackApp } from '../../src/slack/app.js';
import { readConfig } from '../../src/slack/config.js';
import type { LogLevelName } from '../../src/slack/config.js';
import type { DeliveryPolicy } from '../../src/slack/send.js';
import { BOT_TOKEN, BOT_USER, FakeSlack, type Json } from './fake-slack.js';

export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
export const APP_TOKEN = 'xapp-test-app-token';
/** Retries in milliseconds rather than seconds; a generous timeout, since a loaded CI machine can be slow. */
export const FAST_DELIVERY: DeliveryPolicy = { timeoutMs: 5_000, retries: 2, minDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 };
export const SEED = readFileSync(new URL('../../samples/putin-xi-safety-deal.txt', import.meta.url), 'utf8');

export interface Harness {
  slack: FakeSlack;
  app: SlackApp;
  running: RunningApp;
  logs: string[];
  url: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra settings, e.g. ANALYSIS_WORKERS or REDIS_URL. */
  env?: Record<string, string>;
  deps?: AppDeps;
}

export async function startHarness(mode: 'http' | 'socket' = 'http', logLevel: LogLevelName = 'debug', options: HarnessOptions = {}): Promise<Harness> {
  const slack = new FakeSlack();
  await slack.start();
  if (mode === 'socket') await slack.startSocket();
  const config = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: mode === 'http' ? SIGNING_SECRET : '',
    SLACK_APP_TOKEN: mode === 'socket' ? APP_TOKEN : '',
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: logLevel,
    // One worker thread: the production path, at the cost of one engine start-up per harness.
    ANALYSIS_WORKERS: '1',
    ...options.env,
  });
  const logs: string[] = [];
  const app = buildApp(config, {
    sink: (_level, line) => logs.push(line),
    delivery: FAST_DELIVERY,
    ...options.deps,
  });
  let running: RunningApp;
  try {
    running = await app.start({ port: 0, host: '127.0.0.1' });
  } catch (err) {
    await slack.stop();
    throw err;
  }
  return {
    slack,
    app,
    running,
    logs,
    url: `http://127.0.0.1:${running.port}${EVENTS_PATH}`,
    async stop() {
      await running.stop();
      await slack.stop();
    },
  };
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  headers?: Record<string, string>;
}

export async function postSigned(url: string, body: string, contentType: string, options: PostOptions = {}): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

export const postEvent = (url: string, envelope: Json, options?: PostOptions) =>
  postSigned(url, JSON.stringify(envelope), 'application/json', options);

export const postForm = (url: string, fields: Record<string, string>, options?: PostOptions) =>
  postSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);

export const postInteraction = (url: string, payload: Json, options?: PostOptions) =>
  postForm(url, { payload: JSON.stringify(payload) }, options);

let eventCounter = 0;

/** An Events API envelope as Slack sends it. */
export function eventEnvelope(event: Json, eventId = `Ev${++eventCounter}`): Json {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: 'T1', user_id: BOT_USER, is_bot: true }],
    event,
  };
}

/** The "Check sourcing" message shortcut used on a message with this text, in this channel. */
export function messageShortcut(text: string, responseUrl: string, channel: string, ts: string): Json {
  return {
    type: 'message_action',
    callback_id: 'check_sourcing',
    team: { id: 'T1' },
    user: { id: 'U1' },
    channel: { id: channel },
    trigger_id: `trigger-${ts}`,
    message_ts: ts,
    response_url: responseUrl,
    message: { type: 'message', user: 'U2', ts, text },
  };
}

export function slashCommand(text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'newsroom',
    channel_id: 'C1',
    channel_name: 'desk',
    user_id: 'U1',
    user_name: 'editor',
    command: '/sourcing',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: 'trigger-1',
  };
}
