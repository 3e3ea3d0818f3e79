// Attributions made by a verb: "X said (that) …", "“…,” X said.", "said X", "X, an adviser to …,
// tweeted …", "X believes …", "X called for …", "…, saying …".
import type { Token } from '../nlp.js';
import type { Channel } from '../schema.js';
import type { FoundAttribution, Mention } from './types.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import {
  appositiveOpenings,
  isCapitalised,
  looksLikeApposition,
  npEndingAt,
  npStartingAt,
  POSTMOD_ADJECTIVES,
  withPostModifiers,
  type Chunk,
} from './np.js';
import { classifyChunk } from './classify.js';
import { foundAttribution, mentionOf } from './found.js';
import { contentEnd, contentSpan, objectEnd, quoteOf, scanAfterCue } from './content.js';
import { lightVerbCueEnd } from './light-verbs.js';
import {
  BARE_SPEECH_VERBS,
  BELIEF_ADJECTIVES,
  BELIEF_VERBS,
  CLAUSE_ONLY_SPEECH_VERBS,
  CONTENT_PREPOSITIONS,
  CUE_VENUES,
  BETWEEN_SUBJECT_AND_CUE,
  NEGATIONS,
  EVIDENCE_VERBS,
  FLOATING_QUANTIFIERS,
  HEARSAY_NOUNS,
  PARTICIPLE_CUES,
  MEDIA_OUTLETS,
  PARTICLE_CUES,
  PARTICLE_ONLY,
  SOCIAL_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  TIME_WORDS,
} from '../lexicon/cues.js';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, PROPORTION_LEADS, PROPORTION_WORDS, SOURCE_PRONOUNS } from '../lexicon/sources.js';
import { LOADED_CUE_FORMS } from '../lexicon/loaded-words.js';
import { MONTH_NAMES } from '../lexicon/calendar.js';

type VerbClass = 'speech' | 'bare' | 'belief' | 'stance' | 'evidence';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);
/** Parts of speech that cannot stand right before a subject: "by officials", "the report", "helped voters". */
const NOT_BEFORE_SUBJECT = new Set(['ADP', 'DET', 'VERB', 'AUX', 'ADJ']);
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
/** Conjunctions wink tags as prepositions; a subject may follow them: "although they say", "as Lindqvist said". */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'if', 'although', 'though', 'whereas', 'once', 'unless', 'where', 'whom', 'whether']);
/** Words that lead a participle clause sharing the sentence's subject: "responded by saying …". */
const PARTICIPLE_LEADS = new Set(['by', 'before', 'after', 'while', 'when', 'without', 'in', 'since', 'from', 'for', 'despite', 'upon', 'on']);
const RAISING_VERBS = new Set(['seem', 'appear']);
const ASPECT_VERBS = new Set(['continue', 'begin', 'start']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'whom']);
/** "has said little", "said nothing": no content is attributed. */
const NOTHING_SAID = new Set(['little', 'nothing', 'less', 'anything']);
const DUMMY_SUBJECTS = new Set(['it', 'there', 'this', 'that']);
const INVERTED_SPEAKER_ENDS = new Set([',', '(', ':', '.', ';', '—', '–']);
/** Verbs that take an object or addressee and so never come before their speaker. */
const NO_INVERSION = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'advise', 'urge', 'accuse', 'blame', 'thank', 'call', 'cite', 'encourage', 'implore']);
/** Verbs that attribute whatever follows them, even sharing a subject with an earlier verb. */
const CORE_SPEECH = new Set(['say', 'add', 'tell', 'write', 'tweet', 'note', 'warn', 'argue', 'claim', 'insist', 'deny', 'suggest', 'explain', 'predict', 'acknowledge', 'admit', 'assert', 'state', 'declare', 'announce', 'complain', 'allege', 'ask', 'reply', 'respond', 'stress', 'contend', 'urge', 'vow', 'promise']);
const opensContent = (t: Token | undefined, next?: Token, afterNext?: Token): boolean =>
  !!t && (t.lower === 'that' || t.text === '“' || t.text === '"' || t.text === ':' || (t.lower === 'to' && (next?.pos === 'VERB' || (next?.pos === 'ADV' && afterNext?.pos === 'VERB'))));
/** Parenthetical adverbs set off by commas between subject and verb: "Some Democrats, however, question …". */
const PARENTHETICAL_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'nevertheless', 'moreover', 'furthermore', 'likewise', 'similarly', 'in', 'turn', 'for', 'example', 'instance', 'meantime', 'though']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'re", '’re', "'s", '’s', 'be', 'been', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'appear', 'appears', 'appeared', 'grow', 'grew', 'become', 'became', 'am', "'m", '’m']);
const ADJECTIVE_COMPLEMENTS = new Set(['that', 'about', 'of', 'to', 'with', 'over', 'whether', 'if', 'how', 'what', 'at', 'by', 'on']);
const QUOTE_CLOSERS = new Set(['”', '"', '’', "'", "''"]);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where']);

/** One lookup per verb; a verb in several lists takes the first class, as listed here. */
const VERB_CLASSES: ReadonlyMap<string, VerbClass> = (() => {
  const classes = new Map<string, VerbClass>();
  const lists: Array<[ReadonlySet<string>, VerbClass]> = [
    [SPEECH_VERBS, 'speech'],
    [BARE_SPEECH_VERBS, 'bare'],
    [BELIEF_VERBS, 'belief'],
    [STANCE_VERBS, 'stance'],
    [EVIDENCE_VERBS, 'evidence'],
  ];
  for (const [verbs, cls] of lists) for (const verb of verbs) if (!classes.has(verb)) classes.set(verb, cls);
  return classes;
})();

function verbClass(lemma: string): VerbClass | null {
  return VERB_CLASSES.get(lemma) ?? null;
}

/** First token of the verb group that ends at `cue`: "has also said" → "has". */
function verbGroupStart(tokens: readonly Token[], cue: number, limit: number): number {
  let j = cue - 1;
  while (j >= limit) {
    const t = tokens[j];
    if (!t) break;
    // "Theresa May said": a capitalised word after a name is the name, not the modal.
    const surname = isCapitalised(t) && j > limit && tokens[j - 1]?.pos === 'PROPN';
    const floating = FLOATING_QUANTIFIERS.has(t.lower) && j > limit && ['NOUN', 'PROPN', 'PRON'].includes(tokens[j - 1]?.pos ?? '');
    if (!surname && (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || NEGATIONS.has(t.lower) || floating || (t.pos === 'ADV' && /ly$/.test(t.lower)))) {
      j--;
      continue;
    }
    break;
  }
  return j + 1;
}

/** Verbs that take "that" without reporting anything: "ensure that", "mean that". */
const NOT_REPORTING = new Set(['ensure', 'mean', 'make', 'see', 'be', 'have', 'do', 'so', 'require', 'provide', 'order', 'guarantee', 'happen', 'matter', 'prove', 'turn', 'become', 'seem', 'appear', 'take', 'get', 'help', 'cause', 'lead', 'allow', 'demand', 'stipulate', 'specify', 'dictate', 'given']);
const SENTENCE_INITIAL_VERBS = new Set(['said', 'says', 'added', 'asked', 'wrote', 'writes', 'told', 'tweeted']);
const CONTRACTED_S = new Set(["'s", '’s']);
const VOICE_VERBS = new Set(['shout', 'yell', 'scream', 'laugh', 'smile', 'grin', 'sneer', 'snap', 'bark', 'chuckle', 'nod', 'shrug', 'sigh']);
/** Promises and threats report something only with what is promised: "pledged to …", not "pledged closer ties". */
const COMMITMENT_VERBS = new Set(['pledge', 'vow', 'promise', 'threaten', 'swear', 'profess']);
const HYPOTHETICAL_MODALS = new Set(['would', 'might', 'could', 'may', "'d", '’d']);

