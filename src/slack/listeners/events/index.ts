// Events: mentions (answered in a thread), direct messages (answered in the DM) and the App Home tab.
import type { App, webApi } from '@slack/bolt';
import { answer, errorCode } from '../../answer.js';
import { readArticle, type ArticleInput, type MessageLike } from '../../article.js';
import { stripUserMention } from '../../mrkdwn.js';
import { renderUsage, renderUsageHint } from '../../render/replies.js';
import { renderHome } from '../../render/views.js';
import { postTo, THREAD_MESSAGES } from '../../send.js';
import { readOptions, type Services } from '../../services.js';

// Reading the root needs the channel's history scope and the bot's membership; without them, say what to do.
async function threadRoot(client: webApi.WebClient, channel: string, threadTs: string): Promise<MessageLike | ArticleInput> {
  try {
    const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 1, inclusive: true });
    const root = replies.messages?.[0];
    return { text: root?.text, files: root?.files?.flatMap((f) => (f.id ? [{ id: f.id }] : [])) };
  } catch (err) {
    return {
      kind: 'problem',
      code: `thread_${errorCode(err)}`,
      message: 'I could not read the first message of this thread. Mention me with the article text instead, or use *More actions → Check sourcing* on that message.',
    };
  }
}

export function register(app: App, services: Services): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id) return;
    const send = postTo(client, event.channel, event.thread_ts ?? event.ts);
    const own = stripUserMention(event.text, context.botUserId);
    // A bare mention inside a thread asks about the thread's first message.
    const bareInThread = own === '' && !event.files?.length && event.thread_ts !== undefined && event.thread_ts !== event.ts;
    const ids = { team: body.team_id, channel: event.channel, user: event.user, event_id: body.event_id };
    await answer(
      { entry: bareInThread ? 'thread' : 'mention', ids, send, maxMessages: THREAD_MESSAGES, onNothing: () => send(renderUsageHint()) },
      services,
      async () => {
        const source = bareInThread ? await threadRoot(client, event.channel, event.thread_ts ?? event.ts) : event;
        return 'kind' in source ? source : readArticle(source, readOptions(services, client, context));
      },
    );
  });

  app.message(async ({ message, body, client, context }) => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined && message.subtype !== 'file_share') return;
    if ('bot_id' in message && message.bot_id) return;
    const send = postTo(client, message.channel);
    const ids = { team: body.team_id, channel: message.channel, user: message.user, event_id: body.event_id };
    const asksForHelp = /^\s*help\s*$/i.test(stripUserMention(message.text ?? '', context.botUserId));
    await answer(
      { entry: 'dm', ids, send, maxMessages: THREAD_MESSAGES, onNothing: () => send(renderUsage()) },
      services,
      async () => (asksForHelp ? { kind: 'none' } : readArticle(message, readOptions(services, client, context))),
    );
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: renderHome() });
      services.log.info('home.published', { user: event.user });
    } catch (err) {
      services.log.error('home.failed', { user: event.user, error: errorCode(err) });
    }
  });
}
