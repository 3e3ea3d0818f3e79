// Article text never reaches the logs, even at debug level where the Slack libraries print payloads.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT_USER } from './fake-slack.js';
import { eventEnvelope, postEvent, postForm, postInteraction, slashCommand, startHarness, type Harness } from './harness.js';

const SENTINEL = 'Quixotic Marmalade Ferrets';
const ARTICLE = [
  `The mayor said on Tuesday that the ${SENTINEL} would be moved to the new harbour by spring.`,
  `Officials believe the plan could cost more than expected, according to a council report.`,
  `Residents told reporters they had not been consulted, and the opposition called the decision rushed.`,
].join('\n\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http', 'debug');
});
afterAll(async () => {
  await h.stop();
});

it('keeps a distinctive phrase from the article out of every log line', async () => {
  await postForm(h.url, slashCommand(ARTICLE, h.slack.responseUrl('p1')));
  await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'CP', ts: '1.1', event_ts: '1.1', text: `<@${BOT_USER}> ${ARTICLE}` }));
  await postEvent(h.url, eventEnvelope({ type: 'message', user: 'U1', channel: 'DP', channel_type: 'im', ts: '2.1', event_ts: '2.1', text: ARTICLE }));
  h.slack.addFile('FP', { name: 'story.txt', mimetype: 'text/plain', filetype: 'text' }, ARTICLE);
  await postEvent(h.url, eventEnvelope({ type: 'message', subtype: 'file_share', user: 'U1', channel: 'DQ', channel_type: 'im', ts: '3.1', event_ts: '3.1', text: '', files: [{ id: 'FP' }] }));
  await postInteraction(h.url, {
    type: 'message_action',
    callback_id: 'check_sourcing',
    team: { id: 'T1' },
    user: { id: 'U1' },
    channel: { id: 'CP' },
    trigger_id: 't',
    message_ts: '4.1',
    response_url: h.slack.responseUrl('p2'),
    message: { type: 'message', user: 'U2', ts: '4.1', text: ARTICLE },
  });
  // A failing Slack call logs too: its error path must stay clean as well.
  h.slack.handlers.set('chat.postMessage', (args) => (args.channel === 'CR' ? { ok: false, error: 'channel_not_found' } : { ok: true, ts: '9.9' }));
  await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'CR', ts: '5.1', event_ts: '5.1', text: `<@${BOT_USER}> ${ARTICLE}` }));

  await h.slack.waitFor('every answer', () =>
    h.slack.responsesTo('p1').length > 0 &&
    h.slack.responsesTo('p2').length > 0 &&
    h.logs.filter((l) => l.includes('answer.report')).length === 5 &&
    h.logs.some((l) => l.includes('answer.failure_not_delivered')),
  );
  h.slack.handlers.delete('chat.postMessage');

  // The article did reach Slack (so it was there to leak), and the libraries did log payload-bearing lines.
  expect(JSON.stringify(h.slack.responses)).toContain(SENTINEL);
  expect(h.logs.some((l) => l.includes('chars omitted'))).toBe(true);
  expect(h.logs.length).toBeGreaterThan(20);
  for (const word of [SENTINEL, 'Marmalade', 'harbour']) {
    expect(h.logs.filter((l) => l.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
  }
});
