// The speaker of a verb of saying or belief: the subject before it ("Okafor, an adviser to the mayor, said"),
// after it ("“…,” said a spokesman for the council"), in a relative clause ("the experts we spoke to say") or
// a share of the people polled ("six in 10 say").
import type { Token } from '../nlp.js';
import type { SentenceView } from './view.js';
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
import { contentSpan } from './content.js';
import { BELIEF_VERBS, CUE_VENUES, HEARSAY_NOUNS, MEDIA_OUTLETS, SPEECH_VERBS, TIME_WORDS } from '../lexicon/cues.js';
import {
  ANONYMOUS_HEADS,
  DOCUMENT_HEADS,
  EMPHATIC_REFLEXIVES,
  PROPORTION_LEADS,
  PROPORTION_WORDS,
  SOURCE_PRONOUNS,
} from '../lexicon/sources.js';
import { MONTHS } from '../lexicon/calendar.js';
import {
  ASIDE_WORDS,
  BARE_GROUPS,
  CIRCUMSTANCE_PREPOSITIONS,
  CONTACT_PARTICLES,
  CONTACT_PRONOUNS,
  COORDINATORS,
  DASH_DELIMITERS,
  EXAMPLE_ASIDES,
  FOCUS_WORDS,
  INVERTED_POSTMOD_PREPS,
  INVERTED_RELATIVES,
  INVERTED_SPEAKER_ENDS,
  NOT_BEFORE_SUBJECT,
  PARENTHETICAL_ADVERBS,
  PARTITIVE_QUANTIFIERS,
  PREDETERMINERS,
  QUESTION_AUXILIARIES,
  PAST_PARTICIPLE_ENDING,
  QUESTION_WORDS,
  QUOTE_CLOSERS,
  QUOTE_MARKS,
  RELATIVE_OPENERS,
  RELATIVE_PRONOUNS,
  RELATIVE_SUBJECTS,
  SUBORDINATORS,
  TIME_LEADS,
  WEEKDAYS,
} from '../lexicon/grammar.js';

/** "Okafor on Tuesday said", "Harbor Bank just this month announced", "who in 2010 said": a time phrase
 * between the subject and its verb belongs to neither. */
export function skipDayBefore(tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (!t || !(WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower) || (t.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(t.text)))) return j;
  // "USA Today reported": the time word ends an outlet's name.
  if (isCapitalised(t) && MEDIA_OUTLETS.has(`${tokens[j - 1]?.lower ?? ''} ${t.lower}`)) return j;
  let k = j - 1;
  while (k >= limit && k >= j - 4 && (TIME_LEADS.has(tokens[k]?.lower ?? '') || TIME_WORDS.has(tokens[k]?.lower ?? ''))) k--;
  return k < j ? k : j;
}


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

/** Skips a comma-enclosed adverb between subject and verb: ", however,". */
export function skipParenthetical(tokens: readonly Token[], j: number, limit: number): number {
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

export const acceptsPostModifier = (tokens: readonly Token[]) => (head: Chunk) => {
  const t = tokens[head.e];
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || BARE_GROUPS.has(t.lower));
};

export interface Subject {
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

export const speakerLike = (t: Token | undefined): boolean =>
  !!t && (isCapitalised(t) || ANONYMOUS_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower) || HEARSAY_NOUNS.has(t.lower) || SOURCE_PRONOUNS.has(t.lower) || t.pos === 'NUM');

