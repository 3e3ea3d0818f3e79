// Where an attribution's content lies around its cue, what stands between them ("told Sky News on
// Friday that", "said in a statement"), and whether the content is quoted.
import type { Channel, Quote, Span } from '../schema.js';
import type { Token } from '../nlp.js';
import type { SentenceView } from './view.js';
import { npStartingAt, isCapitalised } from './np.js';
import { hasLetterOrDigit, isWhitespace, letterOrDigitAt } from '../nlp.js';
import { MONTHS } from '../lexicon/calendar.js';
import { CONTENT_PREPOSITIONS, CUE_VENUES, MEDIA_OUTLETS, SOCIAL_NOUNS, SOCIAL_PLATFORMS, TIME_WORDS } from '../lexicon/cues.js';
import { CONTRACTED_S, DAY_PARTS, PARENTHETICAL_ADVERBS, SENTENCE_CONNECTIVE_PAIRS, SENTENCE_CONNECTIVES, WEEKDAYS as DAYS } from '../lexicon/grammar.js';
// grammar.ts's closers, lone straight quote included; only for tokens the view marks as quoted, where it
// cannot be an apostrophe.
import { QUOTE_CLOSERS as ANY_QUOTE_CLOSER } from '../lexicon/grammar.js';

/** Verbs whose first object is the person addressed, not the content: "told reporters that …". */
const ADDRESSEE_VERBS = new Set(['tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'brief', 'advise', 'urge', 'caution', 'email', 'text', 'write']);
const PHRASE_PREPS = new Set(['in', 'on', 'at', 'during', 'to', 'via', 'through', 'over', 'after', 'before', 'from', 'with', 'earlier', 'late', 'last', 'this', 'late']);
/** Plain verbs of saying: "said of the plan" and "said on the radio" keep the preposition out of the cue. */
const PLAIN_SAYING = new Set(['say', 'tell', 'add', 'write', 'recall', 'note', 'joke', 'quip', 'respond', 'reply']);
const NOT_MANNER = new Set(['only', 'early', 'likely', 'nearly', 'roughly', 'mostly', 'largely', 'partly', 'merely', 'simply', 'really', 'actually', 'clearly', 'probably', 'certainly', 'apparently', 'reportedly', 'allegedly']);
/** Prepositions that attach a phrase to a venue: "an interview with …", "a letter to …". */
const VENUE_ATTACHMENTS = new Set(['with', 'to', 'on', 'for', 'from']);
/** "said in response", "wrote in part": how it was said, never what. */
const MANNER_PHRASES = new Set(['response', 'reply', 'return', 'part', 'turn', 'jest', 'passing', 'person', 'private', 'public', 'unison']);
const OBJECT_ADJUNCTS = new Set(['during', 'since', 'after', 'before', 'when', 'while', 'because', 'until', 'amid']);
const OPENING_PUNCT = new Set([',', ':', '—', '–', '-']);
/** Trimmed from both ends of a content span: whitespace, commas, semicolons, colons, dashes and hyphens. */
const isEdgePunctuation = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || isWhitespace(c);

export interface AfterCue {
  /** Last token of the cue, extended over a venue ("said in a statement"). */
  cueEnd: number;
  /** First token of the content after the cue, or null when the cue ends the clause. */
  contentStart: number | null;
  channel: Channel | null;
  /** A comma stood between the cue and what follows it: "said, adding …", "said, “…”". */
  afterComma: boolean;
}

const QUOTE_OPENERS = new Set(['“', '"', '‘', "'", "''"]);
// Not grammar.ts's QUOTE_CLOSERS: a lone straight single quote is left out here, as it is as often an
// apostrophe ("the senators' votes") as the end of a quotation.
const QUOTE_CLOSERS = new Set(['”', '"', '’', "''"]);
const ADVERBIAL_OPENERS = new Set(['while', 'as', 'before', 'after', 'when', 'although', 'though', 'because', 'since', 'but', 'and', 'then', 'according', 'in', 'at', 'during', 'with', 'without', 'not', 'even']);
/** Where reported content ends and the writer's own clause begins: ", but …", " — a metaphor …". */
const CONTENT_BREAKS = new Set(['but', 'though', 'although', 'while', 'whereas']);

/** The last token of content that starts at `start`: it stops before ", but …" and a dash after a quotation. */
export function contentEnd(view: SentenceView, start: number): number {
  const { tokens, lastWord } = view;
  const lastComma = lastCommaOf(view);
  const lastDash = lastDashOf(view, start);
  const fronted = insideFrontedClause(view, start);
  let clause = false;
  for (let k = start + 1; k < lastWord; k++) {
    const t = tokens[k];
    if (!t || view.quoted(k)) continue;
    const prev = tokens[k - 1];
    // "called for more buses and left the meeting": content with no verb of its own is an object, which
    // ends before the subject's next verb.
    if (!clause && COORDINATORS.has(t.lower) && k > start && finiteVerbAfter(view, k + 1)) return k - 1;
    clause ||= isFinite(t, prev);
    // "said the bridge was safe, but would close for repairs": a verb sharing the reported clause's subject
    // goes on with the content; after an object ("praised X, but also cut …") it is the speaker's own.
    if (prev?.text === ',' && CONTENT_BREAKS.has(t.lower) && !view.quoted(k - 1) && !(clause && (sharesSubject(tokens[k + 1], tokens[k + 2]) || secondThatClause(view, k + 1)))) return k - 2;
    // The same after a quoted phrase that closes on its comma: "…is “true,” but the report …".
    // "…called it “a disgrace” during a speech in Ames": a time or place phrase after the closing quotation mark.
    if (view.quoted(start) && prev && ANY_QUOTE_CLOSER.has(prev.text) && view.quoted(k - 1) && TRAILING_ADJUNCTS.has(t.lower) && !quotedAfter(view, k)) return k - 1;
    const closedComma = commaBeforeClosingQuote(view, k);
    if (closedComma >= 0 && CONTENT_BREAKS.has(t.lower) && !view.quoted(start) && !(clause && sharesSubject(tokens[k + 1], tokens[k + 2]))) return closedComma - 1;
    // "Although Okafor has admitted missing the deadline, she has not resigned": the main clause is her own act.
    if (fronted && prev?.text === ',' && !view.quoted(k - 1) && opensClauseAt(view, k)) return k - 2;
    // The same when the fronted clause ends on a quotation: "While voters said she has the “best record,” he is …".
    if (fronted && closedComma >= 0 && opensClauseAt(view, k)) return closedComma - 1;
    // "…, and the council has since voted …": a new clause with its own subject is the writer's again.
    if (prev?.text === ',' && t.lower === 'and' && !view.quoted(start) && opensClauseAt(view, k + 1)) return k - 2;
    // "…, saying …", "…, arguing that …": a participle clause after a comma is the writer's again.
    if (prev?.text === ',' && !view.quoted(k - 1) && t.pos === 'VERB' && t.lower.endsWith('ing') && !LIST_OPENERS.has(t.lower) && !view.quoted(start)) return k - 2;
    // The same after a quoted phrase that ends with its comma: "…the “harbor spirit,” saying …".
    if (closedComma >= 0 && t.pos === 'VERB' && t.lower.endsWith('ing') && !view.quoted(start)) return closedComma - 1;
    // "…, a claim the council disputes": a closing indefinite apposition is the writer's comment.
    if (prev?.text === ',' && k - 1 === lastComma && (t.lower === 'a' || t.lower === 'an') && !view.quoted(start) && !view.quoted(k)) return k - 2;
    // "…, which the court has put on hold": a relative clause that runs to the end is the writer's aside.
    if (prev?.text === ',' && RELATIVE_ASIDES.has(t.lower) && !view.quoted(start) && !view.quoted(k) && k - 1 === lastComma) return k - 2;
    if ((t.text === '—' || t.text === '--' || t.text === '–') && prev && view.quoted(k - 1)) return k - 1;
    // "said 40 percent were enthusiastic; 26 percent …": an unquoted semicolon closes a reported clause.
    if (t.text === ';' && !view.quoted(k) && !view.quoted(start)) return k - 1;
    // "called for more buses in a statement", "…, he wrote on Facebook": where it was said closes the content.
    if (k > start + 1 && !view.quoted(k) && opensVenue(view, k)) return k - 1;
    // "…, the council said — a claim the mayor disputes": a closing dash aside is the writer's.
    // A dash that opens a quotation or a list ("— from A to B", "-- including …") elaborates the content itself.
    const after = tokens[k + 1];
    if (DASH_ASIDES.has(t.text) && k === lastDash && !view.quoted(start) && k > start + 2 && after && !view.quoted(k + 1) && !ELABORATIONS.has(after.lower)) return k - 1;
  }
  return lastWord;
}

const TRAILING_ADJUNCTS = new Set(['during', 'as', 'after', 'before', 'while', 'when', 'on', 'in', 'at', 'amid', 'despite']);

/** Some quoted token after `k` in the sentence. */
function quotedAfter(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j <= view.lastWord; j++) if (view.quoted(j)) return true;
  return false;
}

/** The comma before the quotation marks that close right before `k` ("…,” saying", "…,'' but"), or -1. The
 * marks are tokens of their own; a doubled apostrophe is two. */
function commaBeforeClosingQuote(view: SentenceView, k: number): number {
  let j = k - 1;
  while (j > view.first && ANY_QUOTE_CLOSER.has(view.tokens[j]?.text ?? '') && view.quoted(j)) j--;
  return j < k - 1 && view.tokens[j]?.text === ',' && !view.quoted(k) ? j : -1;
}

const RELATIVE_ASIDES = new Set(['which', 'who']);
/** Participles that open a list of examples, not a clause of the writer's: ", including …". */
const LIST_OPENERS = new Set(['including']);
/** Conjunctions that open a subordinate clause in front of the main one: "Although …, he …". */
const FRONTED_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'if', 'when', 'as', 'because', 'since', 'after', 'before', 'once', 'until', 'unless', 'even']);
const LINKS = new Set(['but', 'and', 'yet', 'so']);

