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

class View implements SentenceView {
  spent = 0;
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
    readonly first: number,
    readonly last: number,
    readonly lastWord: number,
    private readonly quotedMask: readonly boolean[] | null,
  ) {}

  quoted(i: number): boolean {
    return this.quotedMask !== null && this.quotedMask[i - this.first] === true;
  }

  span(s: number, e: number): Span {
    const start = this.tokens[s]?.start ?? 0;
    const end = this.tokens[e]?.end ?? start;
    return { text: this.text.slice(start, end), start, end };
  }
}

/**
 * The tokens of one sentence that rules have already taken for an attribution, so later rules leave them
 * alone. A byte per token of the sentence: rules ask about every token, and a Set of numbers cost a hash
 * lookup each time. A token outside the sentence is kept in a Set.
 */
export class TakenTokens {
  private readonly marks: Uint8Array;
  private outside: Set<number> | null = null;

  constructor(
    private readonly first: number,
    last: number,
  ) {
    this.marks = new Uint8Array(Math.max(0, last - first + 1));
  }

  has(i: number): boolean {
    const k = i - this.first;
    if (k >= 0 && k < this.marks.length) return this.marks[k] === 1;
    return this.outside !== null && this.outside.has(i);
  }

  add(i: number): void {
    const k = i - this.first;
    if (k >= 0 && k < this.marks.length) this.marks[k] = 1;
    else (this.outside ??= new Set()).add(i);
  }
}

export function viewOf(text: string, tokens: readonly Token[], sentence: Sentence): SentenceView {
  const { first, last, quotes } = sentence;
  let quotedMask: boolean[] | null = null;
  if (quotes.length > 0) {
    quotedMask = [];
    let q = 0;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (!t) break;
      while (q < quotes.length && (quotes[q]?.[1] ?? 0) <= t.start) q++;
      const range = quotes[q];
      quotedMask.push(!!range && range[0] <= t.start && t.end <= range[1]);
    }
  }
  let lastWord = last;
  while (lastWord > first && CLOSING.has(tokens[lastWord]?.text ?? '')) lastWord--;
  return new View(text, tokens, sentence, first, last, lastWord, quotedMask);
}