/** `anyNoun`: verbs of saying take any noun as their speaker ("the businessman says"). */
export function subjectBefore(view: SentenceView, groupStart: number, anyNoun = false, definiteNoun = false): Subject | null {
  const { tokens, first } = view;
  if (EMPHATIC_REFLEXIVES.has(tokens[groupStart - 1]?.lower ?? '') && groupStart - 1 > first) {
    const named = subjectBefore(view, groupStart - 1, anyNoun, definiteNoun);
    return named && named.mentionEnd === groupStart - 2 ? { ...named, mentionEnd: groupStart - 1 } : named;
  }
  const j = skipParenthetical(tokens, skipCircumstance(tokens, skipDayBefore(tokens, groupStart - 1, first), first), first);
  const title = quotedTitleEnd(view, j);
  const titled = title ? (appositiveSubject(view, title.comma, false, title.open) ?? (anyNoun ? appositiveSubject(view, title.comma, true, title.open) : null)) : null;
  if (titled) return titled;
  const at = tokens[j];
  if (!at || j < first || view.quoted(j)) return null;
  const share = proportionSubject(view, j);
  if (share) return { chunk: share, mentionStart: share.s, mentionEnd: share.e, description: null };
  if (at.text === ',' || at.text === ')' || DASH_DELIMITERS.has(at.text)) {
    // "Several fact checkers, including the Ledger, said": with a verb of saying, a plain noun speaks too,
    // when no speaker-like word heads an earlier phrase.
    return appositiveSubject(view, j, false) ?? (anyNoun && at.text === ',' ? appositiveSubject(view, j, true) : null);
  }
  const relative = relativeThat(view, j);
  if (relative) return relative;
  const partitive = partitiveRelative(view, j);
  if (partitive) return { chunk: partitive, mentionStart: partitive.s, mentionEnd: partitive.e, description: null };
  const those = modifiedThose(view, j);
  if (those) return { chunk: those, mentionStart: those.s, mentionEnd: those.e, description: null };
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
  // "The longtime socialist said": wink tags some nouns after modifiers as adjectives; the chunker only ends
  // a phrase on one after a determiner.
  const noun = head?.pos === 'NOUN' || (head?.pos === 'ADJ' && chunk.head === undefined && chunk.e > chunk.s);
  const definite = definiteNoun && tokens[chunk.s]?.lower === 'the' && noun;
  const nameLike = speakerLike(head) || endsHyphenatedName(tokens, chunk.head ?? chunk.e);
  if (!opensClause(view, chunk.s) || !(nameLike || ((anyNoun || definite) && noun))) return relativeSubject(view, groupStart);
  return { chunk, mentionStart: chunk.s, mentionEnd: chunk.e, description: null };
}

/** A plain noun before an apposition is the subject only when it opens a main clause (not "Even as the race
 * moves …, …, said X") and the apposition is a description, not a clause of its own: no finite verb beyond
 * one in a relative clause or a participle. */
function plainNounApposition(view: SentenceView, np: Chunk, s: number, e: number): boolean {
  const { tokens } = view;
  const before = tokens[np.s - 1]?.lower ?? '';
  if (TIME_WORDS.has(tokens[np.head ?? np.e]?.lower ?? '') || SUBORDINATORS.has(before) || before === 'that') return false;
  let verbs = 0;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (!t || !(t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const participle = t.pos === 'VERB' && /(?:ing|ed|en|wn)$/.test(t.lower);
    if (!participle && !RELATIVE_OPENERS.has(tokens[k - 1]?.lower ?? '')) return false;
    verbs++;
  }
  return verbs <= 1;
}

const MAX_TITLE_TOKENS = 10;

/** "Okafor, host of “Harbor Live,” said", "…, host of “Harbor Live”, said": an apposition that ends in a short
 * quoted title, with its closing comma inside or outside the quotation marks; the comma and the opening mark. */
function quotedTitleEnd(view: SentenceView, j: number): { comma: number; open: number } | null {
  const { tokens, first } = view;
  const isMark = (k: number) => QUOTE_MARKS.has(tokens[k]?.text ?? '');
  let q = j;
  let comma = -1;
  if (tokens[j]?.text === ',' && isMark(j - 1)) {
    comma = j;
    q = j - 1;
  } else if (isMark(j)) {
    while (q > first && isMark(q)) q--;
    if (tokens[q]?.text !== ',') return null;
    comma = q;
    q--;
  } else return null;
  while (q > first && isMark(q)) q--;
  for (let k = q; k > first && k >= q - MAX_TITLE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || QUOTE_CLOSERS.has(t.text) && t.text !== '"' && t.text !== "'" && t.text !== "''") return null;
    if (isMark(k)) {
      let open = k;
      while (open - 1 > first && isMark(open - 1)) open--;
      return { comma, open };
    }
  }
  return null;
}