/** `start` lies inside a subordinate clause that opens its stretch of the sentence, after the sentence's start
 * or a comma ("Although …, she …", "Later, when I asked her …, she …"), and before any comma of its own. */
function insideFrontedClause(view: SentenceView, start: number): boolean {
  const { tokens, first } = view;
  let s = start - 1;
  while (s >= first && !((tokens[s]?.text === ',' || tokens[s]?.text === ';') && !view.quoted(s))) s--;
  s++;
  if (LINKS.has(tokens[s]?.lower ?? '')) s++;
  // "Now that we know the toll, …": a two-word opener.
  const nowThat = tokens[s]?.lower === 'now' && tokens[s + 1]?.lower === 'that';
  return s < start && (nowThat || FRONTED_OPENERS.has(tokens[s]?.lower ?? '')) && !view.quoted(s);
}

const isFinite = (t: Token, prev: Token | undefined): boolean =>
  t.pos === 'AUX' || (t.pos === 'VERB' && prev?.lower !== 'to' && !t.lower.endsWith('ing'));
const MODALS = new Set(['would', 'could', 'will', 'can', 'might', 'may', 'should', 'must', 'wo', 'ca']);

/** A modal right after a conjunction, perhaps after an adverb: "but would", "but eventually could". A plain
 * past tense ("but ordered …") is more often the speaker's own next act. */
