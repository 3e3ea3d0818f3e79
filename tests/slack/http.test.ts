// End to end in HTTP mode: the real Bolt app on an ephemeral port, signed requests in, a fake Slack Web API out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HomeViewSchema, ModalViewSchema } from '../../src/slack/render/limits.js';
import { BOT_TOKEN, BOT_USER, type Json } from './fake-slack.js';
import { asMessage, expectCompleteReport, textOf } from './payloads.js';
import {
  eventEnvelope,
  messageShortcut,
  postEvent,
  postForm,
  postInteraction,
  SEED,
  slashCommand,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http');
});
afterAll(async () => {
  await h.stop();
});

const postsTo = (channel: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
// For checks that something did NOT happen: give the app time to do it anyway.
const settle = () => new Promise((r) => setTimeout(r, 150));
const reportsLogged = (match: string) => h.logs.filter((l) => l.includes('answer.report') && l.includes(match)).length;
/** Runs `act`, then waits until the app logs the answer as delivered (after its last message). */
async function delivered(match: string, act: () => Promise<unknown>): Promise<void> {
  const before = reportsLogged(match);
  await act();
  await h.slack.waitFor(`the report (${match})`, () => reportsLogged(match) > before);
}

describe('slash command', () => {
  it('acks at once, answers privately through the response_url, and shares on request', async () => {
    await delivered('entry=command', async () => {
      const started = performance.now();
      const res = await postForm(h.url, slashCommand(`  ${SEED}`, h.slack.responseUrl('cmd1')));
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(3000);
    });
    const answers = h.slack.responsesTo('cmd1');
    expect(answers.every((a) => a.body.response_type === 'ephemeral')).toBe(true);
    const messages = answers.map((a) => asMessage(a.body));
    expectCompleteReport(messages, SEED.trim());

    const button = messages.at(-1)!.blocks.at(-1)!;
    expect(button.type).toBe('actions');
    const shareId = button.type === 'actions' ? button.elements[0]!.value : undefined;
    expect(shareId).toBeTruthy();

    const click = (responseId: string) =>
      postInteraction(h.url, {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        channel: { id: 'C1' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: 'trigger-2',
        response_url: h.slack.responseUrl(responseId),
        actions: [{ type: 'button', action_id: 'share_report', block_id: 'b', value: shareId, action_ts: '1' }],
      });
    expect((await click('share1')).status).toBe(200);
    await h.slack.waitFor('the shared report', () => h.slack.responsesTo('share1').length === answers.length);
    const shared = h.slack.responsesTo('share1');
    expect(shared.every((s) => s.body.response_type === 'in_channel')).toBe(true);
    const sharedMessages = shared.map((s) => asMessage(s.body));
    expect(textOf(sharedMessages)).toContain('Shared by <@U1>');
    expect(textOf(sharedMessages)).not.toContain('Share in channel');

    // A report is shared once; a second click is told so.
    await click('share2');
    await h.slack.waitFor('the expiry notice', () => h.slack.responsesTo('share2').length === 1);
    expect(String(h.slack.responsesTo('share2')[0]!.body.text)).toMatch(/no longer be shared/);
  });

  it('answers /sourcing help with usage, and the modal’s article reaches the user', async () => {
    await postForm(h.url, slashCommand('help', h.slack.responseUrl('help1')));
    await h.slack.waitFor('usage', () => h.slack.responsesTo('help1').length === 1);
    const usage = asMessage(h.slack.responsesTo('help1')[0]!.body);
    expect(textOf([usage])).toContain('/sourcing');
    expect(JSON.stringify(usage.blocks)).toContain('open_article_modal');

    await postInteraction(h.url, {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      channel: { id: 'C1' },
      trigger_id: 'trigger-3',
      response_url: h.slack.responseUrl('modal1'),
      actions: [{ type: 'button', action_id: 'open_article_modal', block_id: 'b', action_ts: '1' }],
    });
    await h.slack.waitFor('views.open', () => h.slack.callsTo('views.open').length === 1);
    const opened = h.slack.callsTo('views.open')[0]!.args;
    expect(opened.trigger_id).toBe('trigger-3');
    const view = ModalViewSchema.parse(opened.view);
    expect(JSON.stringify(view)).toContain('3,000 characters');

    const article = SEED.slice(0, 2900);
    await delivered('entry=modal', () => postInteraction(h.url, {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U1' },
      view: {
        id: 'V1',
        callback_id: 'article_modal',
        private_metadata: view.private_metadata,
        state: { values: { article: { article_text: { type: 'plain_text_input', value: article } } } },
      },
    }));
    expectCompleteReport(h.slack.responsesTo('modal1').map((r) => asMessage(r.body)), article);
  });
});

describe('mentions', () => {
  it('answers a mention with an article in a thread under it, once', async () => {
    await delivered('channel=C2 ', () =>
      postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C2', ts: '100.1', event_ts: '100.1', text: `<@${BOT_USER}> ${SEED}` })),
    );
    const posts = postsTo('C2');
    expect(posts.every((p) => p.args.thread_ts === '100.1')).toBe(true);
    expect(posts.every((p) => p.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
    expectCompleteReport(posts.map((p) => asMessage(p.args)), SEED.trim());
  });

  it('analyzes the thread’s root when mentioned alone inside a thread', async () => {
    h.slack.threads.set('C3/200.1', { ts: '200.1', user: 'U2', text: SEED.replace(/&/g, '&amp;') });
    await delivered('channel=C3 ', () =>
      postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C3', ts: '200.9', thread_ts: '200.1', event_ts: '200.9', text: `<@${BOT_USER}>` })),
    );
    const replies = h.slack.callsTo('conversations.replies').filter((c) => c.args.channel === 'C3');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.args.ts).toBe('200.1');
    const posts = postsTo('C3');
    expect(posts.every((p) => p.args.thread_ts === '200.1')).toBe(true);
    expectCompleteReport(posts.map((p) => asMessage(p.args)), SEED.trim());
  });

  it('says what to do when it cannot read the thread’s root', async () => {
    await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C3X', ts: '250.9', thread_ts: '250.1', event_ts: '250.9', text: `<@${BOT_USER}>` }));
    await h.slack.waitFor('the explanation', () => postsTo('C3X').length === 1);
    const [post] = postsTo('C3X');
    expect(post!.args.thread_ts).toBe('250.1');
    expect(String(post!.args.text)).toMatch(/could not read the first message of this thread/);
    expect(h.logs.some((l) => l.includes('problem=thread_thread_not_found'))).toBe(true);
  });

  it('explains how to use it when mentioned alone outside a thread', async () => {
    await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C4', ts: '300.1', event_ts: '300.1', text: `<@${BOT_USER}>` }));
    await h.slack.waitFor('the hint', () => postsTo('C4').length === 1);
    expect(String(postsTo('C4')[0]!.args.text)).toMatch(/Send me the article/);
  });

  it('posts one report when Slack retries the event', async () => {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C5', ts: '400.1', event_ts: '400.1', text: `<@${BOT_USER}> ${SEED}` });
    await delivered('channel=C5 ', async () => {
      await postEvent(h.url, envelope);
      const retry = await postEvent(h.url, envelope, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
    });
    await h.slack.waitFor('the retry to be dropped', () => h.logs.some((l) => l.includes('event.duplicate') && l.includes(`event_id=${String(envelope.event_id)}`)));
    const headers = postsTo('C5').filter((p) => String(p.args.text).startsWith('Sourcing report:'));
    expect(headers).toHaveLength(1);
    expect(h.logs.find((l) => l.includes('event.duplicate'))).toMatch(/retry_num=1 retry_reason=http_timeout/);
  });

  it('ignores other bots', async () => {
    await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U9', bot_id: 'BOTHER', channel: 'C6', ts: '500.1', event_ts: '500.1', text: `<@${BOT_USER}> ${SEED}` }));
    await postEvent(h.url, eventEnvelope({ type: 'message', subtype: 'bot_message', bot_id: 'BOTHER', channel: 'D6', channel_type: 'im', ts: '500.2', event_ts: '500.2', text: SEED }));
    await settle();
    expect(postsTo('C6')).toHaveLength(0);
    expect(postsTo('D6')).toHaveLength(0);
  });
});

describe('message shortcut', () => {
  it('answers the person who used it, privately', async () => {
    await delivered('entry=shortcut', () => postInteraction(h.url, messageShortcut(SEED.replace(/</g, '&lt;'), h.slack.responseUrl('short1'), 'C7', '600.1')));
    const answers = h.slack.responsesTo('short1');
    expect(answers.every((a) => a.body.response_type === 'ephemeral')).toBe(true);
    expectCompleteReport(answers.map((a) => asMessage(a.body)), SEED.trim());
  });
});

describe('direct messages', () => {
  const dm = (channel: string, ts: string, extra: Json) =>
    postEvent(h.url, eventEnvelope({ type: 'message', user: 'U1', channel, channel_type: 'im', ts, event_ts: ts, ...extra }));

  it('answers an article in the DM', async () => {
    await delivered('channel=D1 ', () => dm('D1', '700.1', { text: SEED }));
    const posts = postsTo('D1');
    expect(posts.every((p) => p.args.thread_ts === undefined)).toBe(true);
    expectCompleteReport(posts.map((p) => asMessage(p.args)), SEED.trim());
  });

  it('reads a text snippet with the bot token and analyzes it like pasted text', async () => {
    h.slack.addFile('F1', { name: 'article.txt', filetype: 'text', mimetype: 'text/plain', mode: 'snippet' }, SEED);
    await delivered('channel=D2 ', () => dm('D2', '800.1', { subtype: 'file_share', text: 'can you check this?', files: [{ id: 'F1' }] }));
    expect(h.slack.callsTo('files.info').some((c) => c.args.file === 'F1')).toBe(true);
    expect(h.slack.downloads.filter((d) => d.fileId === 'F1')).toEqual([{ fileId: 'F1', authorization: `Bearer ${BOT_TOKEN}` }]);
    expectCompleteReport(postsTo('D2').map((p) => asMessage(p.args)), SEED);
  });

  it('explains what to do with a file it cannot read', async () => {
    h.slack.addFile('F2', { name: 'article.pdf', filetype: 'pdf', mimetype: 'application/pdf' }, '%PDF-1.7');
    await dm('D3', '900.1', { subtype: 'file_share', text: '', files: [{ id: 'F2' }] });
    await h.slack.waitFor('the explanation', () => postsTo('D3').length === 1);
    expect(String(postsTo('D3')[0]!.args.text)).toMatch(/only read plain text.*\.txt/);
    expect(h.slack.downloads.some((d) => d.fileId === 'F2')).toBe(false);
  });

  it('explains what to do with a file it cannot see or download', async () => {
    await dm('D5', '910.1', { subtype: 'file_share', text: '', files: [{ id: 'F-missing' }] });
    await h.slack.waitFor('the first explanation', () => postsTo('D5').length === 1);
    expect(String(postsTo('D5')[0]!.args.text)).toMatch(/cannot open the attached file/);

    const described = (url: string) => () => ({ ok: true, file: { id: 'F3', name: 'story.txt', mimetype: 'text/plain', url_private_download: url } });
    try {
      // The token never goes to a host that is not Slack's.
      h.slack.handlers.set('files.info', described('https://example.com/F3'));
      await dm('D6', '920.1', { subtype: 'file_share', text: '', files: [{ id: 'F3' }] });
      await h.slack.waitFor('the second explanation', () => postsTo('D6').length === 1);
      expect(String(postsTo('D6')[0]!.args.text)).toMatch(/could not open the attached file/);
      expect(h.slack.downloads.some((d) => d.fileId === 'F3')).toBe(false);

      // Without access Slack serves its sign-in page instead of the file.
      h.slack.handlers.set('files.info', described(h.slack.fileUrl('F3')));
      await dm('D7', '930.1', { subtype: 'file_share', text: '', files: [{ id: 'F3' }] });
      await h.slack.waitFor('the third explanation', () => postsTo('D7').length === 1);
      expect(String(postsTo('D7')[0]!.args.text)).toMatch(/did not let me download/);
    } finally {
      h.slack.handlers.delete('files.info');
    }
  });

  it.each([
    ['only a link', '<https://example.com/story|example.com/story>', /only a link/],
    ['non-English text', 'Der Bundeskanzler sagte am Montag, dass die Regierung die neuen Regeln noch in diesem Jahr beschließen werde und nicht warten wolle.', /English/],
    ['a list of numbers', '12 34 56 78 90 12 34 56 78 90 11 22 33', /does not look like article prose/],
    ['text over the limit', 'The council said the road would reopen. '.repeat(2_600), /limit is 100,000/],
  ])('answers %s with a friendly explanation', async (_label, text, expected) => {
    const channel = `DX${_label.length}`;
    await dm(channel, '950.1', { text });
    await h.slack.waitFor('the explanation', () => postsTo(channel).length === 1);
    const message = asMessage(postsTo(channel)[0]!.args);
    expect(message.text).toMatch(expected);
  });

  it('ignores edits and other message subtypes', async () => {
    await dm('D4', '960.1', { subtype: 'message_changed', text: SEED });
    await settle();
    expect(postsTo('D4')).toHaveLength(0);
  });
});

describe('App Home', () => {
  it('publishes the home tab within Slack’s view limits', async () => {
    await postEvent(h.url, eventEnvelope({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '990.1' }));
    await h.slack.waitFor('views.publish', () => h.slack.callsTo('views.publish').length === 1);
    const { args } = h.slack.callsTo('views.publish')[0]!;
    expect(args.user_id).toBe('U1');
    const home = HomeViewSchema.parse(args.view);
    const text = JSON.stringify(home);
    for (const words of ['/sourcing', 'Check sourcing', 'Confidence', 'Privacy', 'never logged']) expect(text).toContain(words);
  });
});

describe('request verification and failures', () => {
  it('answers a load balancer’s health check without a signature', async () => {
    const res = await fetch(h.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('rejects a request with a bad signature and does nothing', async () => {
    const before = h.slack.calls.length;
    const res = await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C8', ts: '1.1', event_ts: '1.1', text: `<@${BOT_USER}> ${SEED}` }), {
      secret: 'ffffffffffffffffffffffffffffffff',
    });
    expect(res.status).toBe(401);
    await settle();
    expect(h.slack.calls.length).toBe(before);
  });

  it('logs a Slack API error without article text and keeps going', async () => {
    h.slack.handlers.set('chat.postMessage', (args) => (args.channel === 'C9' ? { ok: false, error: 'not_in_channel' } : { ok: true, ts: '1.2' }));
    try {
      await postEvent(h.url, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C9', ts: '2.1', event_ts: '2.1', text: `<@${BOT_USER}> ${SEED}` }));
      await h.slack.waitFor('the failure log', () => h.logs.some((l) => l.includes('answer.failure_not_delivered')));
      const failed = h.logs.find((l) => l.includes('answer.failed'));
      expect(failed).toMatch(/channel=C9 .*stage=deliver error=not_in_channel/);
    } finally {
      h.slack.handlers.delete('chat.postMessage');
    }
  });
});