const MAX_THOSE_TOKENS = 6;

/** "Those surveyed say", "those trailing them heaped criticism on", "Those over 60 say": "those" with a
 * participle or a preposition after it, ending at `j`. */
function modifiedThose(view: SentenceView, j: number): Chunk | null {
  const { tokens, first } = view;
  for (let k = j - 1; k >= first && k >= j - MAX_THOSE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || view.quoted(k) || t.pos === 'PUNCT') return null;
    if (t.lower !== 'those') continue;
    const next = tokens[k + 1];
    const participle = next?.pos === 'VERB' && PAST_PARTICIPLE_ENDING.test(next.lower);
    const present = next?.pos === 'VERB' && next.lower.endsWith('ing');
    if (!next || !(participle || present || next.pos === 'ADP') || !opensClause(view, k)) return null;
    for (let m = k + 2; m <= j; m++) if (tokens[m]?.pos === 'VERB' || tokens[m]?.pos === 'AUX') return null;
    // "those surveyed", "those over 60", "those trailing them": the phrase ends where a noun or pronoun could.
    const last = tokens[j];
    return last && (participle ? k + 1 === j || last.pos !== 'ADP' : last.pos !== 'ADP' && last.pos !== 'DET') ? { s: k, e: j } : null;
  }
  return null;
}

/** The speaker before an apposition that ends at `j`: "Okafor, an adviser to the mayor, said". */
function appositiveSubject(view: SentenceView, j: number, plainNouns: boolean, scanFrom = j): Subject | null {
  const { tokens, first } = view;
  const at = tokens[j];
  if (!at) return null;
  // "Paul Lind, a pilot from Dover, Del., who …, said": first past the commas around a state, then at each comma.
  const openings = new Set([...appositiveOpenings(tokens, scanFrom, first, at.text, true), ...appositiveOpenings(tokens, scanFrom, first, at.text)]);
  for (const k of openings) {
    // "Ann Ruiz, a Democrat, despite her doubts, backed": the aside closes the apposition before it.
    const earlier = at.text === ',' && isCircumstantialAside(tokens[k + 1]) ? appositiveSubject(view, k, plainNouns) : null;
    if (earlier) return earlier;
    const base = withAgeBefore(tokens, npEndingAt(tokens, beforeParenthetical(tokens, k - 1, first), first), first);
    if (!base || view.quoted(base.s)) continue;
    const np = withPostModifiers(tokens, base, first, (h) => ['NOUN', 'PROPN', 'NUM'].includes(tokens[h.e]?.pos ?? ''));
    const head = tokens[np.head ?? np.e];
    const named = isProperName(tokens, k + 1, j - 1);
    const plainSpeaker = plainNouns && head?.pos === 'NOUN' && plainNounApposition(view, np, k + 1, j - 1);
    // "One driver, who asked not to be named, said": "who" shows any noun to be a person.
    const person = head?.pos === 'NOUN' && at.text === ',' && tokens[k + 1]?.lower === 'who';
    if (!head || !(speakerLike(head) || endsHyphenatedName(tokens, np.head ?? np.e) || (named && head.pos === 'NOUN') || plainSpeaker || person)) continue;
    if (!(named || looksLikeApposition(tokens, k + 1, j - 1) || participialAside(tokens, k + 1)) || !opensClause(view, np.s)) continue;
    // "Okafor, speaking to veterans, said", "Reyes, at the debate, said": the aside is no part of the mention.
    if (at.text === ',' && isCircumstantialAside(tokens[k + 1])) return { chunk: np, mentionStart: np.s, mentionEnd: np.e, description: null };
    const mentionEnd = at.text === ')' ? j : j - 1;
    if (named && !isCapitalised(head)) {
      // "His solicitor, Amanda Reyes, told …": the apposition names the speaker the noun describes.
      const desc = contentSpan(view, np.s, k - 1);
      return withEarlierName(view, { chunk: { s: k + 1, e: j - 1 }, mentionStart: np.s, mentionEnd, description: desc?.text ?? null });
    }
    const desc = contentSpan(view, k + 1, j - 1);
    return withEarlierName(view, { chunk: np, mentionStart: np.s, mentionEnd, description: desc ? desc.text.replace(/^\(|\)$/g, '') : null });
  }
  return null;
}

