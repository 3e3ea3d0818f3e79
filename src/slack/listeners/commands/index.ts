// `/sourcing <article>`: a private report through the response_url, with a button to share it.
import type { App } from '@slack/bolt';
import { answer } from '../../answer.js';
import { decodeMrkdwn } from '../../mrkdwn.js';
import { renderUsage } from '../../render/replies.js';
import { RESPONSE_URL_MESSAGES, respondTo } from '../../send.js';
import type { Services } from '../../services.js';

export const COMMAND = '/sourcing';

export function register(app: App, services: Services): void {
  app.command(COMMAND, async ({ command, ack }) => {
    await ack();
    const send = respondTo(command.response_url, 'ephemeral', services.delivery);
    const ids = { team: command.team_id, channel: command.channel_id, user: command.user_id };
    const text = decodeMrkdwn(command.text).trim();
    await answer(
      { entry: 'command', ids, send, maxMessages: RESPONSE_URL_MESSAGES, shareable: true, onNothing: () => send(renderUsage()) },
      services,
      async () => (text === '' || /^help$/i.test(text) ? { kind: 'none' } : { kind: 'text', text, from: 'message' }),
    );
  });
}