/** "nobody would question …", "the endorsements may highlight …": a hypothetical verb reports nothing said. */
function isHypothetical(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  for (let k = groupStart; k < verb; k++) if (HYPOTHETICAL_MODALS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Pronouns that stand for a gap in the clause a cue after them reports: "which Okafor says will fail". */
const CLAUSE_GAPS = new Set(['which', 'what']);
const WH_WORDS = new Set(['what', 'how', 'why', 'whether', 'whatever']);
const DASH_DELIMITERS = new Set(['--', '—', '–']);
const BARE_GROUPS = new Set(['some', 'others', 'many', 'most', 'few', 'none', 'all', 'both', 'several', 'those', 'critics', 'supporters']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
const TIME_LEADS = new Set(['on', 'in', 'at', 'earlier', 'just', 'later', 'last', 'this', 'next', 'in', 'since']);

/** A finite verb within a few words: "that [the plan] would fail", not "that information". */
function clauseWithin(tokens: readonly Token[], from: number, lastWord: number): boolean {
  for (let k = from; k <= Math.min(lastWord, from + 6); k++) {
    const t = tokens[k];
    if (t?.pos === 'AUX' || (t?.pos === 'VERB' && k > from)) return true;
    if (t?.pos === 'PUNCT') return false;
  }
  return false;
}

/** "Okafor on Tuesday said", "Harbor Bank just this month announced", "who in 2010 said": a time phrase
 * between the subject and its verb belongs to neither. */
function skipDayBefore(tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (!t || !(WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower) || (t.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(t.text)))) return j;
  // "USA Today reported": the time word ends an outlet's name.
  if (isCapitalised(t) && MEDIA_OUTLETS.has(`${tokens[j - 1]?.lower ?? ''} ${t.lower}`)) return j;
  let k = j - 1;
  while (k >= limit && k >= j - 4 && (TIME_LEADS.has(tokens[k]?.lower ?? '') || TIME_WORDS.has(tokens[k]?.lower ?? ''))) k--;
  return k < j ? k : j;
}

const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/** "Okafor in a televised interview said", "prosecutors in April said": a phrase of when or where
 * something was said, between a subject and its verb, belongs to neither. */
function skipCircumstance(tokens: readonly Token[], j: number, limit: number): number {
  const np = npEndingAt(tokens, j, limit);
  const head = tokens[j]?.lower ?? '';
  if (!np || !CIRCUMSTANCE_PREPOSITIONS.has(tokens[np.s - 1]?.lower ?? '') || !isNominalHead(tokens[np.s - 2])) return j;
  const month = monthPhraseStart(tokens, j) === np.s;
  return CUE_VENUES.has(head) || month ? np.s - 2 : j;
}

/** Where a date ending at `j` starts: "March", "March 3", "March 2016". */
function monthPhraseStart(tokens: readonly Token[], j: number): number | null {
  const m = tokens[j]?.pos === 'NUM' ? j - 1 : j;
  const t = tokens[m];
  return t && isCapitalised(t) && MONTHS.has(t.lower) ? m : null;
}

/** "She continued, “For us …”": a quotation right after the verb and its comma. */
function quoteFollows(view: SentenceView, cue: number): boolean {
  const a = view.tokens[cue + 1];
  const b = view.tokens[cue + 2];
  return (a?.text === ',' || a?.text === ':') && !!b && (b.text === '“' || b.text === '"');
}

/** Skips a comma-enclosed adverb between subject and verb: ", however,". */
function skipParenthetical(tokens: readonly Token[], j: number, limit: number): number {
  if (tokens[j]?.text !== ',') return j;
  let k = j - 1;
  while (k > limit && PARENTHETICAL_ADVERBS.has(tokens[k]?.lower ?? '')) k--;
  return k < j - 1 && tokens[k]?.text === ',' ? k - 1 : j;
}

/** Drops leading time words a chunk swallowed: "Last week Smith" → "Smith". */
function trimTimeWords(tokens: readonly Token[], chunk: Chunk): Chunk | null {
  let s = chunk.s;
  while (s < chunk.e && TIME_WORDS.has(tokens[s]?.lower ?? '')) s++;
  return TIME_WORDS.has(tokens[s]?.lower ?? '') ? null : { s, e: chunk.e };
}

const acceptsPostModifier = (tokens: readonly Token[]) => (head: Chunk) => {
  const t = tokens[head.e];
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || BARE_GROUPS.has(t.lower));
};

interface Subject {
  /** The words that name the speaker. */
  chunk: Chunk;
  /** Mention span: the chunk plus any apposition; it starts before the chunk in "His solicitor, Amanda Reyes,". */
  mentionStart: number;
  mentionEnd: number;
  description: string | null;
}

/** "Ban Ki-moon": a hyphenated name ends in a lowercase part. */
const endsHyphenatedName = (tokens: readonly Token[], e: number): boolean =>
  tokens[e - 1]?.text === '-' && isCapitalised(tokens[e - 2] ?? ({ text: '' } as Token)) && tokens[e - 1]?.start === tokens[e - 2]?.end;

const speakerLike = (t: Token | undefined): boolean =>
  !!t && (isCapitalised(t) || ANONYMOUS_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower) || HEARSAY_NOUNS.has(t.lower) || SOURCE_PRONOUNS.has(t.lower) || t.pos === 'NUM');

/** `anyNoun`: verbs of saying take any noun as their speaker ("the businessman says"). */
function subjectBefore(view: SentenceView, groupStart: number, anyNoun = false, definiteNoun = false): Subject | null {
  const { tokens, first } = view;
  const j = skipParenthetical(tokens, skipCircumstance(tokens, skipDayBefore(tokens, groupStart - 1, first), first), first);
  const at = tokens[j];
  if (!at || j < first || view.quoted(j)) return null;
  const share = proportionSubject(view, j);
  if (share) return { chunk: share, mentionStart: share.s, mentionEnd: share.e, description: null };
  if (at.text === ',' || at.text === ')' || DASH_DELIMITERS.has(at.text)) {
    for (const k of appositiveOpenings(tokens, j, first, at.text)) {
      const base = withAgeBefore(tokens, npEndingAt(tokens, beforeParenthetical(tokens, k - 1, first), first), first);
      if (!base || view.quoted(base.s)) continue;
      const np = withPostModifiers(tokens, base, first, (h) => ['NOUN', 'PROPN', 'NUM'].includes(tokens[h.e]?.pos ?? ''));
      const head = tokens[np.head ?? np.e];
      const named = isProperName(tokens, k + 1, j - 1);
      if (!head || !(speakerLike(head) || endsHyphenatedName(tokens, np.head ?? np.e) || (named && head.pos === 'NOUN'))) continue;
      if (!(named || looksLikeApposition(tokens, k + 1, j - 1) || participialAside(tokens, k + 1)) || !opensClause(view, np.s)) continue;
      // "Okafor, speaking to veterans, said", "Reyes, at the debate, said": the aside is no part of the mention.
      if (at.text === ',' && isCircumstantialAside(tokens[k + 1])) return { chunk: np, mentionStart: np.s, mentionEnd: np.e, description: null };
      const mentionEnd = at.text === ')' ? j : j - 1;
      if (named && !isCapitalised(head)) {
        // "His solicitor, Amanda Reyes, told …": the apposition names the speaker the noun describes.
        const desc = contentSpan(view, np.s, k - 1);
        return { chunk: { s: k + 1, e: j - 1 }, mentionStart: np.s, mentionEnd, description: desc?.text ?? null };
      }
      const desc = contentSpan(view, k + 1, j - 1);
      return { chunk: np, mentionStart: np.s, mentionEnd, description: desc ? desc.text.replace(/^\(|\)$/g, '') : null };
    }
    return null;
  }
  const relative = relativeThat(view, j);
  if (relative) return relative;
  const partitive = partitiveRelative(view, j);
  if (partitive) return { chunk: partitive, mentionStart: partitive.s, mentionEnd: partitive.e, description: null };
  const base = npEndingAt(tokens, j, first);
  if (!base) return contactClauseSubject(view, groupStart) ?? relativeSubject(view, groupStart);
  const trimmed = trimTimeWords(tokens, base);
  if (!trimmed) return relativeSubject(view, groupStart);
  let chunk = withPostModifiers(tokens, trimmed, first, acceptsPostModifier(tokens));
  // "A 2014 study by professor Anna Cole found": the document the agent phrase hangs on speaks.
  if (tokens[chunk.s - 1]?.lower === 'by') {
    const document = relativeSubject(view, groupStart);
    if (document) return document;
  }
  if (!opensClause(view, chunk.s)) {
    // "In a radio interview Okafor declared …": the name at the end of a run of nouns is the speaker.
    let n = chunk.e;
    while (n > chunk.s && tokens[n - 1]?.pos === 'PROPN') n--;
    if (n > chunk.s && tokens[n]?.pos === 'PROPN' && tokens[n - 1]?.pos === 'NOUN' && opensClause(view, n)) chunk = { s: n, e: chunk.e };
  }
  chunk = withCoordinatedSubject(view, chunk);
  // "Only 52 percent of voters", "Nearly nine of 10 drivers", "Not everyone": a focus word opens the phrase.
  if (FOCUS_WORDS.has(tokens[chunk.s - 1]?.lower ?? '') && (tokens[chunk.s]?.pos === 'NUM' || BARE_GROUPS.has(tokens[chunk.s]?.lower ?? '') || tokens[chunk.s]?.lower === 'everyone') && opensClause(view, chunk.s - 1)) {
    chunk = { ...chunk, s: chunk.s - 1 };
  }
  const head = tokens[chunk.head ?? chunk.e];
  const definite = definiteNoun && tokens[chunk.s]?.lower === 'the' && head?.pos === 'NOUN';
  const nameLike = speakerLike(head) || endsHyphenatedName(tokens, chunk.head ?? chunk.e);
  if (!opensClause(view, chunk.s) || !(nameLike || ((anyNoun || definite) && head?.pos === 'NOUN'))) return relativeSubject(view, groupStart);
  return { chunk, mentionStart: chunk.s, mentionEnd: chunk.e, description: null };
}

/** "The report, released by the port board on Friday, found": a reduced relative set off by commas or dashes. */
const participialAside = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.pos === 'VERB' && PAST_PARTICIPLE_ENDING.test(tokens[k]?.lower ?? '') && (tokens[k + 1]?.pos === 'ADP' || TIME_WORDS.has(tokens[k + 1]?.lower ?? ''));

/** "Ruiz, 56, who …": an age after a name stands for the name. */
function withAgeBefore(tokens: readonly Token[], np: Chunk | null, first: number): Chunk | null {
  if (!np || np.s !== np.e || tokens[np.s]?.pos !== 'NUM' || tokens[np.s - 1]?.text !== ',') return np;
  const name = npEndingAt(tokens, np.s - 2, first);
  return name && tokens[name.e]?.pos === 'PROPN' ? name : np;
}