/** "Dan Ortiz, head of the Harbor Trust, a group of ferry owners, said": the phrase found before the last
 * apposition may itself describe a name before it; the mention then starts at that name. */
function withEarlierName(view: SentenceView, subject: Subject): Subject {
  const { tokens, first } = view;
  const comma = subject.mentionStart - 1;
  if (tokens[comma]?.text !== ',') return subject;
  const np = withAgeBefore(tokens, npEndingAt(tokens, beforeParenthetical(tokens, comma - 1, first), first), first);
  if (!np || view.quoted(np.s) || !opensClause(view, np.s)) return subject;
  const head = tokens[np.e];
  const chunkIsName = isCapitalised(tokens[subject.chunk.e] ?? ({ text: '' } as Token));
  // "The port’s director, Ana Ruiz, a former pilot, said": the name stays the speaker.
  if (head?.pos === 'NOUN' && chunkIsName && !isCapitalised(head)) return { ...subject, mentionStart: np.s };
  if (head?.pos !== 'PROPN') return subject;
  const desc = contentSpan(view, subject.mentionStart, subject.mentionEnd);
  return { chunk: np, mentionStart: np.s, mentionEnd: subject.mentionEnd, description: desc?.text ?? subject.description };
}

/** "The report, released by the port board on Friday, found": a reduced relative set off by commas or dashes. */
const participialAside = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t?.pos !== 'VERB') return false;
  // "Sullivan, struck by her story, told …": an irregular participle before its agent.
  if (tokens[k + 1]?.lower === 'by' && t.lower !== t.lemma && !t.lower.endsWith('ing')) return true;
  return PAST_PARTICIPLE_ENDING.test(t.lower) && (tokens[k + 1]?.pos === 'ADP' || TIME_WORDS.has(tokens[k + 1]?.lower ?? ''));
};

/** "Ruiz, 56, who …": an age after a name stands for the name. */
function withAgeBefore(tokens: readonly Token[], np: Chunk | null, first: number): Chunk | null {
  if (!np || np.s !== np.e || tokens[np.s]?.pos !== 'NUM' || tokens[np.s - 1]?.text !== ',') return np;
  const name = npEndingAt(tokens, np.s - 2, first);
  return name && tokens[name.e]?.pos === 'PROPN' ? name : np;
}


/** Asides that say where or how someone spoke rather than who they are: a participle or a preposition
 * other than "of" ("Wilson, of Springfield," names the person). */
function isCircumstantialAside(t: Token | undefined): boolean {
  if (!t || EXAMPLE_ASIDES.has(t.lower)) return false;
  return ASIDE_WORDS.has(t.lower) || (t.pos === 'VERB' && t.lower.endsWith('ing')) || (t.pos === 'ADP' && t.lower !== 'of');
}

/** "Regulators and fishing groups say", "Federal and state officials said", "the United States,
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
      // "closed until Friday morning, railway and airport officials said": a time ends the clause before.
      if (!item || TIME_WORDS.has(tokens[item.e]?.lower ?? '') || !opensClause(view, item.s)) break;
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
    // "two out of three Americans"
    const outOf = (t.lower === 'out' && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.pos === 'NUM' && tokens[k + 2]?.pos === 'NUM') ||
      (t.lower === 'of' && tokens[k - 1]?.lower === 'out');
    if (PROPORTION_WORDS.has(t.lower) || ratio || outOf) share = true;
    // "Democratic registered voters": a participle before a noun modifies it.
    const modifier = t.pos === 'VERB' && PAST_PARTICIPLE_ENDING.test(t.lower) && k < j && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ');
    const fits = t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.text === '-' || t.lower === 'in' || outOf || modifier ||
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


/** "Rep. Jo Hart (D-Ohio), head of …": the name before a short parenthesis. */
function beforeParenthetical(tokens: readonly Token[], e: number, limit: number): number {
  if (tokens[e]?.text !== ')') return e;
  for (let k = e - 1; k > limit && k >= e - 8; k--) if (tokens[k]?.text === '(') return k - 1;
  return e;
}


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


