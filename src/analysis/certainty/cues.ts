// Finds the hedge and denial cues in one sentence. Word lists live in lexicon/hedges.ts; this file holds
// the context rules that tell a hedge from the same word used otherwise ("may" the month, "could" of
// ability, "would" of reported speech, "expected" of an event that happened).
import type { Token } from '../nlp.js';
import {
  APPREHENSION_NOUNS,
  CLAIM_NOUNS,
  CONDITIONALS,
  DENIAL_VERBS,
  DISMISSAL_VERBS,
  FUTURE_ROLE_NOUNS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  HEDGE_NOUNS,
  HEDGE_PHRASES,
  HEDGE_VERBS,
  IF_SET_PHRASE_NEXT,
  INVESTIGATION_IF_HEADS,
  POSSIBILITY_MODALS,
  REFUSAL_VERBS,
  SPEECH_ACT_HEDGES,
  VOLITION_AFTER_WOULD,
  type CueSense,
} from '../lexicon/hedges.js';
import {
  afterBe,
  clauseOpener,
  frameBefore,
  isBoundary,
  lowerAt,
  negatedAfter,
  negatedBefore,
  nextContent,
  posAt,
} from './context.js';

/** A cue over tokens [first, last] of the sentence. */
export interface Cue {
  first: number;
  last: number;
  sense: CueSense;
}

const CONDITIONAL: CueSense = { type: 'conditional', level: 'possible' };
const INVESTIGATION: CueSense = { type: 'investigation', level: 'possible' };
const EPISTEMIC_POSSIBLE: CueSense = { type: 'epistemic', level: 'possible' };
const DOXASTIC_PROBABLE: CueSense = { type: 'doxastic', level: 'probable' };
const DENIAL: CueSense = { type: 'denial', level: 'denied' };

/** How far after "see"/"dismiss" the "as" or the claim noun may come ("seen by many as"). */
const OBJECT_WINDOW = 5;
/** How far after "until" its clause's verb may come ("until market conditions warrant it"). */
const UNTIL_CLAUSE_WINDOW = 6;

const PHRASES_BY_FIRST = new Map<string, Array<(typeof HEDGE_PHRASES)[number]>>();
for (const p of HEDGE_PHRASES) {
  const first = p.words[0] ?? '';
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), p]);
}

const isVerbal = (pos: string): boolean => pos === 'VERB' || pos === 'AUX';

export function findCues(tokens: readonly Token[], inCue: (t: Token) => boolean): Cue[] {
  const cues: Cue[] = [];
  const taken = new Set<number>();
  const add = (first: number, last: number, sense: CueSense): void => {
    for (let k = first; k <= last; k++) taken.add(k);
    cues.push({ first, last, sense });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      add(i, i + phrase.words.length - 1, phrase.sense);
      continue;
    }
    const sense = wordSense(tokens, i);
    if (sense) add(i, i, sense);
  }

  // "would" and "will" hedge as the consequence of a condition; "would" alone as a hypothesis.
  const conditional = cues.some((c) => c.sense.type === 'conditional');
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || posAt(tokens, i) !== 'AUX') continue;
    const w = lowerAt(tokens, i);
    if (w === 'would' ? wouldHedges(tokens, i, conditional, inCue) : conditional && isFutureWill(tokens, i)) {
      add(i, i, CONDITIONAL);
    }
  }
  return cues.sort((a, b) => a.first - b.first);
}

function phraseAt(tokens: readonly Token[], i: number): (typeof HEDGE_PHRASES)[number] | null {
  for (const p of PHRASES_BY_FIRST.get(lowerAt(tokens, i)) ?? []) {
    if (p.words.every((w, k) => lowerAt(tokens, i + k) === w)) return p;
  }
  return null;
}