/** "Critics, including two senators, said": examples of the speaker belong to the mention ("Clinton, like Obama," only compares). */
const EXAMPLE_ASIDES = new Set(['including', 'notably']);
const ASIDE_WORDS = new Set(['like', 'unlike', 'after', 'before', 'while', 'when', 'during', 'at', 'on', 'in', 'speaking', 'appearing', 'addressing', 'writing']);

/** Asides that say where or how someone spoke rather than who they are: a participle or a preposition
 * other than "of" ("Wilson, of Springfield," names the person). */
function isCircumstantialAside(t: Token | undefined): boolean {
  if (!t || EXAMPLE_ASIDES.has(t.lower)) return false;
  return ASIDE_WORDS.has(t.lower) || (t.pos === 'VERB' && t.lower.endsWith('ing')) || (t.pos === 'ADP' && t.lower !== 'of');
}

/** "Regulators and environmental groups say", "Federal and state officials said", "the United States,
 * Britain and France said": a coordinated subject is one mention, when the whole of it opens the clause. */
function withCoordinatedSubject(view: SentenceView, chunk: Chunk): Chunk {
  const { tokens, first } = view;
  const and = chunk.s - 1;
  let s = chunk.s;
  if (and > first && tokens[and]?.lower === 'and' && !view.quoted(and)) {
    const adjective = tokens[and - 1];
    // "Federal and state officials": two modifiers of one head.
    if (adjective?.pos === 'ADJ' && !isCapitalised(adjective) && opensClause(view, and - 1)) return { ...chunk, s: and - 1, head: chunk.head ?? chunk.e };
    const prior = npEndingAt(tokens, and - 1, first);
    if (!prior || TIME_WORDS.has(tokens[prior.e]?.lower ?? '') || !isNominalHead(tokens[prior.e])) return chunk;
    s = prior.s;
    // "the head of the union and the party": the first conjunct may carry an "of" phrase.
    const holder = tokens[s - 1]?.lower === 'of' ? npEndingAt(tokens, s - 2, first) : null;
    if (holder && isNominalHead(tokens[holder.e])) s = holder.s;
  }
  // "Norway, Chile and Kenya": a list of names before the last "and" (which the name
  // chunker may already have joined: "Britain and France").
  // "Lawyers, activists and officials": a list of plain nouns, when an "and" joined its last two.
  const listPos = tokens[s]?.pos === 'PROPN' && tokens[chunk.e]?.pos === 'PROPN' && hasAnd(tokens, s, chunk.e) ? 'PROPN'
    : s < chunk.s && tokens[s]?.pos === 'NOUN' && tokens[chunk.e]?.pos === 'NOUN' ? 'NOUN' : null;
  if (listPos) {
    // wink reads a capitalised noun opening the sentence as a name.
    while (tokens[s - 1]?.text === ',' && (tokens[s - 2]?.pos === listPos || (listPos === 'NOUN' && s - 2 === first))) {
      const item = npEndingAt(tokens, s - 2, first);
      if (!item || !opensClause(view, item.s)) break;
      s = item.s;
    }
  }
  return s < chunk.s && opensClause(view, s) ? { s, e: chunk.e, head: chunk.head ?? chunk.e } : chunk;
}

function hasAnd(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (tokens[k]?.lower === 'and') return true;
  return false;
}

const isNominalHead = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || SOURCE_PRONOUNS.has(t.lower));

/** "a union that backs the strike": relative "that" is the mention; the noun it hangs on names the speaker. */
function relativeThat(view: SentenceView, j: number): Subject | null {
  const { tokens, first } = view;
  if (tokens[j]?.lower !== 'that' || j - 1 < first) return null;
  const base = npEndingAt(tokens, j - 1, first);
  if (!base || view.quoted(base.s)) return null;
  const np = withPostModifiers(tokens, base, first, acceptsPostModifier(tokens));
  const head = tokens[np.head ?? np.e];
  if (!head || head.pos === 'PRON' || !(ANONYMOUS_HEADS.has(head.lower) || DOCUMENT_HEADS.has(head.lower) || head.pos === 'PROPN')) return null;
  return { chunk: np, mentionStart: j, mentionEnd: j, description: null };
}

const MAX_PROPORTION_TOKENS = 12;

/** "Six in 10 say", "a third said", "45% of growers believe", "About three-quarters, 74 percent, say": a share
 * of the people polled, ending at `j`. */
function proportionSubject(view: SentenceView, j: number): Chunk | null {
  const { tokens, first } = view;
  let k = j;
  // "three-quarters, 74 percent,": the figure restated between commas.
  if (tokens[k]?.text === ',' && PROPORTION_WORDS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.pos === 'NUM' && tokens[k - 3]?.text === ',') k -= 4;
  let share = false;
  let s = k + 1;
  for (; k >= first && k > j - MAX_PROPORTION_TOKENS; k--) {
    const t = tokens[k];
    if (!t || view.quoted(k)) break;
    const ratio = t.lower === 'in' && tokens[k - 1]?.pos === 'NUM' && tokens[k + 1]?.pos === 'NUM';
    if (PROPORTION_WORDS.has(t.lower) || ratio) share = true;
    const fits = t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.text === '-' || t.lower === 'in' ||
      PROPORTION_WORDS.has(t.lower) || PROPORTION_LEADS.has(t.lower) || (t.pos === 'PROPN' && k < j);
    if (!fits) break;
    s = k;
  }
  while (s < j && (tokens[s]?.lower === 'of' || tokens[s]?.lower === 'in')) s++;
  const e = tokens[j]?.text === ',' ? j - 1 : j;
  const before = tokens[s - 1];
  const opens = s === first || !before || before.pos === 'PUNCT' || before.lower === 'that' || COORDINATORS.has(before.lower) || SUBORDINATORS.has(before.lower);
  return share && s <= e && opens && !view.quoted(s) ? { s, e } : null;
}

const FOCUS_WORDS = new Set(['only', 'nearly', 'almost', 'roughly', 'about', 'just', 'not', 'some', 'over', 'fully']);

/** "Rep. Jo Hart (D-Ohio), head of …": the name before a short parenthesis. */
function beforeParenthetical(tokens: readonly Token[], e: number, limit: number): number {
  if (tokens[e]?.text !== ')') return e;
  for (let k = e - 1; k > limit && k >= e - 8; k--) if (tokens[k]?.text === '(') return k - 1;
  return e;
}

const PARTITIVE_QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'both', 'several', 'each', 'none', 'few', 'one', 'two', 'three', 'half', 'majority', 'members']);

/** "…, many of whom say …", "both of whom opposed …": a quantifier over the relative pronoun. */
function partitiveRelative(view: SentenceView, j: number): Chunk | null {
  const { tokens, first } = view;
  if (tokens[j]?.lower !== 'whom' || tokens[j - 1]?.lower !== 'of') return null;
  const q = tokens[j - 2];
  if (!q || j - 2 < first || !(PARTITIVE_QUANTIFIERS.has(q.lower) || q.pos === 'NUM')) return null;
  // "the vast majority of whom": the quantifier's own determiner and adjectives come along.
  let s = j - 2;
  while (s - 1 >= first && (tokens[s - 1]?.pos === 'DET' || tokens[s - 1]?.pos === 'ADJ')) s--;
  return { s, e: j };
}

const RELATIVE_SUBJECTS = new Set(['who', 'which', 'whom']);

/** "Reyes, who has said …," and "…, many of whom say …,": a relative clause set off by a comma. */
function isNonRestrictiveRelative(view: SentenceView, mentionStart: number): boolean {
  const { tokens } = view;
  if (tokens[mentionStart - 1]?.text !== ',') return false;
  for (let k = mentionStart; k <= mentionStart + 3; k++) if (RELATIVE_SUBJECTS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** The clause's content ends at the comma after which the main clause's verb resumes: "…, who say
 * the plan is unfair, signed the letter". */
function relativeClauseEnd(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let k = start + 1; k < end; k++) {
    if (tokens[k]?.text !== ',' || view.quoted(k)) continue;
    const next = tokens[k + 1];
    const verbAt = next?.pos === 'ADV' ? tokens[k + 2] : next;
    if (verbAt && (verbAt.pos === 'VERB' || verbAt.pos === 'AUX') && !verbAt.lower.endsWith('ing')) return k - 1;
  }
  return end;
}

const CONTACT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
const CONTACT_PARTICLES = new Set(['to', 'with']);
const PREDETERMINERS = new Set(['all', 'both', 'half']);

/** "Everyone I interviewed said", "the experts we spoke to say": a relative clause with no "that". */
function contactClauseSubject(view: SentenceView, groupStart: number): Subject | null {
  const { tokens, first } = view;
  let k = groupStart - 1;
  if (CONTACT_PARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return null;
  k--;
  if (tokens[k]?.pos === 'AUX') k--;
  if (!CONTACT_PRONOUNS.has(tokens[k]?.lower ?? '') || tokens[k]?.pos !== 'PRON') return null;
  const base = npEndingAt(tokens, k - 1, first);
  // "All the farmers I met": a predeterminer before the phrase.
  const np = base && PREDETERMINERS.has(tokens[base.s - 1]?.lower ?? '') ? { ...base, s: base.s - 1 } : base;
  const head = np ? tokens[np.e] : undefined;
  if (!np || !head || view.quoted(np.s) || !(head.pos === 'NOUN' || ANONYMOUS_HEADS.has(head.lower)) || !opensClause(view, np.s)) return null;
  return { chunk: np, mentionStart: np.s, mentionEnd: groupStart - 1, description: null };
}

/** The relative clause must end in a noun phrase and hold no verb group of its own beyond one verb. */
function relativeEndsAt(tokens: readonly Token[], s: number, e: number): boolean {
  const last = tokens[e];
  if (!last || !(last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'NUM' || last.pos === 'ADV' || TIME_WORDS.has(last.lower))) return false;
  let verbs = 0;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (t?.text === ',') return false;
    if (t?.pos === 'VERB' || t?.pos === 'AUX') verbs++;
  }
  // "companies that had insured the bonds": one verb group of its own.
  return verbs <= 2;
}

/** Regular and strong past participles: "released", "taken", "drawn", "done". */
const PAST_PARTICIPLE_ENDING = /(?:ed|en|wn|ne)$/;
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'by', 'released', 'published', 'conducted', 'commissioned', 'issued', 'obtained', 'seen', 'filed']);
const MAX_RELATIVE_TOKENS = 16;