/** "Reyes, who has said …," and "…, many of whom say …,": a relative clause set off by a comma. */
export function isNonRestrictiveRelative(view: SentenceView, mentionStart: number): boolean {
  const { tokens } = view;
  if (tokens[mentionStart - 1]?.text !== ',') return false;
  for (let k = mentionStart; k <= mentionStart + 3; k++) if (RELATIVE_SUBJECTS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** The clause's content ends at the comma after which the main clause's verb resumes: "…, who say
 * the plan is unfair, signed the letter". */
export function relativeClauseEnd(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let k = start + 1; k < end; k++) {
    if (tokens[k]?.text !== ',' || view.quoted(k)) continue;
    const next = tokens[k + 1];
    const verbAt = next?.pos === 'ADV' ? tokens[k + 2] : next;
    if (verbAt && (verbAt.pos === 'VERB' || verbAt.pos === 'AUX') && !verbAt.lower.endsWith('ing')) return k - 1;
  }
  return end;
}


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
    const person = next?.lower === 'who' && (t.pos === 'NOUN' || t.pos === 'PROPN' || BARE_GROUPS.has(t.lower));
    const holder = person ? null : documentHolding(view, k);
    if (!person && !holder && (!(DOCUMENT_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower)) || !(t.pos === 'NOUN' || (t.pos === 'PROPN' && k === first)))) continue;
    // A reduced relative is a participle with its own phrase after it: "released by …", "published in …".
    const reduced =
      (next?.pos === 'VERB' && PAST_PARTICIPLE_ENDING.test(next.lower) && (tokens[k + 2]?.pos === 'ADP' || TIME_WORDS.has(tokens[k + 2]?.lower ?? ''))) ||
      // "A union representing bus drivers backed …", "Dockers picketing the harbour gates shouted …"
      (next?.pos === 'VERB' && next.lower.endsWith('ing') && ANONYMOUS_HEADS.has(t.lower));
    if (!next || !(RELATIVE_OPENERS.has(next.lower) || reduced)) continue;
    if (!relativeEndsAt(tokens, k + 1, groupStart - 1)) return null;
    const np = holder ?? npEndingAt(tokens, k, first);
    if (!np) return null;
    // "One of the doctors who …": the quantifier the noun belongs to opens the mention.
    const s0 = tokens[np.s - 1]?.lower === 'of' && PARTITIVE_QUANTIFIERS.has(tokens[np.s - 2]?.lower ?? '') ? np.s - 2 : np.s;
    if (!opensClause(view, s0)) return null;
    return { chunk: { s: s0, e: k, ...(holder ? { head: holder.head } : {}) }, mentionStart: s0, mentionEnd: groupStart - 1, description: null };
  }
  return null;
}

