// Turns Slack's mrkdwn (as it arrives in message and command text) back into the plain text a person
// pasted, so the engine sees the words and the report's excerpts and offsets match what was written.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

// Real angle brackets are always escaped by Slack, so `<…>` is markup: a link, mention or special token.
function unwrapAngle(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1);
  if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) {
    if (label) return label;
    const word = target.slice(1).split('^')[0] ?? '';
    return `@${word}`;
  }
  // Slack auto-links a bare `example.com/x` as `<http://example.com/x|example.com/x>`: that is a URL, keep it one.
  if (label && target.replace(/^https?:\/\//, '') !== label) return label;
  return target.replace(/^mailto:/, '');
}

// A formatting marker counts only at a word boundary, so `snake_case`, `5 * 3` and `a~b` are left alone.
const before = String.raw`(^|[\s(\[{"'“‘])`;
const after = String.raw`(?=$|[\s)\]}.,;:!?"'”’])`;
const span = (m: string) => {
  const esc = m === '*' ? '\\*' : m;
  return new RegExp(`${before}${esc}([^\\s${m}](?:[^${m}\\n]*?[^\\s${m}])?)${esc}${after}`, 'gu');
};
const BOLD = span('*');
const ITALIC = span('_');
const STRIKE = span('~');

export function decodeMrkdwn(text: string): string {
  return text
    .replace(/<([^<>\n]+)>/g, (_m, inner: string) => unwrapAngle(inner))
    .replace(/```\n?([\s\S]*?)\n?```/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(BOLD, '$1$2')
    .replace(ITALIC, '$1$2')
    .replace(STRIKE, '$1$2')
    .replace(/^&gt;[ \t]?/gm, '')
    .replace(/&(amp|lt|gt);/g, (m) => ENTITIES[m] ?? m);
}

/** Escapes text for a mrkdwn field so that `&`, `<` and `>` show as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Removes every mention of the given user (the bot) from mrkdwn text. */
export function stripUserMention(text: string, userId: string | undefined): string {
  if (!userId) return text;
  return text.replace(new RegExp(`<@${userId}(?:\\|[^>]*)?>`, 'g'), '').trim();
}