/** "A university poll released in late May found …", "A 2014 study that appeared in the
 * journal found …": the speaker is the noun the relative clause hangs on. */
function relativeSubject(view: SentenceView, groupStart: number): Subject | null {
  const { tokens, first } = view;
  for (let k = groupStart - 2; k >= first && k >= groupStart - MAX_RELATIVE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || t.text === ';' || t.text === ':' || view.quoted(k)) return null;
    const next = tokens[k + 1];
    // "who" says the noun is a person, whatever the noun: "A man who lives near the pier said …".
    const person = next?.lower === 'who' && (t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!person && (!(DOCUMENT_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower)) || !(t.pos === 'NOUN' || (t.pos === 'PROPN' && k === first)))) continue;
    // A reduced relative is a participle with its own phrase after it: "released by …", "published in …".
    const reduced =
      (next?.pos === 'VERB' && PAST_PARTICIPLE_ENDING.test(next.lower) && (tokens[k + 2]?.pos === 'ADP' || TIME_WORDS.has(tokens[k + 2]?.lower ?? ''))) ||
      // "A union representing bus drivers backed …", "Protesters marching through the streets chanted …"
      (next?.pos === 'VERB' && next.lower.endsWith('ing') && ANONYMOUS_HEADS.has(t.lower));
    if (!next || !(RELATIVE_OPENERS.has(next.lower) || reduced)) continue;
    if (!relativeEndsAt(tokens, k + 1, groupStart - 1)) return null;
    const np = npEndingAt(tokens, k, first);
    if (!np) return null;
    // "One of the doctors who …": the quantifier the noun belongs to opens the mention.
    const s0 = tokens[np.s - 1]?.lower === 'of' && PARTITIVE_QUANTIFIERS.has(tokens[np.s - 2]?.lower ?? '') ? np.s - 2 : np.s;
    if (!opensClause(view, s0)) return null;
    return { chunk: { s: s0, e: k }, mentionStart: s0, mentionEnd: groupStart - 1, description: null };
  }
  return null;
}

/** A short run of capitalised words: "Amanda Reyes", "Senator Paul Hendricks", "Hallam Interiors". */
function isProperName(tokens: readonly Token[], s: number, e: number): boolean {
  if (e < s || e - s > 5) return false;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (!t || !(isCapitalised(t) || t.lower === 'of' || t.text === '.' || t.text === '-')) return false;
  }
  return isCapitalised(tokens[s] ?? ({ text: '' } as Token)) && (tokens[e]?.pos === 'PROPN' || isCapitalised(tokens[e] ?? ({ text: '' } as Token)));
}

/** A subject must start its clause: at the sentence start, after punctuation, a conjunction or "that". */
function opensClause(view: SentenceView, s: number): boolean {
  if (s <= view.first) return true;
  const prev = view.tokens[s - 1];
  if (!prev) return true;
  return prev.lower === 'that' || SUBORDINATORS.has(prev.lower) || !NOT_BEFORE_SUBJECT.has(prev.pos);
}

/** "“…,” said Sir Geoffrey Nice, the prosecutor." — the speaker after the verb. */
function subjectAfter(view: SentenceView, cue: number): Subject | null {
  const { tokens, first, lastWord } = view;
  const prev = tokens[cue - 1];
  const inverted = cue === first || (prev && (prev.text === ',' || QUOTE_CLOSERS.has(prev.text)));
  if (!inverted) return null;
  const np = invertedPhrase(view, cue + 1);
  if (!np) return null;
  const head = tokens[np.e];
  if (!head || TIME_WORDS.has(head.lower) || TIME_WORDS.has(tokens[np.s]?.lower ?? '')) return null;
  // "said Rep. Jo Hart (D-Ohio), head of …": a party label comes before the apposition.
  const label = tokens[np.e + 1]?.text === '(' ? closingParenthesis(tokens, np.e + 1, lastWord) : null;
  const nameEnd = label !== null && tokens[label + 1]?.text === ',' ? label : np.e;
  let mentionEnd = nameEnd;
  let description: string | null = null;
  if (tokens[nameEnd + 1]?.text === ',' && nameEnd + 2 <= lastWord) {
    let k = nameEnd + 2;
    while (k <= lastWord && tokens[k]?.text !== ',' && !view.quoted(k)) k++;
    const relative = tokens[nameEnd + 2]?.lower === 'who' && tokens[nameEnd + 3]?.pos === 'VERB';
    if (!relative && !isCircumstantialAside(tokens[nameEnd + 2]) && looksLikeApposition(tokens, nameEnd + 2, k - 1)) {
      mentionEnd = k - 1;
      description = contentSpan(view, nameEnd + 2, k - 1)?.text ?? null;
    }
  }
  // An inverted speaker ends the clause: "“…,” said Sir Geoffrey." — not "said the panel's objections were …".
  const next = tokens[mentionEnd + 1];
  if (next?.lower === 'of' && nameEnd === np.e && np.e + 2 <= lastWord) {
    // "said Sen. Ana Ortiz of the Coastal Party."
    const place = npStartingAt(tokens, np.e + 2, lastWord);
    if (place) mentionEnd = place.e;
  }
  // "…,” said Tom Reyes, who chairs the board." — a closing relative clause describes the speaker.
  // One that says or thinks something ("…, who stressed that …") is an attribution of its own.
  // ("…, which represents 300 firms" is about the organisation the apposition names.)
  if (tokens[mentionEnd + 1]?.text === ',' && tokens[mentionEnd + 2]?.lower === 'who' && !view.quoted(mentionEnd + 2)) {
    const end = closingRelativeEnd(view, mentionEnd + 3);
    if (end !== null) return { chunk: np, mentionStart: np.s, mentionEnd: end, description };
  }
  const after = tokens[mentionEnd + 1];
  if (after && mentionEnd < lastWord && !INVERTED_SPEAKER_ENDS.has(after.text) && !QUOTE_CLOSERS.has(after.text) && !TIME_WORDS.has(after.lower)) return null;
  if (after?.text === '(') mentionEnd = closingParenthesis(tokens, mentionEnd + 1, lastWord) ?? mentionEnd;
  return { chunk: np, mentionStart: np.s, mentionEnd, description };
}

const INVERTED_POSTMOD_PREPS = new Set(['for', 'at', 'with', 'to', 'from', 'in', 'on']);
const INVERTED_RELATIVES = new Set(['who', 'that']);

/** The speaker after an inverted verb: a noun phrase, "one of the advisers", and for a common noun its
 * post-modifiers ("a person close to the mayor", "a spokesman for the council", "the man who built it").
 * A name takes none ("said Hollis in Leeds"): those are where and when it was said. */
function invertedPhrase(view: SentenceView, s: number): Chunk | null {
  const { tokens, lastWord } = view;
  const quantifier = tokens[s];
  if (quantifier && tokens[s + 1]?.lower === 'of' && (PARTITIVE_QUANTIFIERS.has(quantifier.lower) || quantifier.pos === 'NUM')) {
    const whole = npStartingAt(tokens, s + 2, lastWord);
    return whole ? { s, e: whole.e } : null;
  }
  const chunk = npStartingAt(tokens, s, lastWord);
  // wink reads "close" in "a person close to …" as part of the phrase.
  const np = chunk && chunk.e > chunk.s && POSTMOD_ADJECTIVES.has(tokens[chunk.e]?.lower ?? '') ? { s: chunk.s, e: chunk.e - 1 } : chunk;
  const head = np ? tokens[np.e] : undefined;
  if (!np || !head || head.pos !== 'NOUN' || TIME_WORDS.has(head.lower)) return np;
  let e = np.e;
  for (let hop = 0; hop < 2; hop++) {
    let k = e + 1;
    if (POSTMOD_ADJECTIVES.has(tokens[k]?.lower ?? '')) k++;
    if (INVERTED_RELATIVES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'VERB') {
      // "the man who built the bridge": the relative clause runs to the next comma or the end.
      let j = k + 1;
      while (j < lastWord && tokens[j + 1]?.text !== ',' && !view.quoted(j + 1)) j++;
      return { s: np.s, e: j, head: np.e };
    }
    if (!INVERTED_POSTMOD_PREPS.has(tokens[k]?.lower ?? '') || (k === e + 1 && !ANONYMOUS_HEADS.has(head.lower))) break;
    const object = npStartingAt(tokens, k + 1, lastWord);
    const objectHead = object ? tokens[object.e] : undefined;
    if (!object || !objectHead || TIME_WORDS.has(objectHead.lower) || TIME_WORDS.has(tokens[object.s]?.lower ?? '') || CUE_VENUES.has(objectHead.lower)) break;
    e = object.e;
  }
  return e === np.e ? np : { s: np.s, e, head: np.e };
}

