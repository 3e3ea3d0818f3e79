// Buttons: "Share in channel" under a private report, and "Paste an article" under the usage message.
import type { App, BlockButtonAction } from '@slack/bolt';
import { errorCode } from '../../answer.js';
import { SHARE_ACTION, withSharedBy } from '../../render/report.js';
import { OPEN_MODAL_ACTION, renderShareExpired } from '../../render/replies.js';
import { renderArticleModal } from '../../render/views.js';
import { sendOrDegrade } from '../../degrade.js';
import { respondTo } from '../../send.js';
import type { Services } from '../../services.js';

export function register(app: App, services: Services): void {
  const { log, shares, delivery } = services;

  app.action<BlockButtonAction>(SHARE_ACTION, async ({ ack, action, body }) => {
    await ack();
    const ids = { team: body.team?.id, channel: body.channel?.id, user: body.user.id };
    try {
      const messages = action.value ? await shares.take(action.value) : null;
      if (!messages) {
        log.info('share.expired', ids);
        await respondTo(body.response_url, 'ephemeral', delivery)(renderShareExpired());
        return;
      }
      const send = respondTo(body.response_url, 'in_channel', delivery);
      for (const message of withSharedBy(messages, body.user.id)) await sendOrDegrade(send, message, log, ids);
      log.info('share.posted', { ...ids, messages: messages.length });
    } catch (err) {
      log.error('share.failed', { ...ids, error: errorCode(err) });
    }
  });

  app.action<BlockButtonAction>(OPEN_MODAL_ACTION, async ({ ack, body, client }) => {
    await ack();
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: renderArticleModal({ responseUrl: body.response_url ?? null }) });
      log.info('modal.opened', { user: body.user.id });
    } catch (err) {
      log.error('modal.open_failed', { user: body.user.id, error: errorCode(err) });
    }
  });
}
