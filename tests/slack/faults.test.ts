// Fault injection on the fake Slack: rate limits, server errors, timeouts and refused payloads. The app
// retries what Slack refused for now, degrades what it refused for its form, tells the user what it could not
// fix, never posts the same message twice, and keeps serving.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER, type Json } from './fake-slack.js';
import { eventEnvelope, FAST_DELIVERY, postEvent, postForm, SEED, slashCommand, startHarness, type Harness } from './harness.js';

// A short timeout here so the slow fault can outlast it; generous enough for a loaded machine.
const TIMEOUT_MS = 1_000;
const SLOW_MS = 2_500;

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http', 'debug', { deps: { delivery: { ...FAST_DELIVERY, timeoutMs: TIMEOUT_MS } } });
});
afterEach(() => {
  h.slack.clearFaults();
});
afterAll(async () => {
  await h.stop();
  // Nothing escaped to Bolt's last-resort handler.
  expect(h.logs.filter((l) => l.includes('bolt.unhandled'))).toEqual([]);
});

const inChannel = (channel: string) => (args: Json) => args.channel === channel;
const postsTo = (channel: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const isHeader = (body: Json) => String(body.text).startsWith('Sourcing report:');
const isFailure = (body: Json) => String(body.text).startsWith('Sorry, something went wrong');
const logged = (event: string, match: string) => h.logs.some((l) => l.includes(event) && l.includes(match));

function mention(channel: string) {
  return postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel, ts: '1.1', event_ts: '1.1', text: `<@${BOT_USER}> ${SEED}` }));
}
const reported = (channel: string) => () => logged('answer.report', `channel=${channel} `);

/** How many messages a complete seed report takes in a thread, measured on a channel without faults. */
let reportLength = 0;
beforeAll(async () => {
  await mention('CF0');
  await h.slack.waitFor('the reference report', reported('CF0'));
  reportLength = postsTo('CF0').length;
  expect(reportLength).toBeGreaterThan(0);
});

describe('Web API faults (mentions, threads, DMs)', () => {
  it('waits out a 429 with Retry-After and posts the report once', async () => {
    h.slack.inject('chat.postMessage', { status: 429, retryAfter: 1 }, 1, inChannel('CF1'));
    await mention('CF1');
    await h.slack.waitFor('the report', reported('CF1'), 10_000);
    expect(h.slack.refused.filter((r) => r.args.channel === 'CF1')).toHaveLength(1);
    expect(postsTo('CF1')).toHaveLength(reportLength);
    expect(postsTo('CF1').filter((p) => isHeader(p.args))).toHaveLength(1);
  });

  it('retries server errors and posts the report once', async () => {
    h.slack.inject('chat.postMessage', { status: 500 }, 2, inChannel('CF2'));
    await mention('CF2');
    await h.slack.waitFor('the report', reported('CF2'));
    expect(h.slack.refused.filter((r) => r.args.channel === 'CF2')).toHaveLength(2);
    expect(postsTo('CF2')).toHaveLength(reportLength);
  });

  it('tells the user when the server errors outlast the retries', async () => {
    h.slack.inject('chat.postMessage', { status: 503 }, 1 + FAST_DELIVERY.retries, inChannel('CF3'));
    await mention('CF3');
    await h.slack.waitFor('the failure notice', () => postsTo('CF3').some((p) => isFailure(p.args)));
    expect(postsTo('CF3')).toHaveLength(1);
    expect(String(postsTo('CF3')[0]!.args.text)).toContain('http_503');
    expect(logged('answer.failed', 'error=http_503')).toBe(true);
  });

  it('does not retry a call that timed out (it may have posted), and says so', async () => {
    h.slack.inject('chat.postMessage', { slowMs: SLOW_MS }, 1, inChannel('CF4'));
    await mention('CF4');
    await h.slack.waitFor('the failure notice', () => postsTo('CF4').some((p) => isFailure(p.args)), 10_000);
    const posts = postsTo('CF4');
    // The slow message did arrive; it was not sent again; the notice followed it.
    expect(posts.filter((p) => isHeader(p.args))).toHaveLength(1);
    expect(posts).toHaveLength(2);
    expect(String(posts[1]!.args.text)).toContain('timeout');
  });

  it('splits a message Slack finds too long, and posts every part once', async () => {
    h.slack.inject('chat.postMessage', { error: 'msg_too_long' }, 1, inChannel('CF5'));
    await mention('CF5');
    await h.slack.waitFor('the report', reported('CF5'));
    expect(logged('deliver.split', 'error=msg_too_long')).toBe(true);
    const posts = postsTo('CF5');
    expect(posts).toHaveLength(reportLength + 1);
    expect(posts.filter((p) => isHeader(p.args))).toHaveLength(2);
    expect(posts.every((p) => Array.isArray(p.args.blocks))).toBe(true);
  });

  it('sends a message whose blocks Slack refuses as plain text, telling the reader why', async () => {
    h.slack.inject('chat.postMessage', { error: 'invalid_blocks' }, 1, inChannel('CF6'));
    await mention('CF6');
    await h.slack.waitFor('the report', reported('CF6'));
    const posts = postsTo('CF6');
    expect(posts).toHaveLength(reportLength);
    const [first] = posts;
    expect(first!.args.blocks).toBeUndefined();
    expect(String(first!.args.text)).toMatch(/^\*Sourcing report\*/);
    expect(String(first!.args.text)).toMatch(/would not show this part of the report formatted, error `invalid_blocks`/);
    expect(String(first!.args.text).length).toBeLessThan(4_000);
  });
});

describe('response URL faults (slash commands)', () => {
  const commandLogs = () => h.logs.filter((l) => (l.includes('answer.report') || l.includes('answer.failed')) && l.includes('entry=command')).length;
  /** Sends the seed article as a slash command and waits until the app logs how it ended. */
  async function command(id: string): Promise<void> {
    const before = commandLogs();
    await postForm(h.url, slashCommand(SEED, h.slack.responseUrl(id)));
    await h.slack.waitFor(`the answer to ${id}`, () => commandLogs() > before, 10_000);
  }

  it('retries 429 and 500 and delivers each message once', async () => {
    h.slack.inject('respond/RF1', { status: 429, retryAfter: 30 }, 1);
    h.slack.inject('respond/RF1', { status: 500 }, 1);
    await command('RF1');
    expect(logged('answer.report', 'entry=command')).toBe(true);
    expect(h.slack.refused.filter((r) => r.target === 'respond/RF1')).toHaveLength(2);
    expect(h.slack.responsesTo('RF1').filter((r) => isHeader(r.body))).toHaveLength(1);
  });

  it('sends refused blocks as plain text, and says when a response URL timed out without repeating it', async () => {
    h.slack.inject('respond/RF2', { error: 'invalid_blocks' }, 1);
    await command('RF2');
    expect(String(h.slack.responsesTo('RF2')[0]!.body.text)).toContain('error `invalid_blocks`');
    expect(h.slack.responsesTo('RF2')[0]!.body.blocks).toBeUndefined();

    h.slack.inject('respond/RF3', { slowMs: SLOW_MS }, 1);
    await command('RF3');
    await h.slack.waitFor('the failure notice', () => h.slack.responsesTo('RF3').some((r) => isFailure(r.body)));
    expect(h.slack.responsesTo('RF3').filter((r) => isHeader(r.body))).toHaveLength(1);
    expect(h.slack.responsesTo('RF3')).toHaveLength(2);
  });
});

it('keeps serving after every fault', async () => {
  await mention('CF9');
  await h.slack.waitFor('the report', reported('CF9'));
  expect(postsTo('CF9')).toHaveLength(reportLength);
});