/** The ")" closing a short parenthesis that opens at `open`, or null. */
function closingParenthesis(tokens: readonly Token[], open: number, lastWord: number): number | null {
  for (let k = open + 1; k <= Math.min(lastWord, open + 7); k++) if (tokens[k]?.text === ')') return k;
  return null;
}

/** The last token of a relative clause that runs from `k` to the end of the sentence, or null when a
 * quotation or a verb of saying or belief ("…, who stressed that …") gives it an attribution of its own. */
function closingRelativeEnd(view: SentenceView, k: number): number | null {
  const { tokens, lastWord } = view;
  for (let j = k; j <= lastWord; j++) {
    const t = tokens[j];
    if (!t || view.quoted(j)) return j > k ? j - 1 : null;
    if (t.pos === 'VERB' && (SPEECH_VERBS.has(t.lemma) || BELIEF_VERBS.has(t.lemma))) return null;
  }
  return lastWord;
}

/** "continues to insist", "went on to say", "began to argue": the aspect verb opens the cue. */
function aspectVerbBefore(tokens: readonly Token[], i: number, limit: number): number | null {
  if (tokens[i - 1]?.lower !== 'to' || i - 2 < limit) return null;
  const prev = tokens[i - 2];
  if (prev?.pos === 'VERB' && ASPECT_VERBS.has(prev.lemma) && !prev.lower.endsWith('ing')) return i - 2;
  const go = tokens[i - 3];
  if (prev?.lower === 'on' && go?.lemma === 'go' && !go.lower.endsWith('ing') && i - 3 >= limit) return i - 3;
  return null;
}

function isInfinitiveOrPassive(tokens: readonly Token[], cue: number, limit: number): boolean {
  let j = cue - 1;
  while (j >= limit && tokens[j]?.pos === 'ADV') j--;
  const prev = tokens[j];
  if (!prev) return false;
  const t = tokens[cue];
  // "the experts I spoke to said": an inflected verb after "to" is no infinitive.
  if (prev.lower === 'to') return !t || t.lower === t.lemma;
  // "he’s sought to protect": a contracted "has" before a participle with an object or "to" is no passive.
  const next = tokens[cue + 1];
  if (CONTRACTED_S.has(prev.lower) && next && (next.lower === 'to' || next.lower === 'that' || next.pos === 'DET' || next.pos === 'PRON')) return false;
  return BE_FORMS.has(prev.lower) && !!t && /(ed|en|wn|id|ld|ght)$/.test(t.lower);
}

/** "His silence may be a sign that he wants …": a belief inside the writer's own noun clause is the
 * writer's inference, not the person's claim. */
function insideNounClause(view: SentenceView, cue: number): boolean {
  const { tokens, first } = view;
  for (let k = cue - 1; k > first && k >= cue - 4; k--) {
    if (tokens[k]?.lower !== 'that') continue;
    return tokens[k - 1]?.pos === 'NOUN';
  }
  return false;
}

/** "who asked not to be named", "who requested anonymity": a condition of speaking, not a claim. */
function asksAnonymity(tokens: readonly Token[], cue: number): boolean {
  const a = tokens[cue + 1]?.lower;
  const b = tokens[cue + 2]?.lower;
  // "asked not to be named", not "vowed not to repeat the mistake".
  return (a === 'not' && b === 'to' && tokens[cue + 3]?.lower === 'be') || a === 'anonymity' || b === 'anonymity';
}

function isNegated(tokens: readonly Token[], cue: number, limit: number): boolean {
  for (let j = cue - 1; j >= limit && j >= cue - 3; j--) {
    const t = tokens[j];
    if (!t) break;
    if (NEGATIONS.has(t.lower)) return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
  }
  return false;
}

/** "“…,” he continued." — nothing but punctuation or a time phrase follows. */
function endsClause(tokens: readonly Token[], cue: number, lastWord: number): boolean {
  const next = tokens[cue + 1];
  return cue >= lastWord || !next || next.text === ',' || next.text === ':' || TIME_WORDS.has(next.lower);
}

/** "as Ruiz put it,", "put it bluntly:", "put it in a statement", "put it to reporters": "put it" of words, not of
 * a thing put somewhere. */
function wordsPutIt(tokens: readonly Token[], it: number, lastWord: number): boolean {
  const next = tokens[it + 1];
  if (it >= lastWord || !next || next.text === ',' || next.text === ':' || next.text === ';') return true;
  if (next.pos === 'ADV' && next.lower.endsWith('ly')) return true;
  const noun = tokens[it + 3];
  if (next.lower === 'in' && (tokens[it + 2]?.lower === 'a' || tokens[it + 2]?.lower === 'an') && noun && CUE_VENUES.has(noun.lower)) return true;
  return next.lower === 'to' && (tokens[it + 2]?.pos === 'PRON' || tokens[it + 2]?.pos === 'PROPN' || tokens[it + 2]?.lower === 'reporters');
}

/** Belief verbs are cues only with a clause: "believes that …", "wants to …", "thinks the plan …". */
function takesClause(tokens: readonly Token[], cue: number, lastWord: number): boolean {
  const next = tokens[cue + 1];
  if (!next || cue >= lastWord) return true; // sentence-final: "…, Ukraine believes."
  if (COMPLEMENTIZERS.has(next.lower)) return true;
  // "He doesn't think so.", "I hope so."
  if (next.lower === 'so' && (cue + 1 >= lastWord || tokens[cue + 2]?.pos === 'PUNCT')) return true;
  if (next.lower === 'to') return tokens[cue + 2]?.pos === 'VERB' || tokens[cue + 2]?.pos === 'AUX';
  if (next.text === ',' || next.text === ':') return true;
  if (next.pos === 'ADP') return false; // "believe in miracles"
  for (let i = cue + 1; i <= Math.min(lastWord, cue + 8); i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && i > cue + 1)) return true;
    if (t.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return true;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  return false;
}

function subjectMention(view: SentenceView, subject: Subject): Mention {
  const cls = classifyChunk(view.tokens, subject.chunk);
  const span = view.span(subject.mentionStart, subject.mentionEnd);
  const mention = mentionOf(span, cls.kind, cls.pronoun, subject.description);
  if (subject.mentionStart !== subject.chunk.s) mention.name = view.span(subject.chunk.s, subject.chunk.e);
  return mention;
}

function isHearsaySubject(view: SentenceView, chunk: Chunk): boolean {
  const head = view.tokens[chunk.e];
  return chunk.s === chunk.e && !!head && HEARSAY_NOUNS.has(head.lower);
}

/** wink tags some verbs as nouns ("Polls show …", "McKinley notes that …"): accept them between a
 * speaker and a clause. */
function verbTaggedAsNoun(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const t = tokens[i];
  // "Some economists, however, question …", "A panel in 2001 found …": look past an aside to the subject.
  const p = skipParenthetical(tokens, skipDayBefore(tokens, i - 1, view.first), view.first);
  const prev = tokens[p];
  const next = tokens[i + 1];
  if (!t || !prev || !next) return false;
  if (BARE_GROUPS.has(prev.lower) && next.lower !== 'that') return false;
  // "Anna Cole, the deputy, plans to …": after an apposition, only before "that" or "to" + verb.
  if (prev.text === ',') return next.lower === 'that' || (next.lower === 'to' && BELIEF_VERBS.has(t.lemma) && tokens[i + 2]?.pos === 'VERB');
  // "Six in 10 say …", "Just 30% say …": a share of those polled.
  const share = (prev.pos === 'NUM' && tokens[p - 1]?.lower === 'in') || PROPORTION_WORDS.has(prev.lower);
  if (!(share || prev.pos === 'PROPN' || prev.pos === 'PRON' || isCapitalised(prev) || BARE_GROUPS.has(prev.lower) || (prev.pos === 'NOUN' && speakerPhraseEndsAt(view, p)))) return false;
  if (next.lower === 'to') return BELIEF_VERBS.has(t.lemma);
  return next.lower === 'that' || next.text === '.' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NUM' || next.text === ',' || next.text === ':';
}

/** "leaked documents from his tax return show": the phrase ending here is headed by a speaker. */
function speakerPhraseEndsAt(view: SentenceView, e: number): boolean {
  const base = npEndingAt(view.tokens, e, view.first);
  if (!base) return false;
  const np = withPostModifiers(view.tokens, base, view.first, acceptsPostModifier(view.tokens));
  return speakerLike(view.tokens[np.head ?? np.e]);
}

function mentionFrom(view: SentenceView, chunk: Chunk): Mention {
  return subjectMention(view, { chunk, mentionStart: chunk.s, mentionEnd: chunk.e, description: null });
}

