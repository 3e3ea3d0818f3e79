// Hedge words and the context words the certainty rules consult. Keys are lowercase token texts, or
// wink lemmas where the comment says so. The rules that decide when a word really hedges live in
// src/analysis/certainty/.
import type { HedgeType } from '../schema.js';

/** How strongly a cue weakens the claim it sits in. */
export type CueLevel = 'probable' | 'possible' | 'denied';

export interface CueSense {
  type: HedgeType;
  level: CueLevel;
}

const epistemic = (level: CueLevel): CueSense => ({ type: 'epistemic', level });
const doxastic = (level: CueLevel): CueSense => ({ type: 'doxastic', level });

/** Modal auxiliaries of possibility (token text). "can" is left out (mostly ability); "should" hedges only as a forecast. */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/** Adverbs that hedge wherever they stand (token text). */
export const HEDGE_ADVERBS: ReadonlyMap<string, CueSense> = new Map([
  ['probably', epistemic('probable')],
  ['likely', epistemic('probable')],
  ['presumably', epistemic('probable')],
  ['apparently', epistemic('probable')],
  ['seemingly', epistemic('probable')],
  ['perhaps', epistemic('possible')],
  ['maybe', epistemic('possible')],
  ['possibly', epistemic('possible')],
  ['potentially', epistemic('possible')],
  ['conceivably', epistemic('possible')],
  ['tentatively', epistemic('possible')],
  ['reportedly', doxastic('probable')],
  ['allegedly', doxastic('probable')],
  ['purportedly', doxastic('probable')],
  ['supposedly', doxastic('probable')],
  ['ostensibly', doxastic('probable')],
]);

/** Passive report verbs (token text) that pass a rumour on without its source: "is rumoured to be", "is understood to have".
 * Not "is said to": the Szeged annotators leave it unmarked. */
export const RAISED_REPORT_VERBS: ReadonlySet<string> = new Set([
  'rumoured', 'rumored', 'understood',
]);

/**
 * Adjectives of likelihood (token text); "possible" has its own filter for "as soon as possible".
 * "likely" is read from HEDGE_ADVERBS whichever part of speech wink gives it.
 */
export const HEDGE_ADJECTIVES: ReadonlyMap<string, CueSense> = new Map([
  ['probable', epistemic('probable')],
  ['unlikely', epistemic('possible')],
  ['improbable', epistemic('possible')],
  ['possible', epistemic('possible')],
  ['potential', epistemic('possible')],
  ['doubtful', epistemic('possible')],
  ['uncertain', epistemic('possible')],
  ['alleged', doxastic('probable')],
  ['rumored', doxastic('probable')],
  ['rumoured', doxastic('probable')],
  ['suspected', doxastic('probable')],
  ['presumed', doxastic('probable')],
  ['purported', doxastic('probable')],
  ['accused', doxastic('probable')],
  ['skeptical', epistemic('possible')],
  ['sceptical', epistemic('possible')],
]);

/** Nouns that name a likelihood, a belief or an allegation (wink lemma). */
export const HEDGE_NOUNS: ReadonlyMap<string, CueSense> = new Map([
  ['possibility', epistemic('possible')],
  ['likelihood', epistemic('probable')],
  ['probability', epistemic('probable')],
  ['uncertainty', epistemic('possible')],
  ['speculation', doxastic('possible')],
  ['rumor', doxastic('possible')],
  ['rumour', doxastic('possible')],
  ['allegation', doxastic('probable')],
  ['accusation', doxastic('probable')],
  ['suspicion', doxastic('probable')],
  ['belief', doxastic('probable')],
  ['assumption', doxastic('probable')],
  ['presumption', doxastic('probable')],
]);

/** Hedge nouns for talk going round (wink lemma): they hedge only with what is said beside them ("rumours of a bid"). */
export const HEARSAY_NOUNS: ReadonlySet<string> = new Set(['speculation', 'rumor', 'rumour']);

/** Nouns that hedge only when a that-clause says what is feared or charged: "fears that" (wink lemma). */
export const THAT_CLAUSE_NOUNS: ReadonlyMap<string, CueSense> = new Map([
  ['fear', epistemic('possible')],
  ['concern', epistemic('possible')],
  ['worry', epistemic('possible')],
  ['charge', doxastic('probable')],
]);

/** Verbs of belief and estimation (wink lemma). Some have their own context filter in the rules. */
export const HEDGE_VERBS: ReadonlyMap<string, CueSense> = new Map([
  ['believe', doxastic('probable')],
  ['think', doxastic('probable')],
  ['suspect', doxastic('probable')],
  ['expect', doxastic('probable')],
  ['anticipate', doxastic('probable')],
  ['foresee', doxastic('probable')],
  ['assume', doxastic('probable')],
  ['presume', doxastic('probable')],
  ['suppose', doxastic('probable')],
  ['reckon', doxastic('probable')],
  ['estimate', doxastic('probable')],
  ['predict', doxastic('probable')],
  ['forecast', doxastic('probable')],
  ['project', doxastic('probable')],
  ['allege', doxastic('probable')],
  ['consider', doxastic('probable')],
  ['speculate', doxastic('possible')],
  ['guess', doxastic('possible')],
  ['doubt', doxastic('possible')],
  ['fear', epistemic('possible')],
  ['seem', epistemic('probable')],
  ['appear', epistemic('probable')],
  ['suggest', epistemic('possible')],
  ['imply', epistemic('possible')],
  ['wonder', { type: 'investigation', level: 'possible' }],
]);

