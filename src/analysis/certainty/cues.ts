// Finds the hedge and denial cues in one sentence. Word lists live in lexicon/hedges.ts; this file holds
// the context rules that tell a hedge from the same word used otherwise ("may" the month, "could" of
// ability, "would" of reported speech, "expected" of an event that happened).
import { isVerbal, type Token } from '../nlp.js';
import type { Span } from '../schema.js';
import {
  ATTEMPT_VERBS_AFTER_COULD_BE,
  BELIEVED_OBJECTS,
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
  HEARSAY_NOUNS,
  RAISED_REPORT_VERBS,
  IF_SET_PHRASE_NEXT,
  LOOKING_AHEAD,
  MEASURE_WORDS,
  NEGATIVE_SUBJECTS,
  NOUN_DETERMINERS,
  OUTCOME_VERBS_AFTER_SHOULD,
  POSSIBILITY_MODALS,
  REFUSAL_VERBS,
  SPEECH_ACT_HEDGES,
  SUBJECT_PRONOUNS,
  THAT_CLAUSE_NOUNS,
  UNREALIZED_BEFORE,
  EXPECTED_WHEN,
  THOUGHT_NOUN_BEFORE,
  VOLITION_AFTER_WOULD,
  WITHHELD_NOUNS,
  WH_WORDS,
  type CueSense,
  UNTIL_TIME_WORDS,
} from '../lexicon/hedges.js';
import {
  afterBe,
  asksIf,
  clauseOpener,
  frameTense,
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
const EPISTEMIC_PROBABLE: CueSense = { type: 'epistemic', level: 'probable' };
const DOXASTIC_PROBABLE: CueSense = { type: 'doxastic', level: 'probable' };
const DENIAL: CueSense = { type: 'denial', level: 'denied' };

/** How far after "see"/"dismiss" the "as" or the claim noun may come ("seen by many as"). */
const OBJECT_WINDOW = 5;
/** How far after "until" its clause's verb may come ("until a more lasting peace deal is"). */
const UNTIL_CLAUSE_WINDOW = 8;
/** How far back a look-back over the sentence goes; bounds the work on run-on sentences. */
const LOOK_BACK_WINDOW = 40;

const PHRASES_BY_FIRST = new Map<string, Array<(typeof HEDGE_PHRASES)[number]>>();
for (const p of HEDGE_PHRASES) {
  const first = p.words[0] ?? '';
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), p]);
}


/** Every word (token text or lemma) a rule below can start from; all other tokens are skipped at once. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...POSSIBILITY_MODALS, ...CONDITIONALS, ...HEDGE_ADVERBS.keys(), ...HEDGE_ADJECTIVES.keys(),
  ...HEDGE_NOUNS.keys(), ...THAT_CLAUSE_NOUNS.keys(), ...HEDGE_VERBS.keys(), ...DENIAL_VERBS,
  ...DISMISSAL_VERBS, ...PHRASES_BY_FIRST.keys(), ...RAISED_REPORT_VERBS,
  'should', 'whether', 'until', 'were', 'thought', 'see', 'question',
]);

/** Marks tokens [first, last] as taken by a cue and records it. */
function addCue(cues: Cue[], taken: Uint8Array, first: number, last: number, sense: CueSense): void {
  taken.fill(1, first, last + 1);
  cues.push({ first, last, sense });
}

