// The names an article uses, indexed once: every capitalised run with where it stands, the titles before
// it, and what the article says about it elsewhere ("Veltrac Communications, a firm …", "Veltrac's
// chairman", "Elbhafen Logistik, which …", "Mrs Calder") so that a bare mention can be typed and matched.
import { isCapitalised, isLowercase, startsWithCapital, type Token } from './nlp.js';
import type { Sentence } from './segment.js';
import {
  ANONYMOUS_HEADS,
  COMPANY_NOUNS,
  FEMALE_FIRST_NAMES,
  FEMALE_TITLES,
  MALE_FIRST_NAMES,
  INSTITUTION_HEADS,
  MALE_TITLES,
  MARKET_NOUNS,
  ORG_PARTS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACES,
  PUBLIC_BODY_WORDS,
} from './lexicon/sources.js';
import { POSSESSIVE_MARKS } from './lexicon/grammar.js';

export type Gender = 'm' | 'f';

export interface NameRun {
  /** The name's words, without titles or a leading "The". */
  words: string[];
  /** The words lowercased. */
  lower: string[];
  /** The lowercased words joined by spaces: how names are compared. */
  key: string;
  /** First and last token of the name's words. */
  s: number;
  e: number;
  sentence: number;
  titles: string[];
  gender: Gender | null;
}

interface Evidence {
  org: boolean;
  person: boolean;
}

export interface NameIndex {
  runs: NameRun[];
  /** The name an acronym stands for in the article: "ICC" → "International Criminal Court". */
  acronymExpansion(acronym: string): string[] | null;
  /** The fullest person name the article gives for a short form: "Whitfield" → "Dana Whitfield";
   * with `firstName`, "Sir Michael" → "Michael Drayton". Titles removed. */
  fullestPersonName(bare: readonly string[], firstName: boolean): string[];
  /** Whether the article gives a name organization evidence and no person evidence. */
  isOrganization(words: readonly string[]): boolean;
  /** The fullest organization name that starts with a short form: "Veltrac" → "Veltrac Communications". */
  organizationExpansion(words: readonly string[]): string[] | null;
  /** Whether the article gives two people this surname with different first names. */
  isSharedSurname(lastLower: string): boolean;
  /** Whether a word ends a name the article gives a person ("Okafor" in "Ada Okafor"). */
  isSurname(word: string): boolean;
  /** Index of the first run at or after a token, for walking back from a position. */
  runBefore(token: number): number;
}

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '(', '«']);
const ACRONYM = /^\p{Lu}[\p{Lu}&]+$/u;
const ARTICLES = new Set(['a', 'an', 'the']);
const ORG_APPOSITION_HEADS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, ...INSTITUTION_HEADS]);

const keyOf = (words: readonly string[]) => words.join(' ').toLowerCase();

const INITIAL_SKIP = new Set(['of', 'the', 'for', 'and', 'on', '&', 'de']);

/** Initials of a name's capitalised words: "Department of Health and Social Care" → "DHSC". */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const w of words) if (startsWithCapital(w) && !INITIAL_SKIP.has(w.toLowerCase())) initials += w[0] ?? '';
  return initials.toUpperCase();
}

/** Lowercase particles inside personal names: "Bill de Blasio", "Osama bin Laden". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'al', 'la', 'le']);

/** A hyphen or apostrophe written inside a name without spaces: "Crouse-Mays", "O'Neill". */
export const isAttachedJoiner = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!t && !!before && !!after && /^[-‐–]$/.test(t.text) && before.end === t.start && t.end === after.start && isCapitalised(after);
};

/**
 * The words of tokens s..e, inclusive, with pieces written together joined ("Jo-Renee", "AFL-CIO") and
 * possessive endings dropped.
 */
export function wordsBetween(tokens: readonly Token[], s: number, e: number): string[] {
  return piecesBetween(tokens, s, e, 'text');
}

/** A hyphen written inside a word, without spaces: "Francisco-based". */
const isHyphenInWord = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return !!t && t.text === '-' && tokens[i - 1]?.end === t.start && t.end === tokens[i + 1]?.start;
};