function wordSense(tokens: readonly Token[], i: number): CueSense | null {
  const t = tokens[i];
  if (!t) return null;
  const w = t.lower;
  if (POSSIBILITY_MODALS.has(w)) return modalHedges(tokens, i) ? EPISTEMIC_POSSIBLE : null;
  if (CONDITIONALS.has(w)) return conditionalSense(tokens, i);
  if (w === 'whether') return INVESTIGATION;
  if (w === 'until') return untilIsCondition(tokens, i) ? CONDITIONAL : null;
  if (w === 'were' && invertedWereTo(tokens, i)) return CONDITIONAL;
  if (w === 'likely') return negatedBefore(tokens, i) ? EPISTEMIC_POSSIBLE : (HEDGE_ADVERBS.get(w) ?? null);
  if (t.pos === 'ADV') return HEDGE_ADVERBS.get(w) ?? null;
  if (t.pos === 'ADJ') return adjectiveSense(tokens, i);
  if (t.pos === 'NOUN') return nounSense(tokens, i);
  if (t.pos === 'VERB') return verbSense(tokens, i);
  return null;
}

/** "may", "might", "could" as epistemic modals, not the month, "military might", or past ability. */
function modalHedges(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isVerbal(t.pos)) return false;
  // "could not be reached", "could n't say": past inability, not a possibility.
  if (t.lower === 'could' && negatedAfter(tokens, i)) return false;
  const opener = clauseOpener(tokens, i);
  return opener !== 'wh' && opener !== 'purpose' && opener !== 'as';
}

function conditionalSense(tokens: readonly Token[], i: number): CueSense | null {
  const next = lowerAt(tokens, i + 1);
  if (lowerAt(tokens, i) === 'if') {
    if (IF_SET_PHRASE_NEXT.has(next) || lowerAt(tokens, i - 1) === 'as') return null;
    // "would not say if": an indirect question, like "whether".
    for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
      if (INVESTIGATION_IF_HEADS.has(tokens[j]?.lemma ?? '')) return INVESTIGATION;
      if (posAt(tokens, j) !== 'ADV' && posAt(tokens, j) !== 'PART') break;
    }
  }
  return CONDITIONAL;
}

/** "until the market settles": a condition; "until 1994", "until now": a time. */
function untilIsCondition(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.pos === 'NUM' || next.pos === 'ADV' || next.pos === 'PROPN') return false;
  for (let j = i + 2; j <= i + UNTIL_CLAUSE_WINDOW && !isBoundary(tokens, j); j++) {
    if (isVerbal(posAt(tokens, j))) return true;
  }
  return false;
}

/** "Were he to lose power": an inverted condition at the head of a clause. */
function invertedWereTo(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && !isBoundary(tokens, i - 1)) return false;
  for (let j = i + 2; j <= i + 4; j++) if (lowerAt(tokens, j) === 'to') return true;
  return false;
}

function adjectiveSense(tokens: readonly Token[], i: number): CueSense | null {
  const w = lowerAt(tokens, i);
  const sense = HEDGE_ADJECTIVES.get(w);
  if (!sense) return null;
  if (w === 'possible' || w === 'potential') {
    if (FUTURE_ROLE_NOUNS.has(tokens[i + 1]?.lemma ?? '')) return null;
    // "as soon as possible", "the fastest possible", "all means possible", "if possible", "made possible".
    const prev = lowerAt(tokens, i - 1);
    if (prev.endsWith('est') || prev === 'most' || prev === 'if' || prev === 'where' || prev === 'whenever') return null;
    for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
      const l = tokens[j]?.lemma;
      if (l === 'as' || l === 'all' || l === 'make') return null;
    }
  }
  return sense;
}

function nounSense(tokens: readonly Token[], i: number): CueSense | null {
  const lemma = tokens[i]?.lemma ?? '';
  const prev = lowerAt(tokens, i - 1);
  const next = lowerAt(tokens, i + 1);
  // "on suspicion of": the legal formula, "a belief in": a conviction.
  if ((lemma === 'suspicion' && prev === 'on') || (lemma === 'belief' && next === 'in')) return null;
  const sense = HEDGE_NOUNS.get(lemma);
  if (sense) return sense;
  return APPREHENSION_NOUNS.has(lemma) && next === 'that' ? EPISTEMIC_POSSIBLE : null;
}

function verbSense(tokens: readonly Token[], i: number): CueSense | null {
  const t = tokens[i];
  if (!t) return null;
  const lemma = t.lemma;
  if (DENIAL_VERBS.has(lemma) || DISMISSAL_VERBS.has(lemma)) return denialSense(tokens, i);
  if (lemma === 'see') return seenAs(tokens, i) ? DOXASTIC_PROBABLE : null;
  const sense = HEDGE_VERBS.get(lemma);
  if (!sense) return null;
  if (SPEECH_ACT_HEDGES.has(lemma) && negatedBefore(tokens, i)) return null;
  return verbFilter(tokens, i) ? sense : null;
}