function sharesSubject(next: Token | undefined, afterNext: Token | undefined): boolean {
  const verb = next?.pos === 'ADV' ? afterNext : next;
  return !!verb && MODALS.has(verb.lower);
}

const CLAUSE_SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN']);

/** "said the pier was safe, but that the rails …": a second "that" clause reported by the same verb. "but
 * that report …" and "but that is …" are the writer's. */
function secondThatClause(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  return tokens[k]?.lower === 'that' && !view.quoted(k) && CLAUSE_SUBJECT_POS.has(tokens[k + 1]?.pos ?? '') && opensClauseAt(view, k + 1);
}

/** A subject and its finite verb start at `s`: "the council has voted", "Okafor said". */
function opensClauseAt(view: SentenceView, s: number): boolean {
  if (RELATIVE_ASIDES.has(view.tokens[s]?.lower ?? '')) return false;
  const np = npStartingAt(view.tokens, s, view.lastWord);
  // "they also say": an adverb may stand between the subject and its verb.
  const v = np && view.tokens[np.e + 1]?.pos === 'ADV' ? np.e + 2 : (np?.e ?? 0) + 1;
  const verb = np ? view.tokens[v] : undefined;
  return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')));
}

const DASH_ASIDES = new Set(['—', '--', '–', '―']);
const ELABORATIONS = new Set(['from', 'including', 'such', 'like', 'especially', 'namely', 'particularly', 'both', 'either']);