/** Hedge verbs that are acts of saying: negated ("did not speculate"), nothing uncertain was said. */
export const SPEECH_ACT_HEDGES: ReadonlySet<string> = new Set([
  'speculate', 'suggest', 'allege', 'predict', 'estimate', 'forecast', 'guess', 'imply',
]);

/** Verbs that deny a claim (wink lemma). */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'refute', 'rebut', 'disprove']);

/** Verbs that deny a claim only when their object is a claim ("rejected the reports", not "the offer"). */
export const DISMISSAL_VERBS: ReadonlySet<string> = new Set(['reject', 'dismiss', 'dispute', 'contest', 'deny']);

/** Nouns that name a claim, for DISMISSAL_VERBS (wink lemma). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'report', 'allegation', 'accusation', 'charge', 'suggestion', 'assertion', 'notion', 'idea',
  'story', 'rumor', 'rumour', 'account', 'finding', 'characterization', 'version', 'speculation',
  'crime', 'wrongdoing', 'involvement', 'responsibility', 'link', 'role',
]);

/** Nouns "deny" withholds rather than disputes: "denied them permits", "deny the right" (wink lemma). */
export const WITHHELD_NOUNS: ReadonlySet<string> = new Set([
  'right', 'access', 'entry', 'permission', 'bail', 'request', 'permit', 'visa', 'license', 'licence',
  'service', 'benefit', 'application', 'asylum', 'admission', 'treatment', 'status', 'parole', 'appeal',
]);

/** Words after "is expected" that say when: "is expected by Friday", "expected later this week". */
export const EXPECTED_WHEN: ReadonlySet<string> = new Set([
  'by', 'on', 'within', 'before', 'soon', 'later', 'next', 'shortly', 'early', 'around', 'tomorrow', 'tonight', 'imminently',
]);

/** Words before "thought" that make it a noun: "a lot of thought", "after much thought", "food for thought". */
export const THOUGHT_NOUN_BEFORE: ReadonlySet<string> = new Set(['of', 'much', 'some', 'little', 'more', 'for', 'in', 'without', 'any', 'no']);

/**
 * Words before a verb that leave its act undone: "to deny", "could deny" (no denial made), "will consider"
 * (a deliberation to come, not a view held).
 */
export const UNREALIZED_BEFORE: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", "'d",
]);

/** Words that make "until" a time, not a condition: "until Friday", "until further notice", "until the end of …". */
export const UNTIL_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'further', 'next',
  'later', 'then', 'tomorrow', 'tonight', 'midnight', 'noon', 'dawn', 'end', 'start', 'beginning', 'middle',
  'weekend', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'autumn', 'winter', 'fall', 'mid',
]);

/** Auxiliaries that look ahead: "until" after them sets a condition ("will not resume until ..."). */
export const LOOKING_AHEAD: ReadonlySet<string> = new Set(['will', 'wo', 'would', 'could', "'ll"]);

/** Negative subjects: "nobody could explain" is a past inability, like "could not" (token text). */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'no', 'none', 'neither', 'nothing', 'nor']);

/** Words before "more likely"/"as likely" that make it a measured risk: "16 percent more likely" (token text). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(['percent', '%', 'times', 'twice', 'thrice', 'half']);

/** Determiners that make the next word a noun: "its might", "the might of" (token text). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

/** Subject pronouns (token text): an inverted modal before one asks or wishes ("Could you", "may we"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** Objects after which "believe" means taking a statement as true: "nobody believes this" (token text). */
export const BELIEVED_OBJECTS: ReadonlySet<string> = new Set([
  'this', 'it', 'him', 'her', 'them', 'me', 'you', 'us', 'everything', 'anything', 'nothing', 'anyone',
  'everyone',
]);

/** Forms of "have" that make a perfect: "has said" reports the past (token text). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve"]);

/** Conditional subordinators (token text). */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Words after "if" that make it a set phrase, not a condition: "if any", "if not hundreds", "if necessary". */
export const IF_SET_PHRASE_NEXT: ReadonlySet<string> = new Set([
  'any', 'not', 'necessary', 'needed', 'need', 'possible', 'ever', 'only', 'anything', 'at',
]);

/**
 * Heads after which "if" asks a question ("would not say if") rather than sets a condition (lemma).
 * "say" and "tell" only in their base form: "said if the bid fails, ..." reports a condition.
 */
export const INVESTIGATION_IF_HEADS: ReadonlySet<string> = new Set([
  'ask', 'know', 'say', 'see', 'wonder', 'determine', 'check', 'decide', 'doubt', 'question', 'tell',
  'confirm', 'learn', 'find', 'examine', 'investigate', 'clear', 'unclear', 'sure',
]);