/** wordsBetween, from the tokens' text or from their lowercased text. */
function piecesBetween(tokens: readonly Token[], s: number, e: number, field: 'text' | 'lower'): string[] {
  const words: string[] = [];
  let glue = false;
  for (let i = s; i <= e; i++) {
    const t = tokens[i];
    if (!t || POSSESSIVE_MARKS.has(t.text)) {
      glue = false;
      continue;
    }
    const attached = i > s && tokens[i - 1]?.end === t.start;
    if (glue && attached && words.length) words[words.length - 1] += t[field];
    else words.push(t[field]);
    glue = true;
  }
  return words;
}

/** The sex a title tells ("Mrs", "Sir"), if any. */
export function genderOfTitles(titles: readonly string[]): Gender | null {
  for (const t of titles) {
    if (MALE_TITLES.has(t)) return 'm';
    if (FEMALE_TITLES.has(t)) return 'f';
  }
  return null;
}

/** The sex a first name tells, for a name of two words or more ("Peter Lang"), if any. */
export function genderOfFirstName(lowerWords: readonly string[]): Gender | null {
  const first = lowerWords[0] ?? '';
  if (lowerWords.length < 2) return null;
  return MALE_FIRST_NAMES.has(first) ? 'm' : FEMALE_FIRST_NAMES.has(first) ? 'f' : null;
}

/** Capitalised runs: the fullest form of every name the article uses. */
function findRuns(tokens: readonly Token[], sentences: readonly Sentence[]): NameRun[] {
  const sentenceStarts = new Uint8Array(tokens.length + 1);
  for (const s of sentences) {
    sentenceStarts[s.first] = 1;
    if (OPENING_QUOTES.has(tokens[s.first]?.text ?? '')) sentenceStarts[s.first + 1] = 1;
  }
  const runs: NameRun[] = [];
  let sentence = 0;
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    let s = start;
    const titles: string[] = [];
    // A lowercase title just before the name counts too: "economy minister Katrin Vollmer".
    for (let k = start - 1; k >= Math.max(0, start - 2) && isLowercase(tokens[k]); k--) {
      const t = tokens[k]?.lower ?? '';
      if (PERSON_TITLES.has(t)) titles.push(t);
    }
    // A run that ends in an organization's word is that organization's name: "Bristol Crown Court", "State Department".
    const last = tokens[end]?.lower ?? '';
    const organization = ORG_WORDS.has(last) && !PERSON_TITLES.has(last);
    while (!organization && s <= end && PERSON_TITLES.has(tokens[s]?.lower ?? '')) titles.push(tokens[s++]?.lower ?? '');
    if (s <= end && tokens[s]?.lower === 'the') s++;
    let e = end;
    while (e >= s && (tokens[e]?.lower === 'of' || tokens[e]?.lower === 'for' || NAME_PARTICLES.has(tokens[e]?.lower ?? ''))) e--;
    // A title inside the run starts the name: "Retired Air Force Lt. Gen. Norman Ham" → Norman Ham.
    for (let k = e - 1; k > s && !organization; k--) {
      const next = tokens[k + 1];
      if (!PERSON_TITLES.has(tokens[k]?.lower ?? '') || !next || !isCapitalised(next)) continue;
      if (PERSON_TITLES.has(tokens[k + 1]?.lower ?? '')) continue;
      for (let j = s; j <= k; j++) if (PERSON_TITLES.has(tokens[j]?.lower ?? '')) titles.push(tokens[j]?.lower ?? '');
      s = k + 1;
      break;
    }
    if (e >= s) {
      const words = wordsBetween(tokens, s, e);
      const lower = piecesBetween(tokens, s, e, 'lower');
      runs.push({ words, lower, key: lower.join(' '), s, e, sentence, titles, gender: genderOfTitles(titles) ?? genderOfFirstName(lower) });
    }
    start = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (sentence + 1 < sentences.length && (sentences[sentence + 1]?.first ?? Infinity) <= i) {
      flush(i - 1);
      while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.first ?? Infinity) <= i) sentence++;
    }
    const startsSentence = sentenceStarts[i] === 1;
    const capital = isCapitalised(t) && (t.pos === 'PROPN' || (!startsSentence && t.pos !== 'PRON' && t.pos !== 'DET')) && !(startsSentence && MARKET_NOUNS.has(t.lower));
    if (capital && !POSSESSIVE_MARKS.has(t.text)) {
      if (start < 0) start = i;
      continue;
    }
    const joiner =
      start >= 0 &&
      (((t.lower === 'of' || t.lower === 'for' || NAME_PARTICLES.has(t.lower)) && isCapitalised(tokens[i + 1] ?? t)) || isAttachedJoiner(tokens, i));
    if (joiner) continue;
    flush(i - 1);
  }
  flush(tokens.length - 1);
  return runs;
}