/** The only unquoted dash after `start`, or -1 when there is none or a pair sets off an aside in the middle. */
function lastDashOf(view: SentenceView, start: number): number {
  let found = -1;
  for (let j = start + 1; j < view.lastWord; j++) {
    if (!DASH_ASIDES.has(view.tokens[j]?.text ?? '') || view.quoted(j)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found;
}

/** The last unquoted comma of the sentence before its last word, or -1. */
function lastCommaOf(view: SentenceView): number {
  for (let j = view.lastWord - 1; j >= view.first; j--) if (view.tokens[j]?.text === ',' && !view.quoted(j)) return j;
  return -1;
}

function hasPossessive(view: SentenceView, s: number, e: number): boolean {
  for (let i = s; i <= e; i++) if (CONTRACTED_S.has(view.tokens[i]?.text ?? '')) return true;
  return false;
}

/** "in May", "in June 2012", "in 2016": a month or a year. */
function namesDate(view: SentenceView, s: number, e: number): boolean {
  const head = view.tokens[e];
  if (head && YEAR.test(head.text)) return true;
  for (let i = s; i <= e; i++) {
    const t = view.tokens[i];
    if (t && MONTHS.has(t.lower) && isCapitalised(t)) return true;
  }
  return false;
}

function lowerRun(view: SentenceView, s: number, e: number): string {
  const out: string[] = [];
  for (let i = s; i <= e; i++) out.push(view.tokens[i]?.lower ?? '');
  return out.join(' ');
}

/** Reads past addressee, time, venue and platform phrases after a cue to where its content begins. */
export function scanAfterCue(view: SentenceView, cueEnd: number, lemma: string): AfterCue {
  const { tokens, lastWord } = view;
  let p = cueEnd + 1;
  let channel: Channel | null = null;
  let afterComma = false;
  let end = cueEnd;
  if (ADDRESSEE_VERBS.has(lemma)) {
    const np = objectPronounAt(view, p) ? { s: p, e: p } : npStartingAt(tokens, p, lastWord);
    const head = np ? tokens[np.e] : undefined;
    // "urged lawmakers to act": the person urged is part of what is urged.
    const control = tokens[(np?.e ?? p) + 1]?.lower === 'to' && tokens[(np?.e ?? p) + 2]?.pos === 'VERB';
    if (np && head && head.lower !== 'that' && !control) {
      const who = lowerRun(view, np.s, np.e);
      if (MEDIA_OUTLETS.has(who) || MEDIA_OUTLETS.has(who.replace(/^the /, ''))) channel = 'media';
      p = np.e + 1;
    }
    p = afterQuotedTitle(view, p) ?? p;
  }
  // "said sarcastically", "complain bitterly that": a manner adverb right after the verb belongs to the cue.
  const manner = tokens[p];
  const afterManner = tokens[p + 1];
  const closesManner = !afterManner || p >= lastWord || afterManner.pos === 'PUNCT' || afterManner.lower === 'that' || QUOTE_OPENERS.has(afterManner.text);
  if (manner && p <= lastWord && manner.pos === 'ADV' && manner.lower.endsWith('ly') && !NOT_MANNER.has(manner.lower) && closesManner) end = p++;
  let afterVenue = false;
  let firstPhrase: number | null = null;
  for (let guard = 0; guard < 6 && p <= lastWord; guard++) {
    const t = tokens[p];
    if (!t) break;
    if (firstPhrase === null && t.pos === 'ADP') firstPhrase = p;
    // "criticized this week’s vote", "praised last year’s budget": a possessive time phrase is the content's determiner.
    if (TIME_WORDS.has(t.lower) && (CONTRACTED_S.has(tokens[p + 1]?.text ?? '') || (TIME_WORDS.has(tokens[p + 1]?.lower ?? '') && CONTRACTED_S.has(tokens[p + 2]?.text ?? '')))) break;
    // "called Friday's vote a disgrace": a possessive day is the content's determiner, not when it was said.
    if (TIME_WORDS.has(t.lower) && !PHRASE_PREPS.has(t.lower) && !CONTRACTED_S.has(tokens[p + 1]?.text ?? '')) {
      // "said Friday that …", "said Monday night": a bare day right after the verb belongs to the cue.
      if (p === end + 1 && (DAYS.has(t.lower) || (p > cueEnd + 1 && DAY_PARTS.has(t.lower) && DAYS.has(tokens[p - 1]?.lower ?? '')))) end = p;
      p++;
      continue;
    }
    if (PHRASE_PREPS.has(t.lower)) {
      const np = npStartingAt(tokens, p + 1, lastWord);
      if (!np) {
        if (TIME_WORDS.has(t.lower)) {
          p++;
          continue;
        }
        break;
      }
      const words = lowerRun(view, np.s, np.e);
      const head = tokens[np.e]?.lower ?? '';
      const venue = CUE_VENUES.get(head);
      const date = namesDate(view, np.s, np.e);
      if (afterVenue && VENUE_ATTACHMENTS.has(t.lower)) {
        // "in an interview with the Daily Ledger", "in a letter to shareholders".
        if (end > cueEnd) end = np.e;
      } else if (SOCIAL_PLATFORMS.has(head) || (SOCIAL_NOUNS.has(head) && t.lower === 'in' && words.match(/^(a|an|the|his|her|their|its) /))) {
        channel = 'social_media';
        if (t.lower === 'in') end = np.e;
      } else if (venue && (t.lower === 'in' || t.lower === 'during' || t.lower === 'at')) {
        channel = channel ?? venue;
        end = np.e;
      } else if (MEDIA_OUTLETS.has(words) || MEDIA_OUTLETS.has(words.replace(/^the /, ''))) {
        channel = channel ?? 'media';
      } else if (date || (t.lower === 'in' && MANNER_PHRASES.has(words)) || TIME_WORDS.has(head) || TIME_WORDS.has(tokens[np.s]?.lower ?? '') || (t.lower === 'on' && isCapitalised(tokens[np.s] ?? t) && !hasPossessive(view, np.s, np.e))) {
        // "on Friday", "earlier this month", "at a rally on Monday"; not "commented on Okafor's plan"
      } else if (!(t.lower === 'at' || t.lower === 'during' || t.lower === 'after' || t.lower === 'before')) {
        break;
      }
      afterVenue = !!venue || SOCIAL_NOUNS.has(head);
      p = np.e + 1;
      // "in a post on X", "in an interview with the BBC": read on through the attached phrase.
      continue;
    }
    if (OPENING_PUNCT.has(t.text)) {
      afterComma ||= t.text === ',';
      p++;
      continue;
    }
    // "cautioned, however, that …": an adverb set off by commas is no part of the content.
    if (afterComma && PARENTHETICAL_ADVERBS.has(t.lower) && tokens[p + 1]?.text === ',') {
      afterComma = false;
      p += 2;
      continue;
    }
    break;
  }
  // "…, analysts say; in 2012, …": a semicolon closes the tag's clause, and what follows is the writer's.
  if (p > lastWord || (tokens[p]?.text === ';' && !view.quoted(p))) return { cueEnd: end, contentStart: null, channel, afterComma };
  // "asked her, “…”", "said of the plan, “…”", "scolded him: “…”": the quotation is the content, not the phrase before it.
  const quotation = quotationAfterPhrase(view, p, lemma);
  if (quotation !== null) return { cueEnd: end, contentStart: quotation, channel, afterComma };
  // "complained about the fees": a preposition right after the verb belongs to the cue.
  if (p === cueEnd + 1 && p < lastWord && !PLAIN_SAYING.has(lemma) && CONTENT_PREPOSITIONS.has(tokens[p]?.lower ?? '')) {
    return { cueEnd: p, contentStart: p + 1, channel, afterComma };
  }
  // "wrote about the pier", "told reporters about the pier", "asked her about the pier": the topic is the content; "about" right after
  // the verb joins the cue ("said about 20 boats" counts).
  if ((PLAIN_SAYING.has(lemma) || ADDRESSEE_VERBS.has(lemma)) && tokens[p]?.lower === 'about' && p < lastWord && !view.quoted(p) && tokens[p + 1]?.pos !== 'NUM') {
    return { cueEnd: p === cueEnd + 1 ? p : end, contentStart: p + 1, channel, afterComma };
  }
  // "said in Leeds that …", "told a crowd of farmers on Friday that …": the clause opens at "that".
  // "said at a campaign stop in Leeds, England, that …": read again from the first phrase, which the scan
  // may have left on a noun it took for a verb.
  const that = complementizerAfterPhrase(view, p) ?? (firstPhrase !== null && firstPhrase < p ? complementizerAfterPhrase(view, firstPhrase) : null);
  if (that !== null) return { cueEnd: end, contentStart: that, channel, afterComma };
  // "…,” the mayor told the crowd, listing …" — a comma then a participle or adverbial clause is not content.
  const next = tokens[p];
  if (afterComma && next && !QUOTE_OPENERS.has(next.text) && next.lower !== 'that' && (next.lower.endsWith('ing') || ADVERBIAL_OPENERS.has(next.lower) || next.pos === 'SCONJ') && !mainClauseAfter(view, p)) {
    return { cueEnd: end, contentStart: null, channel, afterComma };
  }
  return { cueEnd: end, contentStart: p, channel, afterComma };
}

/** "in a video message to the party", "of the plan": from `s` to the sentence's end only a prepositional
 * phrase, with no verb and no quotation, so it tells where or of what something was said, not what. */
export function onlyPhraseAfter(view: SentenceView, s: number): boolean {
  const { tokens, lastWord } = view;
  if (tokens[s]?.pos !== 'ADP' || tokens[s]?.lower === 'that' || CONTENT_PREPOSITIONS.has(tokens[s]?.lower ?? '')) return false;
  for (let k = s; k <= lastWord; k++) {
    const t = tokens[k];
    if (!t || view.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ',' || t.text === ';') return false;
  }
  return true;
}

const MAX_FRONTED_CLAUSE = 10;

/** "said, if elected, she would …": a short subordinate clause from `p`, then a comma and a main clause with
 * its own subject and verb, which is what was said. */
function mainClauseAfter(view: SentenceView, p: number): boolean {
  const { tokens, lastWord } = view;
  for (let k = p + 1; k < lastWord && k <= p + MAX_FRONTED_CLAUSE; k++) {
    const t = tokens[k];
    if (!t || view.quoted(k) || t.text === ';') return false;
    if (t.text === ',') return opensClauseAt(view, k + 1);
  }
  return false;
}

const MAX_TITLE_WORDS = 5;

/** The token after a short quoted programme or paper title at `p` ("told MSNBC's “Morning Joe” that …") and
 * the nouns it names ("the “Today” show"), or null: only when a clause or phrase follows, not a quotation. */
function afterQuotedTitle(view: SentenceView, p: number): number | null {
  const { tokens, lastWord } = view;
  const first = tokens[p + 1];
  if (!QUOTE_OPENERS.has(tokens[p]?.text ?? '') || !first || !isCapitalised(first)) return null;
  for (let k = p + 2; k <= p + MAX_TITLE_WORDS + 1 && k < lastWord; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (QUOTE_CLOSERS.has(t.text)) {
      let q = k + 1;
      while (q < lastWord && tokens[q]?.pos === 'NOUN') q++;
      const next = tokens[q]?.lower ?? '';
      return next === 'that' || PHRASE_PREPS.has(next) || TIME_WORDS.has(next) ? q : null;
    }
    if (letterOrDigitAt(t.text, 0) === 0) return null;
  }
  return null;
}

/** Object pronouns that stand for the person addressed ("told him the pier …"); "it" would be the content's subject. */
const ADDRESSED_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** An object pronoun at `p`; "her" before a noun is a possessive ("told her story"). */
function objectPronounAt(view: SentenceView, p: number): boolean {
  const t = view.tokens[p];
  if (!t || view.quoted(p) || !ADDRESSED_PRONOUNS.has(t.lower)) return false;
  return t.lower !== 'her' || !NOMINAL_POS.has(view.tokens[p + 1]?.pos ?? '');
}

const MAX_PHRASE_BEFORE_QUOTATION = 6;
const QUOTATION_LEADS = new Set([',', ':']);

/** The opening quotation mark after a short phrase that starts at `p` and ends on a comma or colon, or null.
 * The phrase is the person spoken to, the topic ("of the plan") or the manner before a colon ("through an
 * interpreter:"); "that, “…”" and "on the other hand, “…”" stay in the content. */
function quotationAfterPhrase(view: SentenceView, p: number, lemma: string): number | null {
  const { tokens, lastWord } = view;
  const lead = tokens[p];
  if (!lead || view.quoted(p) || !(lead.pos === 'PRON' || lead.pos === 'ADP' || ADDRESSEE_VERBS.has(lemma)) || lead.lower === 'that') return null;
  for (let k = p + 1; k < lastWord && k <= p + MAX_PHRASE_BEFORE_QUOTATION; k++) {
    const t = tokens[k];
    // "said through an interpreter: “…”": a phrase of manner before a colon; before a comma it may be a
    // connective of the speaker's ("on the other hand, “…”").
    if (t && t.text === ',' && lead.pos === 'ADP' && lead.lower !== 'of') return null;
    if (t && QUOTATION_LEADS.has(t.text)) return QUOTE_OPENERS.has(tokens[k + 1]?.text ?? '') && view.quoted(k + 1) ? k + 1 : null;
    if (!t || view.quoted(k - 1) || t.pos === 'VERB' || t.pos === 'AUX' || PHRASE_STOPS.has(t.text)) return null;
  }
  return null;
}

const MAX_PHRASE_BEFORE_THAT = 12;
const PHRASE_STOPS = new Set([';', ':', '(', '“', '"', '‘', "''"]);

/** The "that" opening a clause after prepositional phrases that start at `p`, or null: verbs, quotations
 * and clause punctuation in between mean the phrase is itself the content. */
function complementizerAfterPhrase(view: SentenceView, p: number): number | null {
  const { tokens, lastWord } = view;
  // "here on Sunday that", "however, that", "following a vote in May that": adverbs and "following" too.
  const lead = tokens[p];
  if (!lead || view.quoted(p) || !(lead.pos === 'ADP' || lead.pos === 'ADV' || lead.lower === 'following')) return null;
  for (let k = p + 1; k < lastWord && k <= p + MAX_PHRASE_BEFORE_THAT; k++) {
    const t = tokens[k];
    // "a campaign stop": wink may read a noun after a noun as a verb.
    const nounAfterNoun = t?.pos === 'VERB' && tokens[k - 1]?.pos === 'NOUN' && !t.lower.endsWith('ed') && !t.lower.endsWith('s');
    if (!t || view.quoted(k) || (t.pos === 'VERB' && !nounAfterNoun) || t.pos === 'AUX' || PHRASE_STOPS.has(t.text)) return null;
    if (t.lower !== 'that') continue;
    // A relative "that" hangs on the noun before it and runs straight into its verb: "the rules that govern".
    const next = tokens[k + 1];
    return t.pos === 'SCONJ' || (next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'PRON' || next.text === ',' || QUOTE_OPENERS.has(next.text))) ? k : null;
  }
  return null;
}

/** A span over tokens s..e with edge commas, colons and dashes removed; null if nothing is left. */
export function contentSpan(view: SentenceView, from: number, e: number): Span | null {
  const s = from === view.first ? afterConnective(view, afterDateline(view)) : from;
  if (e < s) return null;
  const start = view.tokens[s]?.start ?? 0;
  return trimmedSpan(view.text, start, view.tokens[e]?.end ?? start);
}

/** The token after a linking adverb that opens the sentence at `s` ("However, …", "In fact, …"), or `s`. */
function afterConnective(view: SentenceView, s: number): number {
  const { tokens } = view;
  if (view.quoted(s)) return s;
  const one = tokens[s]?.lower ?? '';
  const words = SENTENCE_CONNECTIVES.has(one) ? 1 : SENTENCE_CONNECTIVE_PAIRS.has(`${one} ${tokens[s + 1]?.lower ?? ''}`) ? 2 : 0;
  if (words === 0) return s;
  return tokens[s + words]?.text === ',' ? s + words + 1 : s + words;
}

const MAX_DATELINE_TOKENS = 10;
const DATELINE_DASHES = new Set(['—', '―', '–', '-', '--']);
const CAPITALS = /^[\p{Lu}.,]+$/u;

/** The first token after a dateline that opens the sentence ("WASHINGTON (AP) — …", "DES MOINES - …"), or
 * the sentence's first token when there is none: the place and the agency are the paper's, not the speaker's. */
function afterDateline(view: SentenceView): number {
  const { tokens, first, lastWord } = view;
  let inAgency = false;
  for (let k = first; k <= lastWord && k < first + MAX_DATELINE_TOKENS; k++) {
    const t = tokens[k];
    if (!t || view.quoted(k)) return first;
    if (k > first && !inAgency && DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.text === '(') inAgency = true;
    else if (t.text === ')') inAgency = false;
    else if (!inAgency && !CAPITALS.test(t.text)) return first;
  }
  return first;
}

/**
 * A span over raw offsets with edge punctuation and spaces trimmed; null if nothing is left. Trimmed by
 * character code: this runs for every content span, and the Unicode regexes it replaced cost more than
 * the rest of the span's work.
 */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = Math.min(end, text.length);
  while (s < e && isEdgePunctuation(text.charCodeAt(s))) s++;
  while (e > s && isEdgePunctuation(text.charCodeAt(e - 1))) e--;
  if (!hasLetterOrDigit(text, s, e)) return null;
  return { text: text.slice(s, e), start: s, end: e };
}