/** The sentence's own subject, for participles and coordinated verbs that have none of their own. */
function sentenceSubject(view: SentenceView, before: number, used: TakenTokens): Chunk | null {
  const { tokens, first } = view;
  let s = first;
  while (s < before && (tokens[s]?.pos === 'PUNCT' || view.quoted(s))) s++;
  // "In 1998, the appeals court blocked …": past an opening phrase to the subject.
  if (tokens[s]?.pos === 'ADP' || tokens[s]?.pos === 'SCONJ') {
    let k = s + 1;
    while (k < before && k < s + 12 && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text === ',') s = k + 1;
    // "On Thursday, however, the mayor spoke …"
    let a = s;
    while (a < before && PARENTHETICAL_ADVERBS.has(tokens[a]?.lower ?? '')) a++;
    if (a > s && tokens[a]?.text === ',') s = a + 1;
  }
  const np = npStartingAt(tokens, s, before - 1);
  if (!np || used.has(np.s) || !speakerLike(tokens[np.e])) return null;
  // "Rep. Jo Hart (D-Ohio) answered …": past a party label to the verb.
  const label = tokens[np.e + 1]?.text === '(' ? closingParenthesis(tokens, np.e + 1, before - 1) : null;
  const next = tokens[(label ?? np.e) + 1];
  return next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.text === ',') ? np : null;
}

interface Draft {
  mention: Mention | null;
  inherits: FoundAttribution | null;
  kind: FoundAttribution['kind'];
  cueStart: number;
  cueEnd: number;
  /** The cue's verb token. */
  verb: number;
  lemma: string;
  content: ReturnType<typeof contentSpan>;
  channel: Channel | null;
}

function toFound(view: SentenceView, d: Draft): FoundAttribution {
  const found = foundAttribution(view, d);
  found.loadedCue = LOADED_CUE_FORMS.has(view.tokens[d.verb]?.lower ?? '');
  return found;
}

function contentAfterOrNull(view: SentenceView, start: number | null): ReturnType<typeof contentSpan> {
  return start === null ? null : contentSpan(view, start, view.lastWord);
}

export function findVerbAttributions(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, last, lastWord } = view;
  const out: FoundAttribution[] = [];
  let asked: FoundAttribution | null = null;
  const claim = (s: number, e: number) => {
    for (let k = s; k <= e; k++) used.add(k);
  };
  for (let i = first; i <= last; i++) {
    if (view.spent + out.length >= MAX_ATTRIBUTIONS) break;
    const t = tokens[i];
    if (!t || used.has(i) || view.quoted(i)) continue;

    // wink reads some as past participles: "is also determined to", "were concerned that".
    if ((t.pos === 'ADJ' || t.pos === 'VERB') && BELIEF_ADJECTIVES.has(t.lower) && (t.pos === 'ADJ' || afterCopula(tokens, i, first))) {
      const found = adjectiveAttribution(view, i, used);
      if (found) out.push(found);
      continue;
    }
    // "Said Ellis: …" — wink reads a sentence-initial capitalised verb as a name.
    const initialVerb = i === first && SENTENCE_INITIAL_VERBS.has(t.lower);
    // "has no illusions about", "is a critic of": wink reads a light "have" or "be" as an auxiliary.
    const lightAux = t.pos === 'AUX' && (t.lemma === 'have' || t.lemma === 'be') && lightVerbCueEnd(tokens, i, lastWord) !== null;
    if (t.pos !== 'VERB' && !initialVerb && !lightAux && !(t.pos === 'NOUN' && verbClass(t.lemma) !== null && verbTaggedAsNoun(view, i))) continue;
    let cueEnd = i;
    const particles = PARTICLE_CUES.get(t.lemma);
    const naming = t.lemma === 'call' && namesWithQuote(view, i);
    if (particles && particles.has(tokens[i + 1]?.lower ?? '')) cueEnd = i + 1;
    // "called Friday for", "spoke out Tuesday about": a day between the verb and its particle.
    else if (particles && WEEKDAYS.has(tokens[i + 1]?.lower ?? '') && particles.has(tokens[i + 2]?.lower ?? '')) cueEnd = i + 2;
    else if (PARTICLE_ONLY.has(t.lemma) && !naming) continue;
    const light = lightVerbCueEnd(tokens, i, lastWord);
    if (light !== null) cueEnd = light;
    if (t.lemma === 'put' && !(cueEnd > i && wordsPutIt(tokens, cueEnd, lastWord))) continue;
    // "He went further." introduces what follows; "the war goes further down" does not.
    if (t.lemma === 'go' && !(tokens[cueEnd]?.lower === 'after' ? goesAfterSomebody(tokens[cueEnd + 1]) : cueEnd > i && endsClause(tokens, cueEnd, lastWord) && !TIME_WORDS.has(tokens[cueEnd + 1]?.lower ?? ''))) continue;
    // "appeared to suggest that …": the cue is the whole chain, the content follows the second verb.
    const raising = RAISING_VERBS.has(t.lemma) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    if (raising) cueEnd = i + 2;
    // Any verb that takes a "that" clause reports one ("conceded that", "hinted that"), when a speaker is its subject.
    const afterThat = tokens[i + 2];
    const thatClause = !verbClass(t.lemma) && t.pos === 'VERB' && tokens[i + 1]?.lower === 'that' && tokens[i + 1]?.pos === 'SCONJ' &&
      !NOT_REPORTING.has(t.lemma) && !!afterThat && (afterThat.pos === 'DET' || afterThat.pos === 'PRON' || afterThat.pos === 'PROPN' || afterThat.pos === 'NOUN') &&
      clauseWithin(tokens, i + 2, lastWord);
    const cls = light !== null ? 'stance' : cueEnd > i || naming ? 'speech' : thatClause ? 'belief' : verbClass(t.lemma);
    if (!cls) continue;

    const aspect = aspectVerbBefore(tokens, i, first);
    const groupStart = verbGroupStart(tokens, aspect ?? i, first);
    if (t.lemma === 'ask' && opensAskedClause(view, i)) {
      asked = askedAttribution(view, i, used);
      if (asked) out.push(asked);
      continue;
    }
    let progressive = false;
    for (let k = groupStart; k < i && t.lower.endsWith('ing'); k++) if (BE_FORMS.has(tokens[k]?.lower ?? '')) progressive = true;
    if (t.lower.endsWith('ing') && !progressive) {
      const found = participleAttribution(view, i, cueEnd, out, used);
      if (found) out.push(found);
      continue;
    }
    if (!progressive && aspect === null && isInfinitiveOrPassive(tokens, i, first)) {
      const found = passiveAttribution(view, i, groupStart, used);
      if (found) out.push(found);
      continue;
    }
    // "he did not speculate on …" attributes nothing; "has not mentioned Machado" still reports a stance.
    if (isNegated(tokens, i, first) && (cueEnd >= lastWord || tokens[cueEnd + 1]?.pos === 'ADP')) continue;
    // "“…,” she began." — a bare verb attributes only a quotation that comes before it.
    if (isHypothetical(tokens, groupStart, i)) continue;
    if (cls === 'bare' && (!endsClause(tokens, cueEnd, lastWord) || !(view.quoted(first) || quoteFollows(view, cueEnd)))) continue;
    if (asksAnonymity(tokens, cueEnd) || NOTHING_SAID.has(tokens[cueEnd + 1]?.lower ?? '')) continue;
    // "Having said that, …" links two sentences; it reports nothing.
    if (tokens[i - 1]?.lower === 'having' && tokens[i + 1]?.lower === 'that' && tokens[i + 2]?.text === ',') continue;
    // "police shout at him", "laughed at": a voice aimed at someone, not words reported.
    if (cueEnd === i && tokens[i + 1]?.lower === 'at' && VOICE_VERBS.has(t.lemma)) continue;
    if (cls === 'belief' && insideNounClause(view, i)) continue;
    const invertible = i === first || tokens[i - 1]?.text === ',' || QUOTE_CLOSERS.has(tokens[i - 1]?.text ?? '');
    if (CLAUSE_ONLY_SPEECH_VERBS.has(t.lemma) && !(endsClause(tokens, cueEnd, lastWord) || opensContent(tokens[cueEnd + 1]) || invertible)) continue;
    // "A 2014 study found 31 cases": with an object and no clause, "find" and "show" report only for a document.
    const objectEvidence = cls === 'belief' && !takesClause(tokens, cueEnd, lastWord);
    if (objectEvidence && !EVIDENCE_VERBS.has(t.lemma)) continue;

    // A verb followed by "that" takes any noun as its holder: "environmentalists worry that …".
    const known = verbClass(t.lemma) !== null;
    const left = subjectBefore(view, groupStart, naming || SPEECH_VERBS.has(t.lemma) || cls === 'belief' || (known && COMPLEMENTIZERS.has(tokens[cueEnd + 1]?.lower ?? '')), SPEECH_VERBS.has(t.lemma));
    const coordinated = !left && COORDINATORS.has(tokens[groupStart - 1]?.lower ?? '');
    const subject = left ?? (!coordinated && (cls === 'speech' || cls === 'bare') && !NO_INVERSION.has(t.lemma) ? subjectAfter(view, cueEnd) : null);
    const after = scanAfterCue(view, cueEnd, t.lemma);
    // "seems to have …": the cue is the raising verb alone; the verb after it only opens the content, unless it
    // is a cue itself ("appeared to suggest").
    const spanEnd = raising && after.cueEnd === cueEnd && !verbClass(tokens[i + 2]?.lemma ?? '') ? i : after.cueEnd;
    const socialChannel: Channel | null = SOCIAL_VERBS.has(t.lemma) ? 'social_media' : null;

    if (!subject) {
      const opener = after.contentStart ?? -1;
      const clauseNeeded = COMMITMENT_VERBS.has(t.lemma);
      if (objectEvidence || !coordinated || !(((SPEECH_VERBS.has(t.lemma) || cls === 'stance' || cls === 'belief') && !clauseNeeded) || cueEnd > i || naming || opensContent(tokens[opener], tokens[opener + 1], tokens[opener + 2]))) continue;
      // "Okafor tweeted … and encouraged …": the verb shares the subject of the clause before it.
      const head = out[out.length - 1];
      const own = head ? null : (firstConjunctSubject(view, groupStart, used) ?? sentenceSubject(view, groupStart, used));
      if (!head && !own) continue;
      const mention = own ? mentionFrom(view, own) : null;
      if (cls === 'stance' && mention?.kind === 'document') continue;
      if (head?.content && head.content.end > (tokens[groupStart - 1]?.start ?? Infinity)) {
        // "accused X of … and asserted that …": the first content stops before the second verb.
        const trimmed = contentSpan(view, tokenAt(view, head.content.start), groupStart - 2);
        if (trimmed) head.content = trimmed;
      }
      out.push(
        toFound(view, {
          mention,
          inherits: head ?? null,
          kind: mention?.kind ?? head?.kind ?? 'anonymous',
          cueStart: groupStart,
          cueEnd: spanEnd,
          verb: i,
          lemma: t.lemma,
          content: contentAfterOrNull(view, after.contentStart),
          channel: socialChannel ?? after.channel,
        }),
      );
      if (own) claim(own.s, own.e);
      claim(groupStart, after.cueEnd);
      continue;
    }

    // "in what it calls a “special military operation”" names a thing, and "what Putin would offer" asks
    // about one: neither reports a claim.
    if ((naming || cls === 'stance' || cls === 'belief') && WH_WORDS.has(tokens[subject.mentionStart - 1]?.lower ?? '')) continue;
    const mention = subjectMention(view, subject);
    if (DUMMY_SUBJECTS.has(mention.text.toLowerCase()) && (t.lemma === 'seem' || t.lemma === 'appear')) continue;
    // "He went further." introduces speech; "The Gap Goes On" does not.
    if (t.lemma === 'go' && !(mention.pronoun === 'person' || mention.kind === 'named_person' || mention.kind === 'anonymous')) continue;
    if (cls === 'evidence' && mention.kind !== 'document' && !mention.pronoun && !SPEECH_VERBS.has(t.lemma) && !BELIEF_VERBS.has(t.lemma)) continue;
    if (objectEvidence && mention.kind !== 'document') continue;
    if (cls === 'stance' && mention.kind === 'document' && !EVIDENCE_VERBS.has(t.lemma)) continue;

    let content = null;
    const before = left ? contentSpan(view, first, subject.mentionStart - 1) : null;
    if (!left) {
      // Inverted: the content came before the cue, or after the speaker in "Said Ellis: “…”".
      content = i === first ? contentSpan(view, subject.mentionEnd + 1, lastWord) : contentSpan(view, first, i - 1);
    } else if (after.contentStart !== null && after.contentStart > subject.mentionEnd) {
      const ownEnd = cls === 'stance' ? objectEnd(view, after.contentStart) : contentEnd(view, after.contentStart);
      const end = isNonRestrictiveRelative(view, subject.mentionStart) ? relativeClauseEnd(view, after.contentStart, ownEnd) : ownEnd;
      // "a plan which Okafor says will fail": the pronoun is the gap in the reported clause, so it opens the content.
      const gap = subject.mentionStart - 1;
      const gapStart = CLAUSE_GAPS.has(tokens[gap]?.lower ?? '') && !view.quoted(gap) ? gap : after.contentStart;
      content = contentSpan(view, gapStart, end);
      // "“A,” she said, “B.”" and "To understand X, Lindqvist said, one should …": the content is both parts,
      // when both are quoted or neither is ("Mexicans say, ''Poor Mexico''" keeps only the quotation).
      const parenthetical = tokens[subject.mentionStart - 1]?.text === ',' && after.afterComma;
      const sameVoice = !!content && !!before && (quoteOf(view, before) === 'indirect') === (quoteOf(view, content) === 'indirect');
      // "Farmers, she said, are ''fed up …''": a predicate after the tag needs the subject before it.
      const opener = tokens[after.contentStart];
      const predicate = parenthetical && !!opener && (opener.pos === 'AUX' || (opener.pos === 'VERB' && !opener.lower.endsWith('ing')));
      if (content && before && (sameVoice || predicate) && (parenthetical || view.quoted(first)) && tokens[subject.mentionStart - 1]?.lower !== 'that') {
        content = { text: view.text.slice(before.start, content.end), start: before.start, end: content.end };
      } else if (content && before && quoteOf(view, before) === 'direct' && quoteOf(view, content) === 'indirect') {
        // "“…,” Hollis said of the plan.", "“…,” she said at a rally in Leeds.", "“…,” he said, under a rule …": the quotation is what was said.
        content = before;
      }
    } else if (RELATIVE_PRONOUNS.has(tokens[subject.mentionStart - 1]?.lower ?? '')) {
      // "…, a figure that independent economists have questioned": the content is the noun the clause hangs on.
      const antecedent = npEndingAt(tokens, subject.mentionStart - 2, first);
      content = antecedent ? contentSpan(view, antecedent.s, antecedent.e) : null;
    } else {
      content = before;
    }
    const hearsay = isHearsaySubject(view, subject.chunk);
    const cueStart = left ? groupStart : i;
    out.push(
      toFound(view, {
        mention: hearsay ? null : mention,
        inherits: null,
        kind: hearsay ? 'vague' : mention.kind,
        cueStart: hearsay ? subject.mentionStart : cueStart,
        cueEnd: spanEnd,
        verb: i,
        lemma: t.lemma,
        content,
        channel: socialChannel ?? after.channel ?? (mention.kind === 'document' ? 'document' : null),
      }),
    );
    claim(subject.mentionStart, subject.mentionEnd);
    claim(cueStart, after.cueEnd);
  }
  // "Asked about …" reports the question only beside the answer it introduces.
  if (asked && out.length === 1) out.pop();
  view.spent += out.length;
  return out;
}

