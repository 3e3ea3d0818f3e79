// One sentence as the attribution rules see it: its tokens, which of them are quoted, and spans of them.
import type { Token } from '../nlp.js';
import type { Sentence } from '../segment.js';
import type { Span } from '../schema.js';

export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  first: number;
  last: number;
  /** Last token that is not closing punctuation. */
  lastWord: number;
  quoted(i: number): boolean;
  span(s: number, e: number): Span;
  /** Attributions found so far by earlier rules; no sentence gets more than MAX_ATTRIBUTIONS. */
  spent: number;
}

/** Real sentences carry a handful of attributions; the cap keeps pathological input linear. */
export const MAX_ATTRIBUTIONS = 24;

const CLOSING = new Set(['.', '!', '?', '…', '”', '"', '’', "'", ')', ']', ',', ';', ':']);

export function viewOf(text: string, tokens: readonly Token[], sentence: Sentence): SentenceView {
  const { first, last, quotes } = sentence;
  const quotedMask: boolean[] = [];
  let q = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) break;
    while (q < quotes.length && (quotes[q]?.[1] ?? 0) <= t.start) q++;
    const range = quotes[q];
    quotedMask.push(!!range && range[0] <= t.start && t.end <= range[1]);
  }
  let lastWord = last;
  while (lastWord > first && CLOSING.has(tokens[lastWord]?.text ?? '')) lastWord--;
  return {
    text,
    tokens,
    sentence,
    first,
    last,
    lastWord,
    spent: 0,
    quoted: (i) => quotedMask[i - first] === true,
    span: (s, e) => {
      const start = tokens[s]?.start ?? 0;
      const end = tokens[e]?.end ?? start;
      return { text: text.slice(start, end), start, end };
    },
  };
}