/** Content after a stance verb is its object: it ends at the clause's first comma or semicolon. */
export function objectEnd(view: SentenceView, start: number): number {
  for (let k = start; k <= view.lastWord; k++) {
    const t = view.tokens[k];
    // "condemned the cuts, including those to schools": a list opener after the comma goes on with the object.
    if (t && (t.text === ',' || t.text === ';' || t.text === '—') && !view.quoted(k) && !LIST_OPENERS.has(view.tokens[k + 1]?.lower ?? '') && !(t.text === ',' && (listGoesOn(view, k) || gerundListGoesOn(view, start, k)))) return k - 1;
    // "praised the “harbor spirit,” saying …": a quoted phrase that closes on its comma ends the object.
    const next = view.tokens[k + 1];
    const closedComma = commaBeforeClosingQuote(view, k + 1);
    if (t && closedComma >= 0 && next?.pos === 'VERB' && next.lower.endsWith('ing')) return closedComma - 1;
    // "criticized the plan during a stop in Flint": a time adjunct is no part of the object.
    if (t && k > start && OBJECT_ADJUNCTS.has(t.lower) && !view.quoted(k)) return k - 1;
    // "endorsed Okafor on Thursday", "rejected the claim in a statement": when and where it was said.
    if (t && k > start && !view.quoted(k) && opensTimeOrVenue(view, k)) return k - 1;
    // "praised the ruling but did not attend", "criticized the plan and has since left": a second verb of the subject's own.
    if (t && k > start && COORDINATORS.has(t.lower) && !view.quoted(k) && finiteVerbAfter(view, k + 1)) return k - 1;
    // "condemned the launch as the army fired again": "as" with a clause of its own is a time adjunct.
    if (t?.lower === 'as' && k > start && !view.quoted(k) && opensClauseAt(view, k + 1)) return k - 1;
  }
  return view.lastWord;
}

