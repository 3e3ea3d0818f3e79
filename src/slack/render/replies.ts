// Short answers that are not reports: usage, input problems, failures.
import type { SlackMessage } from './limits.js';

export const OPEN_MODAL_ACTION = 'open_article_modal';

const note = (icon: string, text: string): SlackMessage => ({
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `${icon} ${text}` } }],
});

const WHAT_IT_DOES = 'shows who each claim in an article is attributed to, how certain it is, and how well the article is sourced.';
export const USAGE_TEXT = `Sourcing Desk ${WHAT_IT_DOES}`;

export function renderUsage(): SlackMessage {
  return {
    text: `${USAGE_TEXT} Use /sourcing followed by the article text.`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*Sourcing Desk* ${WHAT_IT_DOES}` } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            '• `/sourcing <article text>`: a private report, with a button to share it in the channel.',
            '• Mention me with the article (`@Sourcing Desk <text>`): I reply in a thread. A bare mention inside a thread checks the thread’s first message.',
            '• On any message, choose *More actions → Check sourcing*.',
            '• Send me the article in a direct message, pasted or as a `.txt`/`.md` file.',
          ].join('\n'),
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: 'Or paste an article (up to 3,000 characters) in a form:' },
        accessory: { type: 'button', text: { type: 'plain_text', text: 'Paste an article' }, action_id: OPEN_MODAL_ACTION, style: 'primary' },
      },
    ],
  };
}

/** The engine's explanation of why a text cannot be analyzed, already phrased for a person. */
export const renderProblem = (message: string): SlackMessage => note(':information_source:', message);

export const renderUsageHint = (): SlackMessage =>
  note(':wave:', 'Send me the article text after the mention, or mention me inside a thread to check the thread’s first message. Type `/sourcing help` for more.');

export const renderFailure = (code: string): SlackMessage =>
  note(':x:', `Sorry, something went wrong while answering (error \`${code}\`). Please try again; if it keeps happening, tell whoever runs Sourcing Desk.`);

export const renderShareExpired = (): SlackMessage =>
  note(':hourglass:', 'This report can no longer be shared: reports are kept for 30 minutes only. Run `/sourcing` again to get a new one.');
