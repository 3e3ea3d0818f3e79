// Message shortcut "Check sourcing": analyze that message and answer privately the person who used it.
import type { App, MessageShortcut } from '@slack/bolt';
import { answer } from '../../answer.js';
import { readArticle } from '../../article.js';
import { renderProblem } from '../../render/replies.js';
import { RESPONSE_URL_MESSAGES, respondTo } from '../../send.js';
import { readOptions, type Services } from '../../services.js';

export const CHECK_SOURCING = 'check_sourcing';

export function register(app: App, services: Services): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: CHECK_SOURCING }, async ({ shortcut, ack, client, context }) => {
    await ack();
    const send = respondTo(shortcut.response_url, 'ephemeral', services.delivery);
    const ids = { team: shortcut.team?.id, channel: shortcut.channel.id, user: shortcut.user.id, message_ts: shortcut.message_ts };
    await answer(
      {
        entry: 'shortcut',
        ids,
        send,
        maxMessages: RESPONSE_URL_MESSAGES,
        shareable: true,
        onNothing: () => send(renderProblem('That message has no text to check. Use the shortcut on a message that contains the article.')),
      },
      services,
      () => readArticle(shortcut.message, readOptions(services, client, context)),
    );
  });
}