/** "A survey of 900 nurses released …": the document whose "of" phrase ends at `k`, spanning both. */
function documentHolding(view: SentenceView, k: number): Chunk | null {
  const { tokens, first } = view;
  const np = npEndingAt(tokens, k, first);
  if (!np || tokens[np.s - 1]?.lower !== 'of' || !['NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '')) return null;
  const doc = npEndingAt(tokens, np.s - 2, first);
  return doc && tokens[doc.e]?.pos === 'NOUN' && DOCUMENT_HEADS.has(tokens[doc.e]?.lower ?? '') ? { s: doc.s, e: k, head: doc.e } : null;
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
  // "a plan which officials say will fail": a relative pronoun opens the clause whose object it is.
  return RELATIVE_PRONOUNS.has(prev.lower) || SUBORDINATORS.has(prev.lower) || !NOT_BEFORE_SUBJECT.has(prev.pos) || invertedQuestion(view, s - 1);
}

/** "Did the council refuse …?", "But has he called for …?", "Why had she said …?": in a question, the
 * subject follows the auxiliary that opens it. Questions about what will or should happen ("Can he keep …?",
 * "What does he want?") ask rather than report. */
function invertedQuestion(view: SentenceView, aux: number): boolean {
  const { tokens } = view;
  const t = tokens[aux];
  if (t?.pos !== 'AUX' || !QUESTION_AUXILIARIES.has(t.lower) || tokens[view.last]?.text !== '?') return false;
  const before = tokens[aux - 1];
  return aux <= view.first || !before || before.pos === 'PUNCT' || COORDINATORS.has(before.lower) || QUESTION_WORDS.has(before.lower);
}

/** "“…,” said Sir Geoffrey Nice, the prosecutor." — the speaker after the verb. */
export function subjectAfter(view: SentenceView, cue: number): Subject | null {
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
  // "…,” said Ana Pruitt, 41, a nurse from Dover." — a second apposition that closes the sentence describes her too.
  if (description !== null && tokens[mentionEnd + 1]?.text === ',') mentionEnd = closingAppositionEnd(view, mentionEnd + 2) ?? mentionEnd;
  // "…,” said Tom Reyes, who chairs the board." — a closing relative clause describes the speaker.
  // One that says or thinks something ("…, who stressed that …") is an attribution of its own.
  // ("…, which represents 300 firms" is about the organisation the apposition names.)
  if (tokens[mentionEnd + 1]?.text === ',' && tokens[mentionEnd + 2]?.lower === 'who' && !view.quoted(mentionEnd + 2)) {
    const end = closingRelativeEnd(view, mentionEnd + 3);
    if (end !== null) return { chunk: np, mentionStart: np.s, mentionEnd: end, description: description ?? contentSpan(view, mentionEnd + 2, end)?.text ?? null };
  }
  const after = tokens[mentionEnd + 1];
  if (after && mentionEnd < lastWord && !INVERTED_SPEAKER_ENDS.has(after.text) && !QUOTE_CLOSERS.has(after.text) && !TIME_WORDS.has(after.lower)) return null;
  if (after?.text === '(') mentionEnd = closingParenthesis(tokens, mentionEnd + 1, lastWord) ?? mentionEnd;
  return { chunk: np, mentionStart: np.s, mentionEnd, description };
}


/** The last token of an apposition from `k` to the end of the sentence, or null for a phrase of when, where or
 * how it was said, or one that reports something itself. */
export function closingAppositionEnd(view: SentenceView, k: number): number | null {
  const { tokens } = view;
  const t = tokens[k];
  if (!t || view.quoted(k) || RELATIVE_SUBJECTS.has(t.lower) || isCircumstantialAside(t) || TIME_WORDS.has(t.lower)) return null;
  if (!(APPOSITION_HEADS.has(t.pos) || EXAMPLE_ASIDES.has(t.lower) || t.lower === 'of')) return null;
  const end = closingRelativeEnd(view, k);
  if (end === null || !looksLikeApposition(view.tokens, k, end)) return null;
  // "…, according to the poll, 46 percent remain undecided": a clause of its own is no apposition.
  for (let m = k; m <= end; m++) {
    const v = tokens[m];
    const finite = (v?.pos === 'VERB' && !/(?:ing|ed|en|wn)$/.test(v.lower)) || v?.pos === 'AUX';
    if (finite && !RELATIVE_OPENERS.has(tokens[m - 1]?.lower ?? '') && !RELATIVE_OPENERS.has(tokens[m - 2]?.lower ?? '')) return null;
  }
  return end;
}

const APPOSITION_HEADS: ReadonlySet<string> = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ']);

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
export function closingParenthesis(tokens: readonly Token[], open: number, lastWord: number): number | null {
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
