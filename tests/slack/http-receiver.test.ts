// The HTTP receiver: what it answers before any listener runs, and which requests it acks early.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBodyLimit } from '@slack/bolt';
import { postEvent, postForm, postInteraction, postSigned, sign, slashCommand, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http', 'warn');
});
afterAll(async () => {
  await h.stop();
});

const FORM = 'application/x-www-form-urlencoded';
const command = (name: string) => ({ ...slashCommand('anything', h.slack.responseUrl(`receiver-${name}`)), command: name });

function postAt(timestamp: number, body = 'command=%2Fsourcing&text=help'): Promise<Response> {
  return fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
    body,
  });
}

describe('what the receiver answers by itself', () => {
  it('answers Slack’s URL verification with the challenge', async () => {
    const res = await postEvent(h.url, { type: 'url_verification', token: 't', challenge: 'c-123' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });

  it('refuses requests signed more than five minutes from now, either way', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await postAt(now - 301)).status).toBe(401);
    expect((await postAt(now + 301)).status).toBe(401);
    expect((await postAt(now)).status).toBe(200);
  });

  it('refuses an unsigned request unless it is Slack’s SSL check', async () => {
    const unsigned = (body: string) => fetch(h.url, { method: 'POST', headers: { 'content-type': FORM }, body });
    expect((await unsigned('command=%2Fsourcing&text=help')).status).toBe(401);
    expect((await unsigned('ssl_check=1&token=abc')).status).toBe(200);
  });

  it('says 404 off the events path, 405 for other methods, 413 past the body limit, 400 for a broken body', async () => {
    expect((await fetch(h.url.replace('/slack/events', '/elsewhere'), { method: 'POST' })).status).toBe(404);
    expect((await fetch(h.url)).status).toBe(405);
    expect((await postSigned(h.url, 'x'.repeat(defaultBodyLimit + 1), FORM)).status).toBe(413);
    expect((await postSigned(h.url, '{"type": ', 'application/json')).status).toBe(400);
  });
});

describe('early acks', () => {
  it('acks a slash command before its listener has finished, and warns when a listener’s ack response is dropped', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    h.app.app.command('/held', async ({ ack }) => {
      await held;
      await ack('this text cannot reach Slack: the request was answered already');
      finished = true;
    });
    const res = await postForm(h.url, command('/held'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(finished).toBe(false);
    release();
    await h.slack.waitFor('the listener', () => finished);
    await h.slack.waitFor('the warning', () => h.logs.some((l) => l.includes('receiver.ack_response_dropped') && l.includes('kind=slash_command')));
  });

  it('leaves view submissions to the listener’s ack, so a response action reaches Slack', async () => {
    h.app.app.view('receiver_test_modal', async ({ ack }) => {
      await ack({ response_action: 'errors', errors: { field: 'Paste some text.' } });
    });
    const res = await postInteraction(h.url, {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U1' },
      view: { id: 'V1', callback_id: 'receiver_test_modal', private_metadata: '', state: { values: {} } },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { field: 'Paste some text.' } });
  });
});
