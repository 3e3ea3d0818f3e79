// End to end in Socket Mode: a local WebSocket server plays Slack, apps.connections.open points the app at it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asMessage, expectCompleteReport } from './payloads.js';
import { eventEnvelope, SEED, slashCommand, startHarness, type Harness } from './harness.js';
import { BOT_USER } from './fake-slack.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('socket');
  await h.slack.waitFor('the Socket Mode connection', () => h.slack.socketClients === 1);
});
afterAll(async () => {
  await h.stop();
});

it('connects through apps.connections.open with the app token', () => {
  const open = h.slack.callsTo('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]!.authorization).toBe('Bearer xapp-test-app-token');
  expect(h.running.port).toBeNull();
});

it('acks a slash command envelope and answers through the response_url', async () => {
  h.slack.sendEnvelope({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: slashCommand(SEED, h.slack.responseUrl('sock1')),
  });
  await h.slack.waitFor('the ack', () => h.slack.socketMessages.some((m) => m.envelope_id === 'env-1'));
  await h.slack.waitFor('the report', () => h.logs.some((l) => l.includes('answer.report entry=command')));
  expectCompleteReport(h.slack.responsesTo('sock1').map((r) => asMessage(r.body)), SEED.trim());
});

it('answers a mention in a thread once, even when the envelope is retried', async () => {
  const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'CS', ts: '10.1', event_ts: '10.1', text: `<@${BOT_USER}> ${SEED}` });
  h.slack.sendEnvelope({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: envelope });
  h.slack.sendEnvelope({ envelope_id: 'env-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: envelope });
  await h.slack.waitFor('both acks', () => ['env-2', 'env-3'].every((id) => h.slack.socketMessages.some((m) => m.envelope_id === id)));
  await h.slack.waitFor('the reply', () => h.logs.some((l) => l.includes('answer.report entry=mention')));
  await h.slack.waitFor('the retry to be dropped', () => h.logs.some((l) => l.includes('event.duplicate') && l.includes('retry_num=1')));
  const posts = h.slack.callsTo('chat.postMessage');
  expect(posts.every((p) => p.args.channel === 'CS' && p.args.thread_ts === '10.1')).toBe(true);
  expect(posts.filter((p) => String(p.args.text).startsWith('Sourcing report:'))).toHaveLength(1);
});