const MAX_LIST_ITEMS = 6;
const LIST_JOINS = new Set(['and', 'or']);

/** The comma at `k` goes on with a list of noun phrases closed by "and" or "or": "praised the drivers, the nurses and the teachers". */
function listGoesOn(view: SentenceView, k: number): boolean {
  const { tokens, lastWord } = view;
  // "the storm, the flood, and the fire": the comma before the last item, when that item is no new clause.
  if (LIST_JOINS.has(tokens[k + 1]?.lower ?? '') && !view.quoted(k + 1)) return !!npStartingAt(tokens, k + 2, lastWord) && !opensClauseAt(view, k + 2);
  let j = k + 1;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    const np = npStartingAt(tokens, j, lastWord);
    if (!np) return false;
    // "Moreau and Diaz": the name chunker may already have joined the last two items.
    for (let n = np.s + 1; n < np.e; n++) if (LIST_JOINS.has(tokens[n]?.lower ?? '')) return true;
    const next = tokens[np.e + 1];
    if (LIST_JOINS.has(next?.lower ?? '')) return true;
    if (next?.text !== ',' || view.quoted(np.e + 1)) return false;
    if (LIST_JOINS.has(tokens[np.e + 2]?.lower ?? '')) return true;
    j = np.e + 2;
  }
  return false;
}

