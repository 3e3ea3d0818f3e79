// Small look-arounds over one sentence's tokens that the hedge rules share. Each looks at a bounded
// window, so a sentence is scanned in linear time.
import type { Token } from '../nlp.js';
import type { Span } from '../schema.js';
import {
  BE_FORMS,
  CONDITIONALS,
  FRAME_VERBS,
  HAVE_FORMS,
  INVESTIGATION_IF_HEADS,
  IRREGULAR_PAST_FRAMES,
  NEGATORS,
  RELATIVE_WORDS,
  WH_WORDS,
} from '../lexicon/hedges.js';

/** How far back a clause opener ("what", "that", "as") may sit from the modal it governs. */
const OPENER_WINDOW = 8;
/** How far back the verb framing a reported clause may be; bounds the work on run-on sentences. */
const FRAME_WINDOW = 40;
/** How many negators and adverbs may stand between a modal and its verb. */
const SKIP_WINDOW = 4;

export const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
export const posAt = (tokens: readonly Token[], i: number): string => tokens[i]?.pos ?? '';

export const isBoundary = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return !t || (t.pos === 'PUNCT' && t.lower !== '-' && t.lower !== '–');
};

/** Negated by "not"/"n't"/"never" just before, allowing one auxiliary or adverb between ("did not say"). */
export function negatedBefore(tokens: readonly Token[], i: number): boolean {
  if (NEGATORS.has(lowerAt(tokens, i - 1))) return true;
  const between = posAt(tokens, i - 1);
  return (between === 'ADV' || between === 'AUX' || between === 'PART') && NEGATORS.has(lowerAt(tokens, i - 2));
}

/** Negated by "not"/"n't" right after: "could not", "would n't". */
export function negatedAfter(tokens: readonly Token[], i: number): boolean {
  return NEGATORS.has(lowerAt(tokens, i + 1));
}

/** A passive or progressive verb: a form of "be" just before, allowing one adverb between ("is widely seen"). */
export function afterBe(tokens: readonly Token[], i: number): boolean {
  if (BE_FORMS.has(lowerAt(tokens, i - 1))) return true;
  return posAt(tokens, i - 1) === 'ADV' && BE_FORMS.has(lowerAt(tokens, i - 2));
}

/** The index of the first content word after i, skipping a few negators and adverbs ("would not likely"). */
export function nextContent(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < i + SKIP_WINDOW && (NEGATORS.has(lowerAt(tokens, j)) || posAt(tokens, j) === 'ADV')) j++;
  return j;
}

/** A head that makes a following "if" a question: "asked if", "to say if", not "said if". */
export function asksIf(t: Token | undefined): boolean {
  if (!t || !INVESTIGATION_IF_HEADS.has(t.lemma)) return false;
  return (t.lemma !== 'say' && t.lemma !== 'tell') || t.lower === t.lemma;
}

export type Opener = 'wh' | 'relative' | 'as' | 'purpose' | 'condition' | null;

/**
 * What opens the clause a modal stands in, looking back until punctuation or a main verb: a question
 * word ("what Xi would gain", "whether", "say if"), a relative pronoun or a "that" after a noun ("a plant
 * that would produce"), comparative "as" ("as many would say"), purpose "so that", or a condition ("if").
 */
export function clauseOpener(tokens: readonly Token[], i: number): Opener {
  for (let j = i - 1; j >= 0 && j >= i - OPENER_WINDOW; j--) {
    const t = tokens[j];
    if (!t || isBoundary(tokens, j)) return null;
    if (WH_WORDS.has(t.lower) || t.lower === 'whether') return 'wh';
    if (RELATIVE_WORDS.has(t.lower)) return 'relative';
    if (CONDITIONALS.has(t.lower)) return asksIf(tokens[j - 1]) ? 'wh' : 'condition';
    if (t.lower === 'that') {
      if (lowerAt(tokens, j - 1) === 'so') return 'purpose';
      // "a plant that would produce", "assurances that the port would": a clause that hangs on a noun.
      return isNominal(posAt(tokens, j - 1)) ? 'relative' : null;
    }
    if (t.lower === 'as' && t.pos !== 'ADV') return 'as';
    if (t.pos === 'VERB') return null;
  }
  return null;
}

const isNominal = (pos: string): boolean =>
  pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || pos === 'PRON' || pos === 'DET';

/**
 * The tense of the nearest verb before i that frames reported speech or a decision ("said", "announced",
 * or a verb inside an attribution cue): "said it would" is future-in-past, "says it would" a hypothesis.
 */
export function frameTense(
  tokens: readonly Token[],
  i: number,
  attributionCues: readonly Span[],
): 'past' | 'present' | null {
  for (let j = i - 1; j >= 0 && j >= i - FRAME_WINDOW; j--) {
    const t = tokens[j];
    if (!t || t.pos !== 'VERB') continue;
    if (!FRAME_VERBS.has(t.lemma) && !insideAny(t, attributionCues)) continue;
    // A participle frame (", adding that he would") takes the tense of the report it hangs on: past.
    const participle = t.lower.endsWith('ing') && (lowerAt(tokens, j - 1) === ',' || lowerAt(tokens, j + 1) === 'that');
    const past =
      participle ||
      t.lower.endsWith('ed') ||
      IRREGULAR_PAST_FRAMES.has(t.lower) ||
      HAVE_FORMS.has(lowerAt(tokens, j - 1));
    return past ? 'past' : 'present';
  }
  return null;
}

const insideAny = (t: Token, spans: readonly Span[]): boolean => spans.some((c) => t.start >= c.start && t.end <= c.end);
