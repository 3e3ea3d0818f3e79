// Attributions made by a verb: "X said (that) …", "“…,” X said.", "said X", "X, an adviser to …,
// tweeted …", "X believes …", "X called for …", "…, saying …".
import type { Token } from '../nlp.js';
import { isLowercase, isVerbal } from '../nlp.js';
import { MONTHS } from '../lexicon/calendar.js';
import type { Channel, Span } from '../schema.js';
import type { FoundAttribution, Mention } from './types.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import { isCapitalised, npEndingAt, npStartingAt, withPostModifiers, type Chunk } from './np.js';
import { classifyChunk } from './classify.js';
import { foundAttribution, mentionOf } from './found.js';
import { contentEnd, contentSpan, objectEnd, onlyPhraseAfter, quoteOf, scanAfterCue } from './content.js';
import { lightVerbCueEnd, publishedDocumentAt } from './light-verbs.js';
import { DOCUMENT_DESTINATIONS, PUBLISHED_NOUNS, PUBLISHING_VERBS } from '../lexicon/light-verbs.js';
import {
  BARE_SPEECH_VERBS,
  BELIEF_ADJECTIVES,
  BELIEF_VERBS,
  FORECAST_VERBS,
  CLAUSE_ONLY_SPEECH_VERBS,
  CONTENT_PREPOSITIONS,
  CUE_VENUES,
  BETWEEN_SUBJECT_AND_CUE,
  NEGATIONS,
  NOT_STANCE_BEFORE,
  EVIDENCE_VERBS,
  FLOATING_QUANTIFIERS,
  HEARSAY_NOUNS,
  PARTICIPLE_CUES,
  COMMA_PARTICIPLE_CUES,
  PARTICLE_CUES,
  PARTICLE_ONLY,
  SOCIAL_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  TIME_WORDS,
} from '../lexicon/cues.js';
import { PROPORTION_WORDS } from '../lexicon/sources.js';
import { LOADED_CUE_FORMS } from '../lexicon/loaded-words.js';
import {
  ADJECTIVE_COMPLEMENTS,
  AGENT_BARRIERS,
  AGENT_PASSIVE_CUES,
  ASKED_ASIDES,
  ASKED_LEADS,
  ASPECT_VERBS,
  BARE_GROUPS,
  BE_FORMS,
  CLAUSE_GAPS,
  COMMITMENT_VERBS,
  COMPARISON_PREPS,
  COMPLEMENTIZERS,
  CONTRACTED_S,
  COORDINATORS,
  SUBORDINATORS,
  PAST_PARTICIPLE_ENDING,
  FINAL_PUNCTUATION,
  CURRENCY_WORDS,
  RELATIVE_WORDS_IN_MENTIONS,
  COPULAS,
  DUMMY_SUBJECTS,
  HYPOTHETICAL_MODALS,
  NOTHING_SAID,
  NOT_REPORTING,
  NO_INVERSION,
  OBJECT_FIRST_VERBS,
  OFFERING_VERBS,
  PARENTHETICAL_ADVERBS,
  PARTICIPLE_LEADS,
  PASSIVE_CUES,
  PASSIVE_PARTICLES,
  POSSESSIVE_DETERMINERS,
  QUESTION_OPENERS,
  QUOTE_CLOSERS,
  QUOTE_MARKS,
  RAISING_VERBS,
  RELATIVE_PRONOUNS,
  RELATIVE_TIME_WORDS,
  SEEING_AS_VERBS,
  SENTENCE_INITIAL_VERBS,
  TAG_LINKS,
  VOICE_VERBS,
  WEEKDAYS,
  WH_WORDS,
  LOOSE_SPEAKER_VERBS,
} from '../lexicon/grammar.js';
import { looseSubjectAfter, looseSubjectBefore } from './loose-subjects.js';
import {
  acceptsPostModifier,
  closingParenthesis,
  isNonRestrictiveRelative,
  relativeClauseEnd,
  skipDayBefore,
  skipParenthetical,
  speakerLike,
  type Subject,
  subjectAfter,
  subjectBefore,
} from './subjects.js';

type VerbClass = 'speech' | 'bare' | 'belief' | 'stance' | 'evidence';

const opensContent = (t: Token | undefined, next?: Token, afterNext?: Token): boolean =>
  !!t && (t.lower === 'that' || t.text === '“' || t.text === '"' || t.text === ':' || (t.lower === 'to' && (next?.pos === 'VERB' || (next?.pos === 'ADV' && afterNext?.pos === 'VERB'))));

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


/** "in nine states.", "in four Harbor League states", "other Western states": after a number or an adjective, or
 * after nouns that follow a preposition or a number (names also an adjective), "states" is a noun. */
function modifiedLikeNoun(tokens: readonly Token[], i: number, first: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < first) return false;
  if (prev.pos === 'ADJ' || prev.pos === 'NUM') return true;
  let k = i - 1;
  let names = true;
  for (; k > first && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN'); k--) names &&= tokens[k]?.pos === 'PROPN';
  // "other Western states": an adjective before a run of names modifies them all.
  return k < i - 1 && (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'NUM' || (names && tokens[k]?.pos === 'ADJ'));
}