/** An "-ing" form; wink tags some as nouns ("freezing fares"). */
const isGerund = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'NOUN') && t.lower.length > 5 && t.lower.endsWith('ing');

/** "supports cutting costs, freezing fares and selling the pier": an object of "-ing" clauses goes on over the
 * comma before the next one, when "and" or "or" + another "-ing" form closes the list later. */
function gerundListGoesOn(view: SentenceView, start: number, k: number): boolean {
  const { tokens, lastWord } = view;
  if (!isGerund(tokens[start])) return false;
  const next = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  if (!isGerund(tokens[next]) || view.quoted(next)) return false;
  for (let j = next + 1; j < lastWord; j++) {
    const t = tokens[j];
    if (!t || view.quoted(j) || t.text === ';' || isFinite(t, tokens[j - 1])) return false;
    if (LIST_JOINS.has(t.lower)) return isGerund(tokens[tokens[j + 1]?.pos === 'ADV' ? j + 2 : j + 1]);
  }
  return false;
}

const ADJUNCT_PREPS = new Set(['in', 'on', 'at']);
const COORDINATORS = new Set(['and', 'but']);

/** An inflected verb or an auxiliary at `k`, perhaps after adverbs: "did not", "also cut", "has". A bare
 * form ("urged him to stop and apologize") goes on with the infinitive before it. */