/** Fixed phrases, as lowercase token texts, with the sense of the whole phrase. */
export const HEDGE_PHRASES: ReadonlyArray<{ words: readonly string[]; sense: CueSense }> = [
  { words: ['remains', 'to', 'be', 'seen'], sense: { type: 'investigation', level: 'possible' } },
  { words: ['remain', 'to', 'be', 'seen'], sense: { type: 'investigation', level: 'possible' } },
  { words: ['yet', 'to', 'be', 'seen'], sense: { type: 'investigation', level: 'possible' } },
  { words: ['yet', 'to', 'be', 'determined'], sense: { type: 'investigation', level: 'possible' } },
  { words: ['in', 'the', 'event'], sense: { type: 'conditional', level: 'possible' } },
  { words: ['in', 'case'], sense: { type: 'conditional', level: 'possible' } },
  { words: ['provided', 'that'], sense: { type: 'conditional', level: 'possible' } },
  { words: ['providing', 'that'], sense: { type: 'conditional', level: 'possible' } },
  { words: ['assuming', 'that'], sense: { type: 'conditional', level: 'possible' } },
  { words: ['almost', 'certainly'], sense: epistemic('probable') },
  { words: ['all', 'but', 'certain'], sense: epistemic('probable') },
  { words: ['cast', 'doubt'], sense: epistemic('possible') },
  { words: ['casts', 'doubt'], sense: epistemic('possible') },
  { words: ['no', 'evidence'], sense: epistemic('possible') },
  { words: ['looks', 'like'], sense: epistemic('probable') },
  { words: ['looked', 'like'], sense: epistemic('probable') },
  { words: ['look', 'like'], sense: epistemic('probable') },
];

/** Verbs that frame reported speech or a decision (wink lemma): "said it would" is future-in-past. */
export const FRAME_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'announce', 'add', 'state', 'assure', 'promise', 'pledge', 'vow', 'warn', 'insist',
  'agree', 'decide', 'report', 'indicate', 'confirm', 'argue', 'claim', 'write', 'tweet', 'declare',
  'explain', 'note', 'reply', 'respond', 'threaten', 'signal', 'disclose', 'reveal', 'acknowledge',
  'admit', 'concede', 'maintain', 'contend', 'testify', 'know', 'learn', 'hear', 'ask', 'demand',
  'urge', 'propose', 'plan', 'intend', 'hope', 'want', 'dream', 'realize', 'realise', 'understand',
  'counter', 'stress', 'emphasize', 'reiterate', 'recall',
]);

/** Past forms of irregular frame verbs (token text); regular ones end in "-ed". */
export const IRREGULAR_PAST_FRAMES: ReadonlySet<string> = new Set([
  'said', 'told', 'wrote', 'knew', 'heard', 'thought', 'felt', 'made', 'saw', 'understood', 'meant',
]);

/** Verbs a refusal goes with: "would not comment" is a refusal, not a hypothesis (wink lemma). */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set([
  'say', 'comment', 'elaborate', 'identify', 'disclose', 'discuss', 'confirm', 'specify', 'name',
  'give', 'provide', 'release', 'reveal', 'speculate', 'answer', 'respond', 'detail', 'divulge',
]);

/** Words that open an indirect question, in which a modal is not the writer's hedge ("what Xi would gain"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'why', 'where', 'when', 'whatever']);

/** Relative pronouns: "a plant which would produce" describes, it does not hypothesise. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'whoever']);

/** Verbs after epistemic "should" that forecast an outcome ("should help", "should rise"), not a duty (lemma). */
export const OUTCOME_VERBS_AFTER_SHOULD: ReadonlySet<string> = new Set([
  'help', 'improve', 'increase', 'rise', 'grow', 'boost', 'benefit', 'reduce', 'lower', 'result', 'enable',
  'allow', 'face', 'continue', 'recover', 'strengthen', 'ease', 'contribute', 'offset', 'total', 'reach',
  'exceed', 'produce', 'generate', 'yield', 'mean', 'fall', 'decline', 'drop', 'narrow', 'widen',
  'stabilize', 'remain', 'prove', 'lead',
]);

/** Passive verbs after "could be" that report a failed attempt or a sight, not a possibility (lemma). */
export const ATTEMPT_VERBS_AFTER_COULD_BE: ReadonlySet<string> = new Set(['reach', 'contact', 'see', 'hear']);

/** Verbs after "would" that express a wish, not a hypothesis: "would like to" (token text). */
export const VOLITION_AFTER_WOULD: ReadonlySet<string> = new Set(['like', 'love', 'prefer', 'rather', 'hate']);

/** Tokens that negate the word after them (token text, lowercase). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nt']);

/** Forms of "be" and "have" that make a participle passive or perfect (token text). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', "'m",
]);

/** Nouns after "potential" or "possible" that name a person or a group, not an uncertain event. */
export const FUTURE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'customer', 'buyer', 'purchaser', 'bidder', 'investor', 'client', 'partner', 'candidate', 'user',
  'employer', 'recruit', 'suitor', 'acquirer', 'donor', 'voter', 'reader', 'member',
]);