/** "went after the governor" attacks a person; "went after the meeting" only tells the time. */
const goesAfterSomebody = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'PROPN' || (t.pos === 'PRON' && t.lower !== 'that' && t.lower !== 'this') || POSSESSIVE_DETERMINERS.has(t.lower));

const ASKED_LEADS = new Set(['when', 'after', 'once', 'if', 'as']);
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'to']);

/** "Asked about the closure, …", "When asked whether …": a participle clause opening the sentence. */
function opensAskedClause(view: SentenceView, i: number): boolean {
  const { tokens, first } = view;
  if (tokens[i]?.lower !== 'asked') return false;
  // "Asked specifically whether …", "Asked on the radio what …", "Asked by reporters about …".
  const opener = tokens[i + 1]?.pos === 'ADV' || ASKED_ASIDES.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1];
  if (!QUESTION_OPENERS.has(tokens[i + 1]?.lower ?? '') && !(opener && QUESTION_OPENERS.has(opener.lower))) {
    if (!ASKED_ASIDES.has(tokens[i + 1]?.lower ?? '')) return false;
  }
  // "… on Monday when asked how …": "when asked" opens the clause wherever it stands.
  // ("when asked to leave the room" is a request, not a question.)
  if (tokens[i - 1]?.lower === 'when' && opener?.lower !== 'to') return true;
  const lead = ASKED_LEADS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
  return lead === first || tokens[lead - 1]?.text === ',' || QUOTE_CLOSERS.has(tokens[lead - 1]?.text ?? '');
}

const ASKED_ASIDES = new Set(['by', 'on', 'during', 'in', 'at', 'later', 'again', 'directly', 'specifically', 'repeatedly']);

/** The question put to the speaker of the main clause, up to the comma that ends the participle clause. */
function askedAttribution(view: SentenceView, i: number, used: TakenTokens): FoundAttribution | null {
  const after = scanAfterCue(view, i, 'ask');
  if (after.contentStart === null) return null;
  const content = contentSpan(view, after.contentStart, objectEnd(view, after.contentStart));
  for (let k = i; k <= after.cueEnd; k++) used.add(k);
  return toFound(view, { mention: null, inherits: null, kind: 'vague', cueStart: i, cueEnd: after.cueEnd, verb: i, lemma: 'ask', content, channel: null });
}

function tokenAt(view: SentenceView, offset: number): number {
  let k = view.first;
  while (k < view.last && (view.tokens[k]?.end ?? 0) <= offset) k++;
  return k;
}

/** "called [his vote for the merger] a mistake": an object, prepositional phrases allowed. */
function isObjectBefore(view: SentenceView, s: number, e: number): boolean {
  if (s === e && view.tokens[s]?.pos === 'PRON') return true; // "called him a master"
  const np = npStartingAt(view.tokens, s, e);
  if (!np) return false;
  for (let k = np.e + 1; k <= e; k++) {
    const t = view.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return true;
}

/** "… demonstrators, who have taken to the streets and called for …": the subject of the verb before "and". */
function firstConjunctSubject(view: SentenceView, groupStart: number, used: TakenTokens): Chunk | null {
  const { tokens, first } = view;
  for (let k = groupStart - 2; k > first && k >= groupStart - 12; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || view.quoted(k)) return null;
    if (t.pos !== 'VERB') continue;
    const subject = subjectBefore(view, verbGroupStart(tokens, k, first));
    if (!subject || used.has(subject.chunk.s)) return null;
    return subject.chunk;
  }
  return null;
}