export function findCues(tokens: readonly Token[], attributionCues: readonly Span[]): Cue[] {
  const cues: Cue[] = [];
  const taken = new Uint8Array(tokens.length);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i] || (!TRIGGERS.has(t.lower) && (t.lemma === t.lower || !TRIGGERS.has(t.lemma)))) continue;
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      addCue(cues, taken, i, i + phrase.words.length - 1, phrase.sense);
      continue;
    }
    const sense = wordSense(tokens, i);
    if (sense) addCue(cues, taken, i, i, sense);
  }

  // "would" and "will" hedge as the consequence of a condition; "would" alone as a hypothesis.
  // "even if" concedes: the main clause holds either way.
  let conditional = false;
  for (const c of cues) if (c.sense.type === 'conditional' && lowerAt(tokens, c.first - 1) !== 'even') conditional = true;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || posAt(tokens, i) !== 'AUX') continue;
    const w = lowerAt(tokens, i);
    if (w === 'would' ? wouldHedges(tokens, i, conditional, attributionCues) : conditional && isFutureWill(tokens, i)) {
      addCue(cues, taken, i, i, CONDITIONAL);
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
  if (w === 'should') return shouldForecasts(tokens, i) ? EPISTEMIC_PROBABLE : null;
  if (CONDITIONALS.has(w)) return conditionalSense(tokens, i);
  // "a test of whether", "a decision on whether": the open question sits inside a noun phrase.
  if (w === 'whether') return posAt(tokens, i - 1) === 'ADP' ? null : INVESTIGATION;
  if (w === 'until') return untilIsCondition(tokens, i) ? CONDITIONAL : null;
  if (w === 'were' && invertedWereTo(tokens, i)) return CONDITIONAL;
  // "likely" as adjective or adverb alike; "not likely" leaves only a possibility.
  if (w === 'likely') {
    if (measuredRisk(tokens, i)) return null;
    return negatedBefore(tokens, i) ? EPISTEMIC_POSSIBLE : (HEDGE_ADVERBS.get(w) ?? null);
  }
  if (t.pos === 'ADV') return HEDGE_ADVERBS.get(w) ?? null;
  if (t.pos === 'ADJ' || attributive(tokens, i)) return adjectiveSense(tokens, i);
  if (t.pos === 'NOUN') return nounSense(tokens, i);
  if (t.pos === 'VERB') return verbSense(tokens, i);
  return null;
}

/** A negative subject in the modal's clause: "Nobody in that room could explain". */
function negativeSubject(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - OBJECT_WINDOW && !isBoundary(tokens, j); j--) {
    if (NEGATIVE_SUBJECTS.has(lowerAt(tokens, j))) return true;
  }
  return false;
}

/** Parts of speech that cannot follow a modal: "military might in the parade" is the noun. */
const NOT_AFTER_MODAL: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET']);

/** wink tags some participles before a noun as nouns or verbs: "the accused driver". */
function attributive(tokens: readonly Token[], i: number): boolean {
  const next = posAt(tokens, i + 1);
  return posAt(tokens, i - 1) === 'DET' && (next === 'NOUN' || next === 'PROPN') && HEDGE_ADJECTIVES.has(lowerAt(tokens, i));
}

/** "16 percent more likely", "twice as likely": a finding about risk, not a hedge on the claim. */
function measuredRisk(tokens: readonly Token[], i: number): boolean {
  const prev = lowerAt(tokens, i - 1);
  if (prev !== 'more' && prev !== 'less' && prev !== 'as') return false;
  const measure = tokens[i - 2];
  return !!measure && (measure.pos === 'NUM' || MEASURE_WORDS.has(measure.lower));
}

/** "may", "might", "could" as epistemic modals, not the month, "its might", or past ability. */
function modalHedges(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isVerbal(t.pos) || NOUN_DETERMINERS.has(lowerAt(tokens, i - 1))) return false;
  // A modal is followed by its verb; "Well may we say", "Could you ...": an inverted modal wishes or asks.
  const after = nextContent(tokens, i);
  const next = tokens[after];
  if (!next || NOT_AFTER_MODAL.has(next.pos) || (next.pos === 'PUNCT' && next.lower !== ',')) return false;
  if (SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'it') return false;
  if (t.lower === 'could') {
    // "could not be reached", "nobody could explain", "could be reached for comment": past (in)ability.
    if (negatedAfter(tokens, i) || negativeSubject(tokens, i)) return false;
    if (lowerAt(tokens, i + 1) === 'be' && ATTEMPT_VERBS_AFTER_COULD_BE.has(tokens[i + 2]?.lemma ?? '')) return false;
  }
  const opener = clauseOpener(tokens, i);
  return opener !== 'wh' && opener !== 'purpose' && opener !== 'as';
}

/**
 * "should" as a forecast ("the move should improve liquidity"), not a duty ("he should have been"), nor
 * an inverted condition inside a noun phrase ("his safety should he lose power").
 */
