// The article modal's submission: close the modal, then answer where the modal was opened from.
import type { App } from '@slack/bolt';
import { answer } from '../../answer.js';
import { renderProblem } from '../../render/replies.js';
import { ARTICLE_BLOCK, ARTICLE_INPUT, ARTICLE_MODAL, parseModalMetadata } from '../../render/views.js';
import { postTo, RESPONSE_URL_MESSAGES, respondTo, THREAD_MESSAGES } from '../../send.js';
import type { Services } from '../../services.js';

export function register(app: App, services: Services): void {
  app.view(ARTICLE_MODAL, async ({ ack, view, body, client }) => {
    await ack();
    const text = view.state.values[ARTICLE_BLOCK]?.[ARTICLE_INPUT]?.value ?? '';
    const { responseUrl } = parseModalMetadata(view.private_metadata);
    // Without a response_url (e.g. the modal was opened elsewhere) the answer goes to the user's DM with the app.
    const send = responseUrl ? respondTo(responseUrl, 'ephemeral', services.delivery) : postTo(client, body.user.id);
    const ids = { team: body.team?.id, user: body.user.id, view: view.id };
    await answer(
      {
        entry: 'modal',
        ids,
        send,
        maxMessages: responseUrl ? RESPONSE_URL_MESSAGES : THREAD_MESSAGES,
        shareable: responseUrl !== null,
        onNothing: () => send(renderProblem('The form was empty. Paste the article text into it.')),
      },
      services,
      async () => (text.trim() ? { kind: 'text', text, from: 'message' } : { kind: 'none' }),
    );
  });
}