/** What the words around one occurrence of a name say about it. */
function evidenceAt(tokens: readonly Token[], run: NameRun): Evidence {
  const org =
    run.lower.some((w) => ORG_WORDS.has(w) && !PERSON_TITLES.has(w)) ||
    (run.words.length === 1 && ACRONYM.test(run.words[0] ?? '')) ||
    PLACES.has(run.key);
  const next = tokens[run.e + 1];
  // "a former Tallow engineer": a name before a noun modifies it, and the title is the noun's.
  let person = run.titles.length > 0 && !(next && isLowercase(next) && next.pos === 'NOUN');
  let orgHere = org;
  const after = tokens[run.e + 2];
  const before = tokens[run.s - 1];
  if (next?.text === ',' && after) {
    if (after.lower === 'which') orgHere = true;
    else if (after.lower === 'who') person = true;
    else if (ARTICLES.has(after.lower)) {
      // ", a firm registered in …" / ", an analyst at …": the head of the apposition.
      for (let k = run.e + 3; k <= run.e + 7; k++) {
        const w = tokens[k];
        if (!w || POSSESSIVE_MARKS.has(w.text)) continue;
        // ", the San Francisco-based maker of …": a place and its "-based" modify the head.
        if (isHyphenInWord(tokens, k) || isHyphenInWord(tokens, k - 1)) continue;
        if (w.pos === 'PUNCT' || w.pos === 'ADP' || w.pos === 'VERB') break;
        const nextWord = tokens[k + 1];
        if (isCapitalised(w) && nextWord && (isCapitalised(nextWord) || isHyphenInWord(tokens, k + 1))) continue;
        // ", the campaign's press secretary": the head comes after the possessive.
        if (nextWord && POSSESSIVE_MARKS.has(nextWord.text)) continue;
        if (nextWord && (nextWord.pos === 'NOUN' || nextWord.pos === 'ADJ') && !isCapitalised(nextWord)) continue;
        if (ORG_APPOSITION_HEADS.has(w.lower)) orgHere = true;
        else if (ANONYMOUS_HEADS.has(w.lower)) person = true;
        break;
      }
    }
  }
  if (next && POSSESSIVE_MARKS.has(next.text) && after && ORG_PARTS.has(after.lower)) orgHere = true;
  if (before && !isCapitalised(before) && COMPANY_NOUNS.has(before.lower)) orgHere = true;
  // "Shares in Harwell Minerals jumped": only a company has shares.
  if ((before?.lower === 'in' || before?.lower === 'of') && MARKET_NOUNS.has(tokens[run.s - 2]?.lower ?? '')) orgHere = true;
  return { org: orgHere, person };
}