/** "Mayor Ruiz calls tram plan ‘a fantasy’": "call" names something with a quotation. */
function namesWithQuote(view: SentenceView, cue: number): boolean {
  const { tokens } = view;
  for (let k = cue + 1; k <= Math.min(view.lastWord, cue + 10); k++) {
    const t = view.tokens[k];
    if (!t) break;
    if (t.text === '“' || t.text === '‘' || t.text === '"' || t.text === "''" || (t.text === "'" && tokens[k + 1]?.text === "'")) return true;
    // "called him a master", "called the charges unsubstantiated": an object, then what it is called.
    if (k > cue + 1 && (t.lower === 'a' || t.lower === 'an' || (t.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN')) && isObjectBefore(view, cue + 1, k - 1)) return true;
    if (t.text === '.' || t.text === ';' || t.text === ',') break;
  }
  return false;
}

/** "…, saying the West has ignored …", "tweeting, “…”", "footage of Okafor saying …". */
function participleAttribution(view: SentenceView, i: number, cueEnd: number, out: readonly FoundAttribution[], used: TakenTokens): FoundAttribution | null {
  const { tokens } = view;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !PARTICIPLE_CUES.has(t.lemma)) return null;
  let mention: Mention | null = null;
  let inherits: FoundAttribution | null = null;
  // "…, even suggesting …", "…, perhaps recognizing …": an adverb may open the participle clause.
  // "…, “harbor spirit,” saying …": the comma may sit inside the closing quotation mark.
  const lead = (prev.pos === 'ADV' || QUOTE_CLOSERS.has(prev.text)) && tokens[i - 2]?.text === ',' ? tokens[i - 2] : prev;
  // "After saying her foot was swollen, Hollis left": the clause opens the sentence, its subject follows it.
  const opening = PARTICIPLE_LEADS.has(prev.lower) && i - 1 === view.first;
  const fronted = frontedParticipleSubject(view, i);
  if (fronted) {
    mention = mentionFrom(view, fronted.chunk);
    for (let k = fronted.chunk.s; k <= fronted.chunk.e; k++) used.add(k);
  } else if (lead?.text === ',' || PARTICIPLE_LEADS.has(prev.lower)) {
    inherits = out[out.length - 1] ?? null;
    if (!inherits) {
      const own = sentenceSubject(view, opening ? view.lastWord + 1 : i, used);
      if (!own) return null;
      mention = mentionFrom(view, own);
      for (let k = own.s; k <= own.e; k++) used.add(k);
    }
  } else if ((prev.pos === 'PROPN' || prev.pos === 'PRON') && !used.has(i - 1)) {
    const np = npEndingAt(tokens, i - 1, view.first);
    if (!np || !speakerLike(tokens[np.e])) return null;
    mention = mentionFrom(view, np);
    for (let k = np.s; k <= np.e; k++) used.add(k);
  } else {
    return null;
  }
  const after = scanAfterCue(view, cueEnd, t.lemma);
  for (let k = i; k <= after.cueEnd; k++) used.add(k);
  return toFound(view, {
    mention,
    inherits,
    kind: mention?.kind ?? inherits?.kind ?? 'anonymous',
    cueStart: i,
    cueEnd: after.cueEnd,
    verb: i,
    lemma: t.lemma,
    content: fronted && after.contentStart !== null && after.contentStart < fronted.comma
      ? contentSpan(view, after.contentStart, fronted.comma - 1)
      : opening && after.contentStart !== null ? contentSpan(view, after.contentStart, objectEnd(view, after.contentStart)) : contentAfterOrNull(view, after.contentStart),
    channel: SOCIAL_VERBS.has(t.lemma) ? 'social_media' : (after.channel ?? inherits?.channel ?? null),
  });
}

/** "Citing an old survey, Ruiz accused …": a participle opening the sentence speaks for the subject after its comma. */
function frontedParticipleSubject(view: SentenceView, i: number): { chunk: Chunk; comma: number } | null {
  const { tokens, lastWord } = view;
  if (i !== view.first) return null;
  let comma = i + 1;
  while (comma < lastWord && comma < i + 25 && tokens[comma]?.text !== ',') comma++;
  if (tokens[comma]?.text !== ',' || view.quoted(comma)) return null;
  const chunk = npStartingAt(tokens, comma + 1, lastWord);
  const next = chunk ? tokens[chunk.e + 1] : undefined;
  if (!chunk || !next || !speakerLike(tokens[chunk.e]) || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return null;
  return { chunk, comma };
}

/** Verbs whose passive reports what somebody said of the subject: "was accused of", "has been criticized as". */
const PASSIVE_CUES = new Set([
  'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'praise', 'describe', 'label', 'brand', 'dub', 'call',
  'quote', 'cite', 'endorse', 'back', 'support', 'oppose', 'attack', 'deride', 'mock', 'hail', 'credit', 'fault',
  'rebuke', 'denounce', 'slam', 'blast', 'question', 'challenge', 'dispute', 'reject', 'urge', 'warn', 'tell',
  'ask', 'characterize', 'characterise', 'portray', 'hail', 'applaud', 'welcome', 'rate',
]);
const PASSIVE_PARTICLES = new Set(['of', 'for', 'as', 'with', 'to']);
/** Verbs whose passive reports only with its agent: "was first reported by the Ledger", "were echoed by economists"
 * ("the theft was reported to police" reports nothing). */
const AGENT_PASSIVE_CUES = new Set(['report', 'echo', 'reveal', 'confirm', 'announce', 'predict', 'disclose', 'document', 'detail', 'suggest', 'deny', 'dismiss', 'argue', 'claim', 'allege', 'note', 'state']);

/** "Mr. Adeyemi was accused of using …" (no agent: vague), "has been endorsed by several unions". */
function passiveAttribution(view: SentenceView, i: number, groupStart: number, used: TakenTokens): FoundAttribution | null {
  const { tokens, lastWord } = view;
  const t = tokens[i];
  const byAgent = tokens[i + 1]?.lower === 'by';
  if (!t || !(PASSIVE_CUES.has(t.lemma) || (byAgent && AGENT_PASSIVE_CUES.has(t.lemma))) || t.lower.endsWith('ing')) return null;
  let cueEnd = i;
  let mention: Mention | null = null;
  let contentStart = i + 1;
  if (byAgent) {
    const np = npStartingAt(tokens, i + 2, lastWord);
    if (!np) return null;
    const chunk = np;
    mention = mentionFrom(view, chunk);
    cueEnd = i + 1;
    contentStart = np.e + 1;
    for (let k = np.s; k <= np.e; k++) used.add(k);
  } else if (PASSIVE_PARTICLES.has(tokens[i + 1]?.lower ?? '')) {
    cueEnd = i + 1;
    contentStart = i + 2;
  } else if (tokens[i + 1]?.pos !== 'DET' && tokens[i + 1]?.text !== '“' && tokens[i + 1]?.text !== '"') {
    return null;
  }
  const subjectEnd = groupStart - 1;
  const subject = npEndingAt(tokens, subjectEnd, view.first);
  // With no agent the whole clause is what is reported: "Okafor was accused of hiding the report".
  const content = mention
    ? (subject ? contentSpan(view, subject.s, subject.e) : null)
    : contentStart <= lastWord ? contentSpan(view, subject?.s ?? contentStart, contentEnd(view, contentStart)) : null;
  for (let k = groupStart; k <= cueEnd; k++) used.add(k);
  return toFound(view, {
    mention,
    inherits: null,
    kind: mention ? mention.kind : 'vague',
    cueStart: groupStart,
    cueEnd,
    verb: i,
    lemma: t.lemma,
    content,
    channel: null,
  });
}

function afterCopula(tokens: readonly Token[], i: number, limit: number): boolean {
  let j = i - 1;
  while (j > limit && (tokens[j]?.pos === 'ADV' || NEGATIONS.has(tokens[j]?.lower ?? ''))) j--;
  return COPULAS.has(tokens[j]?.lower ?? '');
}

/** "Many farmers are afraid that …", "she is confident of …". */
function adjectiveAttribution(view: SentenceView, i: number, used: TakenTokens): FoundAttribution | null {
  const { tokens, first } = view;
  let j = i - 1;
  while (j > first && (tokens[j]?.pos === 'ADV' || NEGATIONS.has(tokens[j]?.lower ?? ''))) j--;
  const copula = tokens[j];
  const next = tokens[i + 1];
  if (!copula || !COPULAS.has(copula.lower) || (next && !ADJECTIVE_COMPLEMENTS.has(next.lower) && i < view.lastWord)) return null;
  const groupStart = verbGroupStart(tokens, j, first);
  if (isHypothetical(tokens, groupStart, j + 1)) return null;
  const subject = subjectBefore(view, groupStart);
  if (!subject) return null;
  const mention = subjectMention(view, subject);
  if (mention.kind === 'document' || DUMMY_SUBJECTS.has(mention.text.toLowerCase())) return null;
  // "is critical of the deal": the preposition belongs to the cue, as after a verb.
  const cueEnd = next && i + 1 < view.lastWord && CONTENT_PREPOSITIONS.has(next.lower) ? i + 1 : i;
  const content = next && i < view.lastWord ? contentSpan(view, cueEnd + 1, view.lastWord) : contentSpan(view, first, subject.mentionStart - 1);
  for (let k = subject.mentionStart; k <= cueEnd; k++) used.add(k);
  return toFound(view, {
    mention,
    inherits: null,
    kind: mention.kind,
    cueStart: groupStart,
    cueEnd,
    verb: i,
    lemma: tokens[i]?.lemma ?? '',
    content,
    channel: null,
  });
}
