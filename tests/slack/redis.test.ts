// The shared stores against a real Redis server (TEST_REDIS_URL; .ci/run starts one), and two app instances
// sharing it the way several instances behind a load balancer would.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisDedupeStore } from '../../src/slack/dedupe.js';
import { createLog } from '../../src/slack/logger.js';
import { RedisConnection, RedisUnavailableError } from '../../src/slack/redis.js';
import { RedisShareStore } from '../../src/slack/share-store.js';
import { BOT_USER } from './fake-slack.js';
import { eventEnvelope, postEvent, postForm, postInteraction, SEED, slashCommand, startHarness, type Harness } from './harness.js';

const REDIS_URL = process.env.TEST_REDIS_URL;
const SKIP_NOTE = 'skipped: set TEST_REDIS_URL=redis://127.0.0.1:<port> to run them against a real Redis (.ci/run does)';

if (!REDIS_URL) console.warn(`tests/slack/redis.test.ts: the Redis tests are ${SKIP_NOTE}.`);

it.runIf(process.env.CI && !REDIS_URL)('has a Redis server in CI', () => {
  expect.fail('TEST_REDIS_URL is not set: .ci/run must start redis-server and export it');
});

describe.skipIf(!REDIS_URL)(`Redis stores (${REDIS_URL ? REDIS_URL : SKIP_NOTE})`, () => {
  const url = REDIS_URL ?? '';
  const quiet = createLog('error', () => {});
  // Each run writes under its own prefix, so runs sharing one server do not meet.
  const prefix = `sourcing-desk-test:${randomUUID()}:`;
  const connections: RedisConnection[] = [];
  const connect = async () => {
    const c = new RedisConnection(url, quiet);
    connections.push(c);
    await c.connect();
    return c;
  };
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close()));
  });

  it('claims an event once across instances, atomically, and forgets it after the time to live', async () => {
    const [a, b] = [new RedisDedupeStore(await connect(), 300, `${prefix}event:`), new RedisDedupeStore(await connect(), 300, `${prefix}event:`)];
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim('Ev1')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.claim('Ev2')).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(await a.claim('Ev1')).toBe(true);
  });

  it('hands a report to another instance once, and keeps only ciphertext in Redis', async () => {
    const connection = await connect();
    const [a, b] = [new RedisShareStore(connection, `${prefix}share:`), new RedisShareStore(await connect(), `${prefix}share:`)];
    const messages = [{ text: 'Sourcing report: the Quixotic Marmalade Ferrets', blocks: [{ type: 'divider' as const }] }];
    const token = await a.put(messages);
    expect(token.length).toBeLessThanOrEqual(100);
    const [id, key] = token.split('.');
    const stored = await connection.client.get(`${prefix}share:${id}`);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored!, 'base64').toString('latin1')).not.toContain('Marmalade');
    const ttl = await connection.client.pTTL(`${prefix}share:${id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000);

    // Without the key from the button the report cannot be read, and a wrong key does not reveal it.
    const other = await a.put(messages);
    expect(await b.take(`${other.split('.')[0]}.${key}`)).toBeNull();
    expect(await b.take(token)).toEqual(messages);
    expect(await a.take(token)).toBeNull();
  });

  it('fails to start with a message naming REDIS_URL when Redis cannot be reached', async () => {
    await expect(startHarness('http', 'error', { env: { REDIS_URL: 'redis://127.0.0.1:1' } })).rejects.toMatchObject({
      code: 'redis_unavailable',
      message: expect.stringMatching(/REDIS_URL cannot be reached \(ECONNREFUSED\)/),
    });
  });

  describe('two app instances sharing one Redis', () => {
    let a: Harness;
    let b: Harness;
    beforeAll(async () => {
      [a, b] = await Promise.all([startHarness('http', 'info', { env: { REDIS_URL: url } }), startHarness('http', 'info', { env: { REDIS_URL: url } })]);
    });
    afterAll(async () => {
      await Promise.all([a.stop(), b.stop()]);
    });

    it('answers an event once when Slack retries it on the other instance', async () => {
      const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'CRD', ts: '1.1', event_ts: '1.1', text: `<@${BOT_USER}> ${SEED}` }, `Ev-${randomUUID()}`);
      await postEvent(a.url, envelope);
      await postEvent(b.url, envelope, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      await a.slack.waitFor('the report', () => a.logs.some((l) => l.includes('answer.report')) || b.logs.some((l) => l.includes('answer.report')));
      await b.slack.waitFor('the retry to be dropped', () => b.logs.some((l) => l.includes('event.duplicate')));
      const headers = [a, b].flatMap((h) => h.slack.callsTo('chat.postMessage')).filter((c) => String(c.args.text).startsWith('Sourcing report:'));
      expect(headers).toHaveLength(1);
    });

    it('shares a report made by one instance when the click reaches the other', async () => {
      const before = a.logs.length;
      await postForm(a.url, slashCommand(SEED, a.slack.responseUrl('rs1')));
      await a.slack.waitFor('the report', () => a.logs.slice(before).some((l) => l.includes('answer.report')));
      const last = a.slack.responsesTo('rs1').at(-1)!.body;
      const token = JSON.stringify(last).match(/"action_id":"share_report"[^}]*"value":"([^"]+)"/)?.[1];
      expect(token).toBeTruthy();
      await postInteraction(b.url, {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        channel: { id: 'C1' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: 't',
        response_url: a.slack.responseUrl('rs2'),
        actions: [{ type: 'button', action_id: 'share_report', block_id: 'b', value: token, action_ts: '1' }],
      });
      await a.slack.waitFor('the shared report', () => a.slack.responsesTo('rs2').length === a.slack.responsesTo('rs1').length);
      expect(a.slack.responsesTo('rs2').every((r) => r.body.response_type === 'in_channel')).toBe(true);
    });
  });
});

describe('when the shared store fails at run time', () => {
  const down = async (): Promise<never> => {
    throw new RedisUnavailableError('connection lost');
  };
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('http', 'info', { deps: { dedupe: { claim: down }, shares: { put: down, take: down } } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('still answers: an event is handled rather than dropped, a report goes out without its share button', async () => {
    await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'CDN', ts: '1.1', event_ts: '1.1', text: `<@${BOT_USER}> ${SEED}` }));
    await postForm(h.url, slashCommand(SEED, h.slack.responseUrl('down1')));
    await h.slack.waitFor('both reports', () => h.logs.filter((l) => l.includes('answer.report')).length === 2);
    expect(h.logs.some((l) => l.includes('dedupe.unavailable') && l.includes('error=redis_unavailable'))).toBe(true);
    expect(h.logs.some((l) => l.includes('share.unavailable') && l.includes('error=redis_unavailable'))).toBe(true);
    expect(h.slack.callsTo('chat.postMessage').some((c) => String(c.args.text).startsWith('Sourcing report:'))).toBe(true);
    expect(JSON.stringify(h.slack.responsesTo('down1'))).not.toContain('share_report');
  });
});
