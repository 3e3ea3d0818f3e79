// The modal for pasting an article and the App Home tab.
import { LIMITS, type HomeView, type MessageBlock, type ModalView } from './limits.js';
import { USAGE_TEXT } from './replies.js';

export const ARTICLE_MODAL = 'article_modal';
export const ARTICLE_BLOCK = 'article';
export const ARTICLE_INPUT = 'article_text';

/** What the modal carries from the button click to the submission: where to send the answer. */
export interface ModalMetadata {
  responseUrl: string | null;
}

export function renderArticleModal(meta: ModalMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: ARTICLE_MODAL,
    title: { type: 'plain_text', text: 'Check sourcing' },
    submit: { type: 'plain_text', text: 'Analyze' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(meta),
    blocks: [
      {
        type: 'input',
        block_id: ARTICLE_BLOCK,
        label: { type: 'plain_text', text: 'Article text' },
        hint: {
          type: 'plain_text',
          text:
            'Slack limits this box to 3,000 characters. For a longer article, mention @Sourcing Desk with the text, ' +
            'send it to me in a direct message, or attach it as a .txt file.',
        },
        element: {
          type: 'plain_text_input',
          action_id: ARTICLE_INPUT,
          multiline: true,
          max_length: LIMITS.inputMaxLength,
          placeholder: { type: 'plain_text', text: 'Paste the article here' },
        },
      },
    ],
  };
}

export function parseModalMetadata(raw: string | undefined): ModalMetadata {
  try {
    const parsed: unknown = JSON.parse(raw ?? '');
    if (parsed && typeof parsed === 'object' && 'responseUrl' in parsed && typeof parsed.responseUrl === 'string') {
      return { responseUrl: parsed.responseUrl };
    }
  } catch {
    // Not ours or empty: fall back to a direct message.
  }
  return { responseUrl: null };
}

const md = (text: string): MessageBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

export function renderHome(): HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Sourcing Desk' } },
      md(`${USAGE_TEXT} For every sentence you see the source (a named person or organization, an anonymous source, a vague “it is believed”, a document, or the publication’s own voice), the cue (“said”, “tweeted”, “according to”), how certain it is, and how far to trust the reading.`),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: 'How to use it' } },
      md('*Slash command.* Type `/sourcing` followed by the article. Only you see the report; a button shares it in the channel. `/sourcing help` opens a form for pasting up to 3,000 characters.'),
      md('*Mention.* Write `@Sourcing Desk` and the article in a channel I am in: I answer in a thread. Mention me alone inside a thread to check the thread’s first message.'),
      md('*Message shortcut.* On any message, open *More actions* (⋮) and choose *Check sourcing*. Only you see the report.'),
      md('*Direct message.* Send me the article here, in the Messages tab. Long pastes that Slack turns into a snippet, and attached `.txt` or `.md` files, are read too.'),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: 'Confidence' } },
      md(
        [
          'How much an editor can lean on a claim as written, from who stands behind it and how certain the text makes it:',
          ':large_green_circle: *High*: on the record (a named person, organization or document) or the publication’s own plain statement, asserted without hedging.',
          ':large_yellow_circle: *Medium*: rests on an anonymous source, a vague “it is believed”, a social-media post, or is hedged as probable.',
          ':red_circle: *Low*: only possible or hypothetical, denied or disputed, or speculation in the publication’s own voice. Check these first.',
        ].join('\n'),
      ),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: 'Privacy' } },
      md('The article is analyzed in memory on the server that runs this app and nothing is sent anywhere else. The text is never logged or stored; logs hold only sizes, timings and ids. A private `/sourcing` report is kept in memory for 30 minutes so that you can share it, then dropped.'),
    ],
  };
}