function shouldForecasts(tokens: readonly Token[], i: number): boolean {
  if (posAt(tokens, i) !== 'AUX' || posAt(tokens, i + 1) === 'PRON') return false;
  const verb = tokens[nextContent(tokens, i)];
  return OUTCOME_VERBS_AFTER_SHOULD.has(verb?.lemma ?? '');
}

function conditionalSense(tokens: readonly Token[], i: number): CueSense | null {
  const next = lowerAt(tokens, i + 1);
  if (lowerAt(tokens, i) === 'if') {
    if (IF_SET_PHRASE_NEXT.has(next) || lowerAt(tokens, i - 1) === 'as') return null;
    // "would not say if": an indirect question, like "whether".
    for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
      if (asksIf(tokens[j])) return INVESTIGATION;
      if (posAt(tokens, j) !== 'ADV' && posAt(tokens, j) !== 'PART') break;
    }
  }
  return CONDITIONAL;
}

/**
 * "until the market settles": a condition, when a clause follows or the main clause looks ahead ("will
 * not resume until ..."); "until 1994", "until now": a time.
 */
function untilIsCondition(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.pos === 'NUM' || next.pos === 'ADV' || isBoundary(tokens, i + 1)) return false;
  // "until Friday", "until the end of March", "until further notice": a time; a clause after it still sets a condition.
  const word = next.lower === 'the' || next.lower === 'at' ? tokens[i + 2] : next;
  if (UNTIL_TIME_WORDS.has(word?.lower ?? '') && !clauseAfter(tokens, i)) return false;
  for (let j = i + 2; j <= i + UNTIL_CLAUSE_WINDOW && !isBoundary(tokens, j); j++) {
    if (isVerbal(posAt(tokens, j)) && !afterDeterminer(tokens, j, i)) return true;
  }
  for (let j = Math.max(0, i - LOOK_BACK_WINDOW); j < i; j++) if (LOOKING_AHEAD.has(lowerAt(tokens, j))) return true;
  return false;
}

/** A verb within the stretch after "until" at `i`: "until the end of the talks is agreed". */
function clauseAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 2; j <= i + UNTIL_CLAUSE_WINDOW && !isBoundary(tokens, j); j++) if (isVerbal(posAt(tokens, j))) return true;
  return false;
}

/** "until the very end": wink may tag a noun after a determiner and its modifiers as a verb. */
function afterDeterminer(tokens: readonly Token[], j: number, from: number): boolean {
  let k = j - 1;
  while (k > from && (posAt(tokens, k) === 'ADV' || posAt(tokens, k) === 'ADJ')) k--;
  return k > from && posAt(tokens, k) === 'DET';
}

/** "Were he to lose power, ...": an inverted condition opening the sentence. */
function invertedWereTo(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && !(i === 1 && isBoundary(tokens, 0))) return false;
  const subject = posAt(tokens, i + 1);
  if (subject !== 'PRON' && subject !== 'PROPN' && subject !== 'DET' && subject !== 'NOUN') return false;
  for (let j = i + 2; j <= i + 4; j++) if (lowerAt(tokens, j) === 'to') return true;
  return false;
}

function adjectiveSense(tokens: readonly Token[], i: number): CueSense | null {
  const w = lowerAt(tokens, i);
  const sense = HEDGE_ADJECTIVES.get(w);
  if (!sense) return null;
  // "its full potential", "the potential to cause harm": the noun, a capacity ("the potential for" is a chance).
  if (w === 'potential') {
    const next = lowerAt(tokens, i + 1);
    if (isBoundary(tokens, i + 1) || next === 'to' || (posAt(tokens, i + 1) === 'ADP' && next !== 'for')) return null;
  }
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
  // "on suspicion of": the legal formula; "a belief in": a conviction; "assumption of debt": a takeover.
  if ((lemma === 'suspicion' && prev === 'on') || (lemma === 'belief' && next === 'in')) return null;
  if (lemma === 'assumption' && next === 'of') return null;
  // wink tags "thought" in "experts thought was" as a noun; a subject before and a verb after make it one.
  if (lemma === 'thought' && isSubject(tokens, i - 1) && isVerbal(posAt(tokens, i + 1))) return DOXASTIC_PROBABLE;
  // "refused to comment on the speculation": talk the sentence only names, with nothing it says in the clause.
  if (HEARSAY_NOUNS.has(lemma) && isBoundary(tokens, i + 1)) return null;
  const sense = HEDGE_NOUNS.get(lemma);
  if (sense) return sense;
  return next === 'that' ? (THAT_CLAUSE_NOUNS.get(lemma) ?? null) : null;
}