function finiteVerbAfter(view: SentenceView, k: number): boolean {
  let j = k;
  while (view.tokens[j]?.pos === 'ADV' && j < k + 2) j++;
  const t = view.tokens[j];
  return !!t && !view.quoted(j) && (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing')));
}
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PERIODS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);
const YEAR = /^(19|20)\d\d$/;

const VENUE_PREPS = new Set(['in', 'on', 'during']);

/** "in a statement", "during an interview", "on Twitter": a preposition before a venue of speech or a platform. */
function opensVenue(view: SentenceView, k: number): boolean {
  const { tokens, lastWord } = view;
  if (!VENUE_PREPS.has(tokens[k]?.lower ?? '')) return false;
  const np = npStartingAt(tokens, k + 1, lastWord);
  const head = np ? tokens[np.e] : undefined;
  if (!np || !head) return false;
  if (SOCIAL_PLATFORMS.has(head.lower) && np.s === np.e && isCapitalised(head) && (np.e >= lastWord || tokens[np.e + 1]?.pos === 'PUNCT')) return true;
  const det = tokens[np.s]?.pos === 'DET' || CONTRACTED_S.has(tokens[np.s + 1]?.text ?? '');
  // "in a statement on Friday." closes the sentence; "the numbers in the report are wrong" goes on.
  const next = tokens[np.e + 1];
  const closes = np.e >= lastWord || !next || next.pos === 'PUNCT' || VENUE_ATTACHMENTS.has(next.lower) || TIME_WORDS.has(next.lower);
  return det && closes && CUE_VENUES.has(head.lower);
}

/** A weekday, or "in/on/at" before a date, a period or a venue of speech ("in a statement", "on Monday"). */
function opensTimeOrVenue(view: SentenceView, k: number): boolean {
  const { tokens, lastWord } = view;
  const t = tokens[k];
  if (!t) return false;
  if (WEEKDAYS.has(t.lower) && isCapitalised(t)) return true;
  if (!ADJUNCT_PREPS.has(t.lower)) return false;
  const np = npStartingAt(tokens, k + 1, lastWord);
  const head = np ? tokens[np.e] : undefined;
  if (!np || !head) return false;
  if ((WEEKDAYS.has(head.lower) || MONTHS.has(head.lower)) && isCapitalised(head)) return true;
  if (YEAR.test(head.text) || PERIODS.has(head.lower)) return true;
  return CUE_VENUES.has(head.lower) && tokens[np.s]?.pos === 'DET';
}

/** Direct when the content is all inside quotation marks, partial when some of it is, else indirect. */
export function quoteOf(view: SentenceView, content: Span | null): Quote {
  if (!content) return 'none';
  let quotedChars = 0;
  for (const [qs, qe] of view.sentence.quotes) {
    quotedChars += Math.max(0, Math.min(qe, content.end) - Math.max(qs, content.start));
  }
  if (quotedChars === 0) return 'indirect';
  const letters = lettersAndDigits(view.text, content.start, content.end);
  let quotedLetters = 0;
  for (const [qs, qe] of view.sentence.quotes) {
    const s = Math.max(qs, content.start);
    const e = Math.min(qe, content.end);
    if (e > s) quotedLetters += lettersAndDigits(view.text, s, e);
  }
  return quotedLetters >= letters * 0.9 ? 'direct' : 'partial';
}

/** UTF-16 units of text[start, end) that belong to letters and digits. */
function lettersAndDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const size = letterOrDigitAt(text, i, end);
    n += size;
    if (size > 1) i += size - 1;
  }
  return n;
}