export function indexNames(tokens: readonly Token[], sentences: readonly Sentence[]): NameIndex {
  const runs = findRuns(tokens, sentences).filter((r) => !sentences[r.sentence]?.caption);
  const evidence = new Map<string, Evidence>();
  const byFirstWord = new Map<string, string[]>();
  /** Organization names by last word; null when two names end alike. */
  const byLastWord = new Map<string, string[] | null>();
  for (const run of runs) {
    const key = run.key;
    const found = evidenceAt(tokens, run);
    const seen = evidence.get(key);
    evidence.set(key, { org: found.org || !!seen?.org, person: found.person || !!seen?.person });
  }
  // Last words of names that read as people ("Ada Okafor"): a lone "Okafor" is never "Okafor University".
  const surnames = new Set<string>();
  for (const run of runs) {
    const e = evidence.get(run.key);
    if (e?.org || run.words.length < 2 || run.words.some((w) => w === 'of' || w === 'for')) continue;
    surnames.add(run.lower[run.lower.length - 1] ?? '');
  }
  for (const run of runs) {
    const e = evidence.get(run.key);
    if (!e?.org || e.person || run.words.length < 2) continue;
    const first = run.lower[0] ?? '';
    const best = byFirstWord.get(first);
    if (!best || run.words.length > best.length) byFirstWord.set(first, run.words);
    // "the Post" is "the New York Post" when the article names no other "… Post".
    const last = run.lower[run.lower.length - 1] ?? '';
    if (INSTITUTION_HEADS.has(last) || PUBLIC_BODY_WORDS.has(last)) continue;
    const ending = byLastWord.get(last);
    if (ending === undefined) byLastWord.set(last, run.words);
    else if (ending !== null && keyOf(ending) !== run.key) byLastWord.set(last, null);
  }
  const starts = runs.map((r) => r.s);
  const byInitials = new Map<string, string[]>();
  for (const run of runs) {
    if (run.words.length < 2) continue;
    const initials = initialsOf(run.words);
    if (!byInitials.has(initials)) byInitials.set(initials, run.words);
  }
  // Runs without titles, by last and by first word, so a short form meets only the runs that can complete it.
  const byLast = new Map<string, string[][]>();
  const byFirst = new Map<string, string[][]>();
  const uses = new Map<string, number>();
  for (const run of runs) {
    // Most runs are a single word, which can never leave two.
    if (run.words.length < 2) continue;
    const clean = run.words.filter((_, k) => !PERSON_TITLES.has(run.lower[k] ?? ''));
    if (clean.length < 2 || clean.length > 4) continue;
    const key = keyOf(clean);
    uses.set(key, (uses.get(key) ?? 0) + 1);
    if ((uses.get(key) ?? 0) > 1) continue;
    const last = clean[clean.length - 1] ?? '';
    const first = clean[0] ?? '';
    const withLast = byLast.get(last);
    if (withLast) withLast.push(clean);
    else byLast.set(last, [clean]);
    const withFirst = byFirst.get(first);
    if (withFirst) withFirst.push(clean);
    else byFirst.set(first, [clean]);
  }
  const firstNames = new Map<string, string>();
  const sharedSurnames = new Set<string>();
  for (const forms of byLast.values()) {
    for (const clean of forms) {
      const last = (clean[clean.length - 1] ?? '').toLowerCase();
      const first = (clean[0] ?? '').toLowerCase();
      if (NAME_PARTICLES.has(first)) continue;
      const seen = firstNames.get(last);
      if (seen === undefined) firstNames.set(last, first);
      else if (seen !== first) sharedSurnames.add(last);
    }
  }
  return {
    runs,
    acronymExpansion(acronym) {
      return byInitials.get(acronym) ?? null;
    },
    fullestPersonName(bare, firstName) {
      // The form the article uses most, then the shortest: "Ada Okafor" over a headline's "Defiant Okafor".
      let best: readonly string[] = bare;
      let bestUses = 0;
      const pool = firstName ? byFirst.get(bare[0] ?? '') : byLast.get(bare[bare.length - 1] ?? '');
      for (const clean of pool ?? []) {
        if (clean.length <= bare.length) continue;
        const lower = clean.map((w) => w.toLowerCase());
        if (!(firstName || bare.every((w) => lower.includes(w.toLowerCase())))) continue;
        const n = uses.get(keyOf(clean)) ?? 0;
        if (n > bestUses || (n === bestUses && clean.length < best.length)) {
          best = clean;
          bestUses = n;
        }
      }
      // "Liu" for "Liu Meiling": a name whose family name comes first, when no one has the word as a surname.
      if (best === bare && !firstName && bare.length === 1) {
        const word = bare[0] ?? '';
        const led = (byFirst.get(word) ?? []).filter((c) => c.length === 2 && !evidence.get(keyOf(c))?.org);
        if (led.length === 1 && !surnames.has(word.toLowerCase())) return [...(led[0] ?? bare)];
      }
      return [...best];
    },
    isOrganization(words) {
      const e = evidence.get(keyOf(words));
      if (e?.person || (words.length === 1 && surnames.has(keyOf(words)))) return false;
      if (e?.org) return true;
      return words.length === 1 && byFirstWord.has(keyOf(words)) && !surnames.has(keyOf(words));
    },
    organizationExpansion(words) {
      if (words.length !== 1 || surnames.has(keyOf(words))) return null;
      return byFirstWord.get(keyOf(words)) ?? byLastWord.get(keyOf(words)) ?? null;
    },
    isSharedSurname(lastLower) {
      return sharedSurnames.has(lastLower);
    },
    isSurname(word) {
      return surnames.has(word.toLowerCase());
    },
    runBefore(token) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] ?? 0) < token) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