function isSubject(tokens: readonly Token[], i: number): boolean {
  const pos = posAt(tokens, i);
  return pos === 'NOUN' || pos === 'PROPN' || SUBJECT_PRONOUNS.has(lowerAt(tokens, i));
}

function verbSense(tokens: readonly Token[], i: number): CueSense | null {
  const t = tokens[i];
  if (!t) return null;
  const lemma = t.lemma;
  if (DENIAL_VERBS.has(lemma) || DISMISSAL_VERBS.has(lemma)) return denialSense(tokens, i);
  if (lemma === 'see') return seenAs(tokens, i) ? DOXASTIC_PROBABLE : null;
  if (RAISED_REPORT_VERBS.has(t.lower) && afterBe(tokens, i) && lowerAt(tokens, i + 1) === 'to') return DOXASTIC_PROBABLE;
  if (lemma === 'question') return asksQuestion(tokens, i) ? INVESTIGATION : null;
  const sense = HEDGE_VERBS.get(lemma);
  if (!sense) return null;
  if (SPEECH_ACT_HEDGES.has(lemma) && negatedBefore(tokens, i)) return null;
  return verbFilter(tokens, i) ? sense : null;
}

/** The words between "than" and a hedge verb: "than [many had] predicted", "than [first] feared". */
const THAN_GAP = 3;

/** "worse than feared", "further than many had predicted": the outcome is measured against an earlier belief. */
function comparedWithBelief(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - THAN_GAP); k--) {
    if (lowerAt(tokens, k) === 'than') return true;
    if (isBoundary(tokens, k) || posAt(tokens, k) === 'VERB') return false;
  }
  return false;
}

/** Context filters for hedge verbs that also have a plain sense. */
function verbFilter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = lowerAt(tokens, i - 1);
  const next = lowerAt(tokens, i + 1);
  const nextEnds = isBoundary(tokens, i + 1);
  const gerund = t.lower.endsWith('ing');
  if (comparedWithBelief(tokens, i)) return false;
  // wink sometimes tags a noun as a verb after a determiner or a participle: "an indicted suspect".
  const prevPos = posAt(tokens, i - 1);
  if (prevPos === 'DET' || (prevPos === 'VERB' && !gerund && t.lemma === 'suspect')) return false;
  switch (t.lemma) {
    case 'think':
      // "think of", "a lot of thinking", "after a lot of thought": considering, not believing.
      if (t.lower === 'thought' && (prevPos === 'ADJ' || THOUGHT_NOUN_BEFORE.has(prev))) return false;
      return next !== 'of' && next !== 'about' && !(gerund && (nextEnds || prevPos === 'ADP'));
    case 'believe':
      // "in you we believe", "nobody believes this": faith or credence in a statement, not a belief that.
      if (next === 'in') return false;
      if (nextEnds) return trailingReport(tokens, i);
      return !BELIEVED_OBJECTS.has(next) || isVerbal(posAt(tokens, i + 2));
    case 'suspect':
      // "are suspected of theft", "I suspect it will"; not "a suspect in the case", "the economy is suspect".
      if (afterBe(tokens, i)) return !nextEnds;
      return !nextEnds && posAt(tokens, i + 1) !== 'ADP';
    case 'expect':
    case 'anticipate': {
      // "as expected", "lower-than-anticipated", "the sale had been expected.": the event is no longer in doubt.
      const before = prev === '-' ? lowerAt(tokens, i - 2) : prev;
      if (before === 'as' || before === 'than' || nextEnds) return false;
      // "A decision is expected by Friday", "is expected later this week": when it will happen is a forecast.
      return gerund || !afterBe(tokens, i) || next === 'to' || next === 'that' || EXPECTED_WHEN.has(next);
    }
    case 'assume':
      // "assumed that the attack would be easy"; not "assumed the role", "assuming $1 billion of debt".
      return next === 'that' || (!gerund && afterBe(tokens, i) && (next === 'to' || prev === 'is' || prev === 'was'));
    case 'project':
      // "is projected to win", "projects that"; not "projected onto a screen", "projected an image".
      return next === 'to' || next === 'that';
    case 'predict':
    case 'forecast':
      // "forecasting demand": a noun-like gerund, unless progressive ("are predicting").
      return !gerund || afterBe(tokens, i);
    case 'consider':
      // "is considering a bid", "considered seeking control", "will consider the role": deliberating.
      return !gerund && !next.endsWith('ing') && !nextEnds && !UNREALIZED_BEFORE.has(prev);
    case 'appear':
      return next === 'to' || next === 'that' || (prev === 'it' && nextEnds);
    case 'estimate':
      // "estimated that", "is estimated to"; not "estimated at $4 billion", "an estimated 2%".
      return next === 'that' || next === 'to';
    default:
      return true;
  }
}