/** "nobody would question …", "the ferry deal may show …": a hypothetical verb reports nothing said. */
function isHypothetical(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  for (let k = groupStart; k < verb; k++) if (HYPOTHETICAL_MODALS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** A finite verb within a few words: "that [the plan] would fail", not "that information". */
function clauseWithin(tokens: readonly Token[], from: number, lastWord: number): boolean {
  for (let k = from; k <= Math.min(lastWord, from + 6); k++) {
    const t = tokens[k];
    if (t?.pos === 'AUX' || (t?.pos === 'VERB' && k > from)) return true;
    if (t?.pos === 'PUNCT') return false;
  }
  return false;
}

/** "She continued, “For us …”": a quotation right after the verb and its comma. */
function quoteFollows(view: SentenceView, cue: number): boolean {
  const a = view.tokens[cue + 1];
  const b = view.tokens[cue + 2];
  // "''" is the ASCII opening mark some wires use, one token or two.
  return (a?.text === ',' || a?.text === ':') && !!b && (b.text === '“' || b.text === '"' || b.text === "''" || (b.text === "'" && view.tokens[cue + 3]?.text === "'"));
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
  if (!t || !/(ed|en|wn|id|ld|ght)$/.test(t.lower)) return false;
  if (BE_FORMS.has(prev.lower)) return true;
  // "was released on bond and ordered to …": a verb that needs its object first, with none, shares the passive.
  return prev.lower === 'and' && OBJECT_FIRST_VERBS.has(t.lemma) && PASSIVE_PARTICLES.has(next?.lower ?? '') && afterPassive(tokens, j - 1, limit);
}

/** "Holt was released on bond and ordered to …": the verb before "and" is a passive, whose "was" the
 * second participle shares. */
function afterPassive(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k; j >= limit && tokens[j]?.text !== ','; j--) {
    const verb = tokens[j];
    if (!verb || !isVerbal(verb.pos)) continue;
    // "on bail": wink's verb after a preposition or determiner is a noun.
    const before = tokens[j - 1]?.pos;
    if (before === 'ADP' || before === 'DET') continue;
    if (verb.pos !== 'VERB' || !PAST_PARTICIPLE_ENDING.test(verb.lower)) return false;
    let b = j - 1;
    while (b >= limit && tokens[b]?.pos === 'ADV') b--;
    return BE_FORMS.has(tokens[b]?.lower ?? '');
  }
  return false;
}

/** A line without final punctuation: a headline or a caption. */
const unpunctuated = (view: SentenceView): boolean => !FINAL_PUNCTUATION.test(view.tokens[view.last]?.text ?? '.');

/** "The country described by the president …", "a call echoed by Japan": a participle right after a noun,
 * with its agent after "by", is a passive whose speaker is the agent, not the noun before it. */
function reducedPassive(view: SentenceView, i: number): boolean {
  const { tokens, first } = view;
  const t = tokens[i];
  const agent = tokens[i + 2];
  const noun = tokens[i - 1];
  // A headline's "Former chain boss charged in fraud", "Mayor accused of bribery": no object, so passive.
  const headlinePassive = !!t && OBJECT_FIRST_VERBS.has(t.lemma) && t.lower.endsWith('ed') && (tokens[i + 1]?.pos === 'ADP' || tokens[i + 1]?.lower === 'to') && unpunctuated(view);
  if (headlinePassive && !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN')) return true;
  if (!t || i <= first || tokens[i + 1]?.lower !== 'by' || !agent || !/(?:ed|en|wn)$/.test(t.lower)) return false;
  return !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && (agent.pos === 'DET' || agent.pos === 'PROPN' || isCapitalised(agent) || POSSESSIVE_DETERMINERS.has(agent.lower)) && !TIME_WORDS.has(agent.lower);
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

/** "The retailer expects sales of about $2 billion": a forecast verb before its plain noun object. */
function forecastsObject(tokens: readonly Token[], i: number, cueEnd: number): boolean {
  const next = tokens[cueEnd + 1];
  return FORECAST_VERBS.has(tokens[i]?.lemma ?? '') && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'DET');
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
  // "have some say in …" is a noun; "Some say the …", "However, many think …" open a clause with it.
  const before = tokens[p - 1];
  const opensWithGroup = !before || p === view.first || before.pos === 'PUNCT' || COORDINATORS.has(before.lower);
  if (BARE_GROUPS.has(prev.lower) && next.lower !== 'that' && !(opensWithGroup && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN'))) return false;
  // "Anna Cole, the deputy, plans to …": after an apposition, only before "that" or "to" + verb.
  if (prev.text === ',') return next.lower === 'that' || (next.lower === 'to' && BELIEF_VERBS.has(t.lemma) && tokens[i + 2]?.pos === 'VERB');
  // "Six in 10 say …", "Just 30% say …": a share of those polled.
  const share = (prev.pos === 'NUM' && tokens[p - 1]?.lower === 'in') || PROPORTION_WORDS.has(prev.lower);
  if (!(share || prev.pos === 'PROPN' || prev.pos === 'PRON' || isCapitalised(prev) || BARE_GROUPS.has(prev.lower) || (prev.pos === 'NOUN' && speakerPhraseEndsAt(view, p)))) return false;
  // "Okafor points out that …", "Merkel talks about a consensus": a particle cue after its speaker.
  if (PARTICLE_CUES.get(t.lemma)?.has(next.lower)) return prev.pos !== 'ADJ' && !CONTRACTED_S.has(prev.text);
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

/** "At a forum in Dayton, Ohio, on Sunday, Ruiz …": the state and the date that close an opening phrase. */
function pastPlaceAndTime(tokens: readonly Token[], s: number, before: number): number {
  let k = s;
  for (let n = 0; n < 2 && k < before; n++) {
    // A name right after a city's comma is its state: "Dayton, Ohio,".
    const place = tokens[k]?.pos === 'PROPN' && tokens[k - 1]?.text === ',' && tokens[k - 2]?.pos === 'PROPN' && tokens[k + 1]?.text === ',' ? k + 1 : null;
    const date = tokens[k]?.pos === 'ADP' && TIME_WORDS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === ',' ? k + 2 : null;
    const comma = place ?? date;
    if (comma === null) break;
    k = comma + 1;
  }
  return k;
}

/** The sentence's own subject, for participles and coordinated verbs that have none of their own. */
function sentenceSubject(view: SentenceView, before: number, used: TakenTokens): Chunk | null {
  const { tokens, first } = view;
  let s = first;
  while (s < before && (tokens[s]?.pos === 'PUNCT' || view.quoted(s))) s++;
  // "Hours later Ruiz left", "A week ago, Ruiz left": past a fronted span of time.
  const span = npStartingAt(tokens, s, before - 1);
  if (span && RELATIVE_TIME_WORDS.has(tokens[span.e + 1]?.lower ?? '')) s = tokens[span.e + 2]?.text === ',' ? span.e + 3 : span.e + 2;
  // "In 1998, the appeals court blocked …", "Facing criticism, Ruiz said …": past an opening phrase to the subject.
  if (tokens[s]?.pos === 'ADP' || tokens[s]?.pos === 'SCONJ' || (tokens[s]?.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[s]?.lower ?? ''))) {
    let k = s + 1;
    while (k < before && k < s + 12 && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text === ',') s = k + 1;
    s = pastPlaceAndTime(tokens, s, before);
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
    if (t.pos !== 'VERB' && !initialVerb && !lightAux && !(t.pos === 'NOUN' && (verbClass(t.lemma) !== null || PARTICLE_CUES.has(t.lemma)) && verbTaggedAsNoun(view, i))) continue;
    let cueEnd = i;
    const particles = PARTICLE_CUES.get(t.lemma);
    const naming = t.lemma === 'call' && namesWithQuote(view, i);
    if (particles && particles.has(tokens[i + 1]?.lower ?? '')) cueEnd = i + 1;
    // "called Friday for", "spoke out Tuesday about": a day between the verb and its particle.
    else if (particles && WEEKDAYS.has(tokens[i + 1]?.lower ?? '') && particles.has(tokens[i + 2]?.lower ?? '')) cueEnd = i + 2;
    else if (PARTICLE_ONLY.has(t.lemma) && !naming) continue;
    const lightNoun = lightVerbCueEnd(tokens, i, lastWord);
    // "sent a letter this week urging …": a publishing verb is a cue only with a verb of saying after its document.
    const sent = lightNoun === null ? publishedDocumentAt(tokens, i, lastWord) : null;
    const light = lightNoun ?? (sent !== null && documentReportVerb(view, sent + 1) !== null ? sent : null);
    if (light !== null) cueEnd = light;
    if (t.lemma === 'put' && !(cueEnd > i && wordsPutIt(tokens, cueEnd, lastWord))) continue;
    // "He went further." introduces what follows; "the war goes further down" does not.
    if (t.lemma === 'go' && !(tokens[cueEnd]?.lower === 'after' ? goesAfterSomebody(tokens[cueEnd + 1]) : cueEnd > i && endsClause(tokens, cueEnd, lastWord) && !TIME_WORDS.has(tokens[cueEnd + 1]?.lower ?? ''))) continue;
    if (t.lemma === 'compare' && COMPARISON_PREPS.has(tokens[i + 1]?.lower ?? '')) continue;
    if (NOT_STANCE_BEFORE.get(t.lemma)?.has(tokens[i + 1]?.lower ?? '')) continue;
    // "charged £3,400 to the council", "charged 3,400 pounds": a price, not an accusation.
    if (t.lemma === 'charge' && chargesPrice(tokens, i + 1)) continue;
    // "appeared to suggest that …": the cue is the whole chain, the content follows the second verb.
    const raising = RAISING_VERBS.has(t.lemma) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    if (raising) cueEnd = i + 2;
    // Any verb that takes a "that" clause reports one ("conceded that", "hinted that"), when a speaker is its subject.
    const afterThat = tokens[i + 2];
    const thatClause = !verbClass(t.lemma) && t.pos === 'VERB' && tokens[i + 1]?.lower === 'that' && tokens[i + 1]?.pos === 'SCONJ' &&
      !NOT_REPORTING.has(t.lemma) && !!afterThat && (afterThat.pos === 'DET' || afterThat.pos === 'PRON' || afterThat.pos === 'PROPN' || afterThat.pos === 'NOUN') &&
      clauseWithin(tokens, i + 2, lastWord);
    const seesAs = SEEING_AS_VERBS.has(t.lemma) && objectThenAs(view, i + 1);
    const offers = OFFERING_VERBS.has(t.lemma) && tokens[i + 1]?.lower !== 'to' && !!npStartingAt(tokens, i + 1, lastWord);
    const cls = light !== null || seesAs || offers ? 'stance' : cueEnd > i || naming ? 'speech' : thatClause ? 'belief' : verbClass(t.lemma);
    if (!cls || creditLine(view, i)) continue;

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
    if (!progressive && aspect === null && (isInfinitiveOrPassive(tokens, i, first) || reducedPassive(view, i))) {
      // "can ask them to support a rival": an infinitive beside another cue names an act not yet done.
      if (out.length > 0 && tokens[groupStart - 1]?.lower === 'to' && agentBy(tokens, i, lastWord) === null) continue;
      const found = passiveAttribution(view, i, groupStart, used);
      if (found) out.push(found);
      continue;
    }
    // "he did not speculate on …" attributes nothing; "has not mentioned Okafor" still reports a stance.
    // "Moscow does not publish its casualty figures" reports nothing either.
    // "has not commented publicly on the split": an adverb between changes nothing.
    let afterCue = cueEnd + 1;
    while (afterCue <= lastWord && tokens[afterCue]?.pos === 'ADV' && tokens[afterCue]?.lower.endsWith('ly')) afterCue++;
    if (isNegated(tokens, i, first) && (afterCue > lastWord || tokens[afterCue]?.pos === 'ADP' || PUBLISHING_VERBS.has(t.lemma))) continue;
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
    if (CLAUSE_ONLY_SPEECH_VERBS.has(t.lemma) && sent === null && !(endsClause(tokens, cueEnd, lastWord) || opensContent(tokens[cueEnd + 1]) || invertible)) continue;
    if (t.lemma === 'state' && modifiedLikeNoun(tokens, i, first)) continue;
    // "A 2014 study found 31 cases": with an object and no clause, "find" and "show" report only for a document.
    const objectEvidence = cls === 'belief' && !takesClause(tokens, cueEnd, lastWord) && !forecastsObject(tokens, i, cueEnd);
    if (objectEvidence && !EVIDENCE_VERBS.has(t.lemma)) continue;

    // A verb followed by "that" takes any noun as its holder: "environmentalists worry that …".
    const known = verbClass(t.lemma) !== null;
    const found = subjectBefore(view, groupStart, naming || SPEECH_VERBS.has(t.lemma) || cls === 'belief' || (known && COMPLEMENTIZERS.has(tokens[cueEnd + 1]?.lower ?? '')), SPEECH_VERBS.has(t.lemma));
    const parsed = found && !holdsOwnClause(view, found) ? found : null;
    const coordinated = !parsed && COORDINATORS.has(tokens[groupStart - 1]?.lower ?? '');
    const inverted = parsed || coordinated || !(cls === 'speech' || cls === 'bare') || NO_INVERSION.has(t.lemma) ? null : subjectAfter(view, cueEnd);
    // "Some 56 percent of farmers polled said …", "“…,” said the old ferryman known as Abe.": the commonest
    // verbs of saying report even when the parser knows no shape for the phrase that names the speaker.
    const loose = found || inverted || coordinated || cueEnd > i || isNegated(tokens, i, first) || !LOOSE_SPEAKER_VERBS.has(t.lemma) ? null : QUOTE_CLOSERS.has(tokens[i - 1]?.text ?? '') ? looseSubjectAfter(view, i, cueEnd, used) : looseSubjectBefore(view, groupStart, used);
    const left = parsed ?? (loose && loose.mentionStart < i ? loose : null);
    const subject = left ?? inverted ?? loose;
    const reportVerb = light !== null && PUBLISHED_NOUNS.has(tokens[light]?.lemma ?? '') ? documentReportVerb(view, light + 1) : null;
    const after = reportVerb === null ? scanAfterCue(view, cueEnd, t.lemma) : scanAfterCue(view, reportVerb, tokens[reportVerb]?.lemma ?? t.lemma);
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
      if (head?.content && continuesReportedInfinitive(view, head.content.start, groupStart, i)) continue;
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
          content: after.contentStart === null ? null : contentSpan(view, after.contentStart, cls === 'stance' ? objectEnd(view, after.contentStart) : contentEnd(view, after.contentStart)),
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
    // "It is not known how many …": a dummy "it" before a passive names nobody who knows or says.
    if (mention.text.toLowerCase() === 'it' && left && tokens.slice(groupStart, i).some((x) => BE_FORMS.has(x.lower)) && PAST_PARTICIPLE_ENDING.test(t.lower)) continue;
    // "He went further." introduces speech; "The Gap Goes On" does not.
    if (t.lemma === 'go' && !(mention.pronoun === 'person' || mention.kind === 'named_person' || mention.kind === 'anonymous')) continue;
    if (cls === 'evidence' && mention.kind !== 'document' && !mention.pronoun && !SPEECH_VERBS.has(t.lemma) && !BELIEF_VERBS.has(t.lemma)) continue;
    if (objectEvidence && mention.kind !== 'document') continue;
    if (cls === 'stance' && mention.kind === 'document' && !EVIDENCE_VERBS.has(t.lemma)) continue;

    let content = null;
    // "Fares will rise, as Okafor noted": "as" opens the tag, not the content.
    const asTag = tokens[subject.mentionStart - 1]?.lower === 'as' && tokens[subject.mentionStart - 2]?.text === ',' && !view.quoted(subject.mentionStart - 1);
    const before = left ? contentSpan(view, first, subject.mentionStart - (asTag ? 2 : 1)) : null;
    if (!left) {
      // Inverted: the content came before the cue, or after the speaker in "Said Ellis: “…”".
      content = i === first ? contentSpan(view, subject.mentionEnd + 1, lastWord) : contentSpan(view, first, i - 1);
    } else if (after.contentStart !== null && after.contentStart > subject.mentionEnd) {
      const ownEnd = cls === 'stance' ? objectEnd(view, after.contentStart) : contentEnd(view, after.contentStart);
      const antecedent = gappedRelative(view, subject.mentionStart, after.contentStart);
      const end = isNonRestrictiveRelative(view, subject.mentionStart) || antecedent?.aside ? relativeClauseEnd(view, after.contentStart, ownEnd) : ownEnd;
      // "a plan which Okafor says will fail": the pronoun is the gap in the reported clause, so it opens the content.
      // "an interview in which she said …": after a preposition, "which" is where it was said, not the gap.
      const gap = subject.mentionStart - 1;
      const isGap = CLAUSE_GAPS.has(tokens[gap]?.lower ?? '') && !view.quoted(gap) && !(tokens[gap]?.lower === 'which' && tokens[gap - 1]?.pos === 'ADP');
      // "The pier seems to have sunk": what seems so is the whole clause, its subject included.
      const gapStart = antecedent ? antecedent.s : isGap ? gap : RAISING_VERBS.has(t.lemma) ? subject.mentionStart : after.contentStart;
      content = contentSpan(view, gapStart, end);
      // "“A,” she said, “B.”" and "To understand X, Lindqvist said, one should …": the content is both parts,
      // when both are quoted or neither is ("Mexicans say, ''Poor Mexico''" keeps only the quotation).
      // "But ''the real issue,'' he added, ''is …''": the comma may close a quotation inside the sentence; one that
      // opens the sentence ("“A,” he said, looking on") keeps only the quotation.
      const parenthetical = (tokens[subject.mentionStart - 1]?.text === ',' || (!view.quoted(first) && commaInsideQuote(view, subject.mentionStart - 1))) && after.afterComma;
      const sameVoice = !!content && !!before && (quoteOf(view, before) === 'indirect') === (quoteOf(view, content) === 'indirect');
      // "Farmers, she said, are ''fed up …''": a predicate after the tag needs the subject before it.
      // "An economic downturn, he said, “could be …”": the predicate may open a quotation.
      let o = after.contentStart;
      while (o < lastWord && QUOTE_MARKS.has(tokens[o]?.text ?? '')) o++;
      const opener = tokens[o];
      const predicate = parenthetical && !!opener && (o === after.contentStart || isLowercase(opener)) && (opener.pos === 'AUX' || (opener.pos === 'VERB' && !opener.lower.endsWith('ing')));
      // "The streets were empty, he said, “but …”": a lowercase word after the tag goes on with the sentence before it.
      const goesOn = parenthetical && !!opener && isLowercase(opener) && !frontedAdverbial(view, first, subject.mentionStart - 1);
      if (content && before && (sameVoice || predicate || goesOn) && (parenthetical || view.quoted(first)) && tokens[subject.mentionStart - 1]?.lower !== 'that') {
        content = { text: view.text.slice(before.start, content.end), start: before.start, end: content.end };
      } else if (content && before && quoteOf(view, before) === 'direct' && quoteOf(view, content) === 'indirect') {
        // "“…,” Hollis said of the plan.", "“…,” she said at a rally in Leeds.", "“…,” he said, under a rule …": the quotation is what was said.
        content = before;
      } else if (before && (tokens[subject.mentionStart - 1]?.text === ',' || asTag) && !after.afterComma && onlyPhraseAfter(view, after.contentStart)) {
        // "The pier is safe, she said in a video message to the council.": where it was said, not what.
        content = before;
      }
    } else if (RELATIVE_PRONOUNS.has(tokens[subject.mentionStart - 1]?.lower ?? '')) {
      // "…, a figure that independent economists have questioned": the content is the noun the clause hangs on.
      const antecedent = npEndingAt(tokens, subject.mentionStart - 2, first);
      content = antecedent ? contentSpan(view, antecedent.s, antecedent.e) : null;
    } else if (tokens[after.cueEnd + 1]?.text === ':' && after.cueEnd + 1 >= lastWord) {
      // "When the mayor died, Lee released this statement:": the tag introduces what follows, not the phrase before it.
      content = null;
    } else if (before && tokens[subject.mentionStart - 1]?.text === ',' && continuesAfterTag(view, after.cueEnd)) {
      // "Many boats were old, she said, and “I had to think hard.”": the tag splits one report in two.
      const rest = contentSpan(view, after.cueEnd + 3, lastWord);
      content = rest ? { text: view.text.slice(before.start, rest.end), start: before.start, end: rest.end } : before;
    } else if (tokens[subject.mentionStart - 1]?.text === ';' && !view.quoted(subject.mentionStart - 1)) {
      // "The pier will close; the council disagreed.": a clause after a semicolon is the writer's next statement.
      content = null;
    } else if (opensAdverbialClause(view, subject.mentionStart - 1)) {
      // "Holt was arrested after a colleague raised concerns": the main clause is no report of the colleague's.
      content = null;
    } else {
      content = relativeGapBefore(view, subject.mentionStart) ?? before;
    }
    const hearsay = isHearsaySubject(view, subject.chunk);
    // "Turnout appeared to be higher": what seems so is the whole clause, and nobody is said to see it.
    const seems = RAISING_VERBS.has(t.lemma) && spanEnd === i;
    const cueStart = left ? groupStart : i;
    out.push(
      toFound(view, {
        mention: hearsay || seems ? null : mention,
        inherits: null,
        kind: hearsay || seems ? 'vague' : mention.kind,
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

const GAP_PRONOUNS = new Set(['which', 'that', 'whom']);

/** "what he was talking about", "someone they already know": a cue with nothing after it inside a clause
 * that hangs on the word before its subject, which is the gap and so the content; not the whole sentence
 * before it. */
function relativeGapBefore(view: SentenceView, mentionStart: number): Span | null {
  const { tokens, first } = view;
  const k = mentionStart - 1;
  const t = tokens[k];
  if (!t || k <= first || view.quoted(k)) return null;
  if (t.lower === 'what') return contentSpan(view, k, k);
  if (t.pos !== 'NOUN' && !(t.pos === 'PRON' && INDEFINITE_PRONOUNS.has(t.lower))) return null;
  const np = npEndingAt(tokens, k, first);
  return np ? contentSpan(view, np.s, np.e) : null;
}
const INDEFINITE_PRONOUNS = new Set(['something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody']);

/** "a trend that the board predicts will continue", "the crews they thought were the best", "the toll, which
 * Hollis says will fail,": the reported clause lacks its subject (or is an infinitive), which is the noun the
 * relative clause hangs on; that noun opens the content, and an aside set off by commas ends it. */
function gappedRelative(view: SentenceView, mentionStart: number, contentStart: number): { s: number; aside: boolean } | null {
  const { tokens, first } = view;
  const open = tokens[contentStart];
  const gapped = !!open && !view.quoted(contentStart) && (open.pos === 'AUX' || (open.pos === 'VERB' && !open.lower.endsWith('ing')));
  // "questions she preferred not to answer": the gap is the object; not when the subject is the relative itself.
  const objectGap = !gapped && !RELATIVE_SUBJECTS.has(tokens[mentionStart]?.lower ?? '') && lacksObject(view, contentStart);
  if (!gapped && !objectGap) return null;
  let k = mentionStart - 1;
  const pronoun = (GAP_PRONOUNS.has(tokens[k]?.lower ?? '') || (objectGap && tokens[k]?.lower === 'who')) && !view.quoted(k);
  if (pronoun) k--;
  const aside = tokens[k]?.text === ',';
  if (aside && (!pronoun || tokens[k + 1]?.lower === 'that')) return null;
  // "which" itself opens the content ("…, which Hollis says will fail,").
  if (tokens[mentionStart - 1]?.lower === 'which') return { s: mentionStart - 1, aside };
  if (aside) k--;
  const head = tokens[k];
  if (!head || k < first || view.quoted(k) || !(head.pos === 'NOUN' || head.pos === 'PROPN') || TIME_WORDS.has(head.lower) || MONTHS.has(head.lower)) return null;
  const np = npEndingAt(tokens, k, first);
  if (!np || (!pronoun && tokens[np.s - 1]?.pos === 'ADP')) return null;
  // "tableaus that critics have likened to …", "Lee, whom he accused of …": the pronoun opens the content.
  return { s: objectGap && pronoun ? mentionStart - 1 : np.s, aside };
}
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);

/** What follows the cue lacks the verb's object: a preposition ("have likened to …", "described as …"),
 * not an infinitive ("hoped to win"), whose own object the annotators take either way. */
function lacksObject(view: SentenceView, s: number): boolean {
  const { tokens } = view;
  const open = tokens[s]?.pos === 'ADV' ? s + 1 : s;
  const t = tokens[open];
  if (!t || view.quoted(open) || t.pos !== 'ADP' || t.lower === 'that') return false;
  return !(t.lower === 'to' && tokens[open + 1]?.pos === 'VERB');
}

/** A comma inside the quotation marks that close at `k`: "…,” she said", "…,'' he said". */
function commaInsideQuote(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (!QUOTE_CLOSERS.has(tokens[k]?.text ?? '')) return false;
  let j = k;
  while (j > view.first && QUOTE_CLOSERS.has(tokens[j]?.text ?? '') && view.quoted(j)) j--;
  return tokens[j]?.text === ',';
}

/** The stretch s..e opens with a fronted adverbial ("As for the toll, he said, …", "After the vote, she said, …"). */
function frontedAdverbial(view: SentenceView, s: number, e: number): boolean {
  const { tokens } = view;
  let k = s;
  while (k < e && QUOTE_MARKS.has(tokens[k]?.text ?? '')) k++;
  const lead = tokens[k];
  return !lead || lead.pos === 'ADP' || lead.pos === 'SCONJ' || FRONTED_ADVERBIALS.has(lead.lower) || (lead.pos === 'VERB' && lead.lower.endsWith('ing'));
}
const FRONTED_ADVERBIALS = new Set(['as', 'when', 'while', 'if', 'although', 'though', 'because', 'since', 'after', 'before', 'once', 'unless', 'until', 'whether', 'asked']);

/** ", and …", ", but …" or ", since …" right after a tag in mid-sentence, then more of the report. */
function continuesAfterTag(view: SentenceView, cueEnd: number): boolean {
  const { tokens } = view;
  return tokens[cueEnd + 1]?.text === ',' && TAG_LINKS.has(tokens[cueEnd + 2]?.lower ?? '') && cueEnd + 3 <= view.lastWord && !view.quoted(cueEnd + 2);
}

/** "sees [the toll] as unfair": an object, then "as". */
function objectThenAs(view: SentenceView, s: number): boolean {
  const np = npStartingAt(view.tokens, s, view.lastWord);
  return !!np && view.tokens[np.e + 1]?.lower === 'as';
}

/** "urged the council to stop the works and apologize": a bare verb after "and" goes on with the reported
 * infinitive; it is no new cue of the speaker's. */
function continuesReportedInfinitive(view: SentenceView, contentStart: number, groupStart: number, verb: number): boolean {
  const { tokens } = view;
  if (tokens[verb]?.lower !== tokens[verb]?.lemma) return false;
  const open = tokenAt(view, contentStart);
  if (view.quoted(open)) return false;
  for (let k = open; k < groupStart - 1; k++) if (tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
  return false;
}

/** "went after the governor" attacks a person; "went after the meeting" only tells the time. */
const goesAfterSomebody = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'PROPN' || (t.pos === 'PRON' && t.lower !== 'that' && t.lower !== 'this') || POSSESSIVE_DETERMINERS.has(t.lower));


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


/** The question put to the speaker of the main clause, up to the comma that ends the participle clause. */
function askedAttribution(view: SentenceView, i: number, used: TakenTokens): FoundAttribution | null {
  const after = scanAfterCue(view, i, 'ask');
  if (after.contentStart === null) return null;
  // "Asked by a reporter about …": the agent put the question.
  const agent = view.tokens[i + 1]?.lower === 'by' ? npStartingAt(view.tokens, i + 2, view.lastWord) : null;
  const contentStart = agent ? agent.e + 1 : after.contentStart;
  const content = contentStart > view.lastWord || view.tokens[contentStart]?.pos === 'PUNCT' ? null : contentSpan(view, contentStart, objectEnd(view, contentStart));
  for (let k = i; k <= (agent?.e ?? after.cueEnd); k++) used.add(k);
  const mention = agent ? mentionFrom(view, agent) : null;
  return toFound(view, { mention, inherits: null, kind: mention ? mention.kind : 'vague', cueStart: i, cueEnd: after.cueEnd, verb: i, lemma: 'ask', content, channel: null });
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

const MAX_CREDITED_NAME = 3;

/** "Okafor reported from Dover.": a reporter's credit line closing an article, with no clause reported. */
function creditLine(view: SentenceView, i: number): boolean {
  const { tokens, first, lastWord } = view;
  if (tokens[i]?.lemma !== 'report' || tokens[i + 1]?.lower !== 'from' || i - first > MAX_CREDITED_NAME) return false;
  for (let k = i + 2; k <= lastWord; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || view.quoted(k)) return false;
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

/** "released a statement Thursday saying …", "has released a web video that accuses …": the participle or relative
 * verb of saying after a published document closes the cue (the annotators mark the whole chain). */
function documentReportVerb(view: SentenceView, from: number): number | null {
  const { tokens, lastWord } = view;
  let k = from;
  // Where it went: "posted a video on Telegram showing …", "sent a letter to the board urging …".
  const where = DOCUMENT_DESTINATIONS.has(tokens[k]?.lower ?? '') ? npStartingAt(tokens, k + 1, lastWord) : null;
  if (where) k = where.e + 1;
  const stop = k + MAX_BEFORE_REPORT_VERB;
  while (k < lastWord && k < stop && (TIME_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]?.text === ',')) k++;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || k >= lastWord) return null;
  if (t.lower === 'that' && next?.pos === 'VERB' && verbClass(next.lemma) !== null) return k + 1;
  // "a video appearing to show …": the raising verb and the verb after it.
  if (t.lower === 'appearing' && next?.lower === 'to' && tokens[k + 2]?.pos === 'VERB' && verbClass(tokens[k + 2]?.lemma ?? '') !== null) return k + 2;
  return t.lower.endsWith('ing') && verbClass(t.lemma) !== null ? k : null;
}

const MAX_BEFORE_REPORT_VERB = 5;

/** "called her the next morning", "called it a day": a time after the object, not a name for it. */
const calledAtTime = (tokens: readonly Token[], k: number): boolean =>
  [tokens[k], tokens[k + 1]].some((t) => !!t && (TIME_WORDS.has(t.lower) || t.lower === 'next' || t.lower === 'day'));

/** Objects of a naming "call" that can stand before its name: "calls this a myth". */
const NAMED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'me', 'us', 'himself', 'herself', 'themselves', 'itself']);

/** "Mayor Ruiz calls tram plan ‘a fantasy’": "call" names something with a quotation, also past an apposition
 * ("called Okafor, his rival, a “fraud”"). */
function namesWithQuote(view: SentenceView, cue: number): boolean {
  const { tokens } = view;
  for (let k = cue + 1; k <= Math.min(view.lastWord, cue + 10); k++) {
    const t = view.tokens[k];
    if (!t) break;
    if (t.text === '“' || t.text === '‘' || t.text === '"' || t.text === "''" || (t.text === "'" && tokens[k + 1]?.text === "'")) return true;
    // "called him a master", "called the fares unfair": an object, then what it is called.
    if (k > cue + 1 && (t.lower === 'a' || t.lower === 'an' || (t.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN')) && isObjectBefore(view, cue + 1, k - 1)) return true;
    // "calls this a myth", "called it the worst deal", "called her son her hero": a pronoun object, then its name.
    if (k === cue + 2 && NAMED_PRONOUNS.has(tokens[cue + 1]?.lower ?? '') && (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || POSSESSIVE_DETERMINERS.has(t.lower)) && tokens[k + 1]?.pos !== 'VERB' && !calledAtTime(tokens, k + 1)) return true;
    if (t.text === '.' || t.text === ';') break;
  }
  return false;
}

/** "…, saying the West has ignored …", "tweeting, “…”", "footage of Okafor saying …". */
function participleAttribution(view: SentenceView, i: number, cueEnd: number, out: readonly FoundAttribution[], used: TakenTokens): FoundAttribution | null {
  const { tokens } = view;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev) return null;
  let mention: Mention | null = null;
  let inherits: FoundAttribution | null = null;
  // "…, even suggesting …", "…, perhaps recognizing …": an adverb may open the participle clause.
  // "…, “harbor spirit,” saying …": the comma may sit inside the closing quotation mark.
  const lead = (prev.pos === 'ADV' || QUOTE_CLOSERS.has(prev.text)) && tokens[i - 2]?.text === ',' ? tokens[i - 2] : prev;
  if (!PARTICIPLE_CUES.has(t.lemma) && !(COMMA_PARTICIPLE_CUES.has(t.lemma) && lead?.text === ',')) return null;
  // "After saying her foot was swollen, Hollis left": the clause opens the sentence, its subject follows it.
  const opening = PARTICIPLE_LEADS.has(prev.lower) && i - 1 === view.first;
  const fronted = frontedParticipleSubject(view, i);
  if (fronted) {
    mention = mentionFrom(view, fronted.chunk);
    for (let k = fronted.chunk.s; k <= fronted.chunk.e; k++) used.add(k);
  } else if (lead?.text === ',' || PARTICIPLE_LEADS.has(prev.lower)) {
    inherits = out[out.length - 1] ?? null;
    if (!inherits) {
      const own = sentenceSubject(view, opening ? view.lastWord + 1 : i, used) ?? (opening ? null : mainClauseSubject(view, i, used));
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
  const ownEnd = (end: number) => after.contentStart === null ? end : coordinatedParticipleEnd(view, after.contentStart, end);
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
      : after.contentStart === null ? null
      : contentSpan(view, after.contentStart, ownEnd(opening || verbClass(t.lemma) === 'stance' ? objectEnd(view, after.contentStart) : contentEnd(view, after.contentStart))),
    channel: SOCIAL_VERBS.has(t.lemma) ? 'social_media' : (after.channel ?? inherits?.channel ?? null),
  });
}

/** "Then Okafor, on Friday, ratcheted up her attacks, saying …": the subject of the finite verb nearest before
 * the participle's comma, when the sentence does not open with it. */
function mainClauseSubject(view: SentenceView, i: number, used: TakenTokens): Chunk | null {
  const { tokens, first } = view;
  for (let k = i - 2; k > first; k--) {
    const t = tokens[k];
    if (!t || t.text === ';' || view.quoted(k)) return null;
    if (t.pos !== 'VERB' || tokens[k - 1]?.lower === 'to' || (/(?:ing|ed|en)$/.test(t.lower) && verbGroupStart(tokens, k, first) === k && tokens[k - 1]?.pos !== 'NOUN' && tokens[k - 1]?.pos !== 'PROPN' && tokens[k - 1]?.pos !== 'PRON')) continue;
    const subject = subjectBefore(view, verbGroupStart(tokens, k, first));
    if (!subject || used.has(subject.chunk.s) || !speakerLike(tokens[subject.chunk.e])) return null;
    return subject.chunk;
  }
  return null;
}

/** "…, thanking the crews and congratulating the engineers": a second participle after "and" or "but" is a
 * new act of the subject's, so the first one's content ends before it; "saying he was reading and writing"
 * coordinates inside the content. */
function coordinatedParticipleEnd(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let k = start + 1; k < end; k++) {
    if (view.quoted(k) || !COORDINATORS.has(tokens[k]?.lower ?? '')) continue;
    let v = k + 1;
    if (tokens[v]?.pos === 'ADV' && tokens[v]?.lower !== 'not') v++;
    const verb = tokens[v];
    const prev = tokens[k - 1];
    if (verb && verb.pos === 'VERB' && verb.lower.endsWith('ing') && !view.quoted(v) && !(prev?.pos === 'VERB' && prev.lower.endsWith('ing'))) return k - 1;
  }
  return end;
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



/** A price at `k`: "£3,400", "3,400 pounds" (not "charged two developers"). */
const chargesPrice = (tokens: readonly Token[], k: number): boolean =>
  /^\p{Sc}/u.test(tokens[k]?.text ?? '') || (tokens[k]?.pos === 'NUM' && CURRENCY_WORDS.has(tokens[k + 1]?.lower ?? ''));

/** "Kopp, meanwhile, may have approached the border, said Freeh": an auxiliary right after an aside's comma,
 * outside any relative clause, makes the phrase a clause of its own, not a speaker. */
function holdsOwnClause(view: SentenceView, subject: Subject): boolean {
  const { tokens } = view;
  for (let k = subject.mentionStart; k <= subject.mentionEnd; k++) {
    const t = tokens[k];
    if (!t || view.quoted(k)) continue;
    if (RELATIVE_WORDS_IN_MENTIONS.has(t.lower)) return false;
    if (t.pos === 'AUX' && tokens[k - 1]?.text === ',' && k > subject.chunk.e) return true;
  }
  return false;
}

/** A subordinator that opens an adverbial clause at `k`; not "as", whose clause reports the main one ("…, as critics warned"). */
const opensAdverbialClause = (view: SentenceView, k: number): boolean =>
  SUBORDINATORS.has(view.tokens[k]?.lower ?? '') && view.tokens[k]?.lower !== 'as' && !view.quoted(k);

/** "Mr. Adeyemi was accused of using …" (no agent: vague), "has been endorsed by several unions". */
function passiveAttribution(view: SentenceView, i: number, groupStart: number, used: TakenTokens): FoundAttribution | null {
  const { tokens, lastWord } = view;
  const t = tokens[i];
  const by = agentBy(tokens, i, lastWord);
  if (!t || !(PASSIVE_CUES.has(t.lemma) || (by === i + 1 && AGENT_PASSIVE_CUES.has(t.lemma))) || t.lower.endsWith('ing')) return null;
  let cueEnd = i;
  let mention: Mention | null = null;
  let contentStart = i + 1;
  let question = false;
  if (by !== null) {
    const np = npStartingAt(tokens, by + 1, lastWord);
    if (!np) return null;
    const chunk = np;
    mention = mentionFrom(view, chunk);
    contentStart = np.e + 1;
    for (let k = np.s; k <= np.e; k++) used.add(k);
  } else if (PASSIVE_PARTICLES.has(tokens[i + 1]?.lower ?? '')) {
    // "was accused of lying", but "was asked | to resign": the infinitive's "to" opens the content.
    const infinitive = tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    // "Anyone with information is asked to call police": a standing appeal in the present reports nothing.
    if (infinitive && tokens.slice(groupStart, i).some((x) => x.lower === 'is' || x.lower === 'are')) return null;
    cueEnd = infinitive ? i : i + 1;
    contentStart = cueEnd + 1;
  } else if (t.lemma === 'ask' && QUESTION_OPENERS.has(tokens[i + 1]?.lower ?? '') && tokens.slice(groupStart, i).some((x) => BE_FORMS.has(x.lower))) {
    // "was asked about the fees", "was asked whether …": the question is what is reported, not the person asked.
    question = true;
    cueEnd = tokens[i + 1]?.lower === 'about' ? i + 1 : i;
    contentStart = cueEnd + 1;
  } else if (tokens[i + 1]?.pos !== 'DET' && tokens[i + 1]?.text !== '“' && tokens[i + 1]?.text !== '"') {
    return null;
  }
  const subjectEnd = groupStart - 1;
  const subject = npEndingAt(tokens, subjectEnd, view.first);
  // With no agent the whole clause is what is reported: "Okafor was accused of hiding the report".
  const content = mention
    ? (subject ? contentSpan(view, subject.s, subject.e) : null)
    : contentStart <= lastWord ? contentSpan(view, question ? contentStart : (subject?.s ?? contentStart), contentEnd(view, contentStart)) : null;
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

const MAX_BEFORE_AGENT = 6;

/** The "by" of a passive's agent: right after the participle, or after a short complement that holds no clause of
 * its own ("was called a liar by", "was endorsed on Friday by", "was described to me by"). */
function agentBy(tokens: readonly Token[], i: number, lastWord: number): number | null {
  for (let k = i + 1; k <= lastWord && k <= i + MAX_BEFORE_AGENT; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.lower === 'by') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && !QUOTE_MARKS.has(t.text)) || AGENT_BARRIERS.has(t.lower)) return null;
  }
  return null;
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
