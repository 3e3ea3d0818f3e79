// Article text never reaches the logs, stdout or stderr, even at debug level where the Slack libraries print
// payloads, and on the error paths: refused and failed deliveries, timeouts, analysis workers that are stopped.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/slack/analysis-pool.js';
import { consoleSink, createLog } from '../../src/slack/logger.js';
import { BOT_USER, type Json } from './fake-slack.js';
import { eventEnvelope, FAST_DELIVERY, postEvent, postForm, messageShortcut, postInteraction, slashCommand, startHarness, type Harness } from './harness.js';

const SENTINEL = 'Quixotic Marmalade Ferrets';
const ARTICLE = [
  `The mayor said on Tuesday that the ${SENTINEL} would be moved to the new harbour by spring.`,
  `Officials believe the plan could cost more than expected, according to a council report.`,
  `Residents told reporters they had not been consulted, and the opposition called the decision rushed.`,
].join('\n\n');
const WORDS = [SENTINEL, 'Marmalade', 'harbour'];

// Everything this process writes to stdout and stderr while the flows run, the analysis workers' output
// included (it is forwarded through the same streams).
const written: string[] = [];
const originals = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };
function capture(stream: NodeJS.WriteStream, original: typeof process.stdout.write): void {
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}

let h: Harness;
beforeAll(async () => {
  capture(process.stdout, originals.stdout);
  capture(process.stderr, originals.stderr);
  // Log lines go through the production sink too, so they are written to stdout/stderr like in production.
  h = await startHarness('http', 'debug', { deps: { delivery: { ...FAST_DELIVERY, timeoutMs: 1_000 } } });
  const toConsole = (line: string) => consoleSink(line.includes(' WARN ') || line.includes(' ERROR ') ? 'error' : 'info', line);
  const push = h.logs.push.bind(h.logs);
  h.logs.push = (...lines: string[]) => {
    lines.forEach(toConsole);
    return push(...lines);
  };
});
afterAll(async () => {
  await h.stop();
  process.stdout.write = originals.stdout;
  process.stderr.write = originals.stderr;
});

const reportsLogged = () => h.logs.filter((l) => l.includes('answer.report')).length;
const mention = (channel: string, ts: string) =>
  postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel, ts, event_ts: ts, text: `<@${BOT_USER}> ${ARTICLE}` }));

it('keeps a distinctive phrase from the article out of every log line', async () => {
  await postForm(h.url, slashCommand(ARTICLE, h.slack.responseUrl('p1')));
  await mention('CP', '1.1');
  await postEvent(h.url, eventEnvelope({ type: 'message', user: 'U1', channel: 'DP', channel_type: 'im', ts: '2.1', event_ts: '2.1', text: ARTICLE }));
  h.slack.addFile('FP', { name: 'story.txt', mimetype: 'text/plain', filetype: 'text' }, ARTICLE);
  await postEvent(h.url, eventEnvelope({ type: 'message', subtype: 'file_share', user: 'U1', channel: 'DQ', channel_type: 'im', ts: '3.1', event_ts: '3.1', text: '', files: [{ id: 'FP' }] }));
  await postInteraction(h.url, messageShortcut(ARTICLE, h.slack.responseUrl('p2'), 'CP', '4.1'));
  // A failing Slack call logs too: its error path must stay clean as well.
  h.slack.handlers.set('chat.postMessage', (args) => (args.channel === 'CR' ? { ok: false, error: 'channel_not_found' } : { ok: true, ts: '9.9' }));
  await mention('CR', '5.1');

  await h.slack.waitFor('every answer', () =>
    h.slack.responsesTo('p1').length > 0 &&
    h.slack.responsesTo('p2').length > 0 &&
    reportsLogged() === 5 &&
    h.logs.some((l) => l.includes('answer.failure_not_delivered')),
  );
  h.slack.handlers.delete('chat.postMessage');

  // The article did reach Slack (so it was there to leak), and the libraries did log payload-bearing lines.
  expect(JSON.stringify(h.slack.responses)).toContain(SENTINEL);
  expect(h.logs.some((l) => l.includes('chars omitted'))).toBe(true);
  expect(h.logs.length).toBeGreaterThan(20);
  for (const word of WORDS) {
    expect(h.logs.filter((l) => l.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
  }
});

it('keeps it out of the logs on the fault paths: retries, refused blocks, splits, timeouts', async () => {
  const inChannel = (channel: string) => (args: Json) => args.channel === channel;
  h.slack.inject('chat.postMessage', { status: 500 }, 1, inChannel('CX1'));
  h.slack.inject('chat.postMessage', { error: 'invalid_blocks' }, 1, inChannel('CX2'));
  h.slack.inject('chat.postMessage', { error: 'msg_too_long' }, 1, inChannel('CX3'));
  h.slack.inject('chat.postMessage', { slowMs: 2_000 }, 1, inChannel('CX4'));
  h.slack.inject('respond/px1', { error: 'invalid_blocks' }, 1);
  h.slack.inject('respond/px2', { status: 429, retryAfter: 1 }, 1);
  const before = reportsLogged();
  for (const [i, channel] of ['CX1', 'CX2', 'CX3', 'CX4'].entries()) await mention(channel, `${10 + i}.1`);
  await postForm(h.url, slashCommand(ARTICLE, h.slack.responseUrl('px1')));
  await postForm(h.url, slashCommand(ARTICLE, h.slack.responseUrl('px2')));
  await h.slack.waitFor('every answer', () => reportsLogged() === before + 5 && h.logs.some((l) => l.includes('error=timeout')), 10_000);
  h.slack.clearFaults();

  expect(h.logs.some((l) => l.includes('deliver.plain_text'))).toBe(true);
  expect(h.logs.some((l) => l.includes('deliver.split'))).toBe(true);
  // The plain-text fallback carries the report's words to Slack, and only there.
  expect(JSON.stringify(h.slack.calls)).toContain(SENTINEL);
  for (const word of WORDS) {
    expect(h.logs.filter((l) => l.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
  }
});

it('keeps it out of the logs when an analysis worker is stopped or refuses work', async () => {
  const lines: string[] = [];
  const pool = new AnalysisPool(1, { timeoutMs: 1, maxQueued: 0, log: createLog('debug', (_level, line) => lines.push(line)) });
  await pool.start();
  await expect(pool.run(ARTICLE.repeat(50), 100_000)).rejects.toMatchObject({ code: 'analysis_timeout' });
  await expect(pool.run(ARTICLE, 100_000)).rejects.toMatchObject({ code: 'busy' });
  await pool.stop();
  expect(lines.some((l) => l.includes('analysis.worker_replaced'))).toBe(true);
  for (const word of WORDS) expect(lines.filter((l) => l.includes(word))).toEqual([]);
});

it('and out of everything written to stdout and stderr by all of the above', () => {
  const output = written.join('');
  // The log lines did go there (the capture works), without the article.
  expect(output).toContain('answer.report');
  for (const word of WORDS) expect(output.toLowerCase()).not.toContain(word.toLowerCase());
});