/** "..., Ukraine believes.": the verb and its subject trail the clause they report. */
function trailingReport(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - OBJECT_WINDOW; j--) {
    const pos = posAt(tokens, j);
    if (isBoundary(tokens, j)) return j < i - 1;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'PRON' && pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return false;
}

/** "questioned how much", "questioned whether": an open question. */
function asksQuestion(tokens: readonly Token[], i: number): boolean {
  const next = lowerAt(tokens, i + 1);
  return WH_WORDS.has(next) || next === 'whether' || next === 'if';
}

/** "is widely seen as", "see the vote as": a view, not a sighting. */
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
  // "to deny", "could deny": an intention or a hypothesis, not a denial made.
  if (UNREALIZED_BEFORE.has(lowerAt(tokens, i - 1))) return null;
  if (DENIAL_VERBS.has(t.lemma) && t.lemma !== 'deny') return DENIAL;
  for (let j = i + 1; j <= i + OBJECT_WINDOW && !isBoundary(tokens, j); j++) {
    const tj = tokens[j];
    if (!tj) break;
    if (tj.lower === 'that' || CLAIM_NOUNS.has(tj.lemma)) return DENIAL;
    if (WITHHELD_NOUNS.has(tj.lemma)) return null;
  }
  // "deny" needs no claim noun ("denied wrongdoing", "which he denies"); "reject" and "dispute" do.
  return t.lemma === 'deny' && !t.lower.endsWith('ing') ? DENIAL : null;
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
  attributionCues: readonly Span[],
): boolean {
  const after = nextContent(tokens, i);
  const verb = tokens[after];
  // "I would," she said: an elliptical yes; "would rather", "would like": a wish.
  if (isBoundary(tokens, after) || VOLITION_AFTER_WOULD.has(verb?.lower ?? '')) return false;
  if (VOLITION_AFTER_WOULD.has(lowerAt(tokens, i + 1))) return false;
  if (negatedAfter(tokens, i) && REFUSAL_VERBS.has(verb?.lemma ?? '')) return false;
  const opener = clauseOpener(tokens, i);
  if (opener === 'condition') return true;
  if (opener === 'wh' || opener === 'relative' || opener === 'as' || opener === 'purpose') return false;
  if (conditional) return true;
  // "would have received": a past counterfactual; "Under the plan, holders would receive": the terms.
  if (verb?.lower === 'have' || lowerAt(tokens, 0) === 'under') return false;
  return frameTense(tokens, i, attributionCues) !== 'past';
}

/** "will" or "wo(n't)" as the consequence of a condition in the same sentence. */
function isFutureWill(tokens: readonly Token[], i: number): boolean {
  const w = lowerAt(tokens, i);
  if (w !== 'will' && w !== 'wo' && w !== "'ll") return false;
  const opener = clauseOpener(tokens, i);
  return opener !== 'wh' && opener !== 'relative';
}