/** Context filters for hedge verbs that also have a plain sense. */
function verbFilter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = lowerAt(tokens, i - 1);
  const next = lowerAt(tokens, i + 1);
  const nextEnds = isBoundary(tokens, i + 1);
  switch (t.lemma) {
    case 'think':
      return next !== 'of' && next !== 'about';
    case 'believe':
      return next !== 'in';
    case 'expect':
      // "as expected", "than expected", "the sale had been expected.": the event is no longer in doubt.
      if (prev === 'as' || prev === 'than' || nextEnds) return false;
      return !afterBe(tokens, i) || next === 'to' || next === 'that';
    case 'consider':
      // "is considering a bid", "considered seeking control": deliberating, not believing.
      return !t.lower.endsWith('ing') && !lowerAt(tokens, i + 1).endsWith('ing') && !nextEnds;
    case 'appear':
      return next === 'to' || next === 'that' || (prev === 'it' && nextEnds);
    case 'estimate':
      return next === 'that' || next === 'to' || prev === 'is' || prev === 'was';
    case 'accuse':
      // "a warrant accusing him of": the document's charge is reported, not hedged.
      return !t.lower.endsWith('ing');
    default:
      return true;
  }
}

/** "is widely seen as", "see this process as": a view, not a sighting. */
function seenAs(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + OBJECT_WINDOW && !isBoundary(tokens, j); j++) {
    if (lowerAt(tokens, j) === 'as') return true;
    if (isVerbal(posAt(tokens, j))) return false;
  }
  return false;
}

/** "denied the reports", "rejected claims that": a denial of a claim, not "rejected the offer". */
function denialSense(tokens: readonly Token[], i: number): CueSense | null {
  const t = tokens[i];
  if (!t || negatedBefore(tokens, i) || afterBe(tokens, i)) return null;
  // "declined to confirm or deny": no denial was made.
  if ((lowerAt(tokens, i - 1) === 'or' || lowerAt(tokens, i - 1) === 'nor') && lowerAt(tokens, i - 2) === 'confirm') {
    return null;
  }
  if (DENIAL_VERBS.has(t.lemma) && t.lemma !== 'deny') return DENIAL;
  if (t.lemma === 'deny' && !t.lower.endsWith('ing')) return DENIAL;
  for (let j = i + 1; j <= i + OBJECT_WINDOW && !isBoundary(tokens, j); j++) {
    const tj = tokens[j];
    if (!tj) break;
    if (tj.lower === 'that' || CLAIM_NOUNS.has(tj.lemma)) return DENIAL;
  }
  return null;
}

/**
 * "would" as a hypothesis. Not when it reports a past statement ("said it would"), asks ("what Xi would
 * gain"), relates ("a plant that would produce"), compares ("as many would say"), wishes ("would like"),
 * refuses ("would not comment") or looks back ("would have").
 */
function wouldHedges(
  tokens: readonly Token[],
  i: number,
  conditional: boolean,
  inCue: (t: Token) => boolean,
): boolean {
  const after = nextContent(tokens, i);
  const verb = tokens[after];
  if (VOLITION_AFTER_WOULD.has(verb?.lower ?? '')) return false;
  if (negatedAfter(tokens, i) && REFUSAL_VERBS.has(verb?.lemma ?? '')) return false;
  const opener = clauseOpener(tokens, i);
  if (opener === 'condition') return true;
  if (opener === 'wh' || opener === 'relative' || opener === 'as' || opener === 'purpose') return false;
  if (conditional) return true;
  if (verb?.lower === 'have') return false;
  const frame = frameBefore(tokens, i, inCue);
  return !frame || !frame.past;
}

/** "will" or "wo(n't)" as the consequence of a condition in the same sentence. */
function isFutureWill(tokens: readonly Token[], i: number): boolean {
  const w = lowerAt(tokens, i);
  if (w !== 'will' && w !== 'wo' && w !== "'ll") return false;
  const opener = clauseOpener(tokens, i);
  return opener !== 'wh' && opener !== 'relative';
}
