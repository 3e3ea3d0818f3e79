// Finds whole-word occurrences of lexicon phrases in text, case-insensitively, with exact offsets.
// Scans the words of a stretch once and looks each up in a map, so the cost grows with the text, not
// with the length of the list.
import { isAsciiLetterOrDigit, isWhitespace, letterOrDigitAt, startsWithCapital } from '../nlp.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PhraseMatch<T> extends Span {
  entry: T;
}

export interface PhraseMatcher<T> {
  /** Matches inside text[from, to), the longest form first where forms share a first word. */
  find(text: string, from?: number, to?: number): PhraseMatch<T>[];
  /** The same, over words already scanned with wordsIn (several matchers can share one scan). */
  findIn(text: string, words: readonly Word[]): PhraseMatch<T>[];
}

const HYPHENS = /[-‐‑–]/g;
const APOSTROPHES = /[’']/g;
const POSSESSIVE = /'s$/;

/** Lowercase, one space between words, one kind of hyphen and apostrophe: how forms are looked up. */
export const normalizePhrase = (s: string): string =>
  s.toLowerCase().replace(/\s+/g, ' ').replace(HYPHENS, '-').replace(APOSTROPHES, "'").trim();

// A word is a run of letters and digits with inner hyphens and apostrophes ("so-called", "regime’s").
// Scanned by hand: this runs on every word of every claim, and a Unicode regex per word was a tenth of
// the engine's time.
/** The hyphens and apostrophes that join a word's parts: - ' ‐ ‑ – ’. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2019;

/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isAsciiLetterOrDigit(c) ? 1 : 0));

export interface Word {
  start: number;
  end: number;
  /** Holds a hyphen or apostrophe, so its key needs more than lowercasing. */
  joined: boolean;
  /** Only ASCII letters and digits, so its key has the word's length and its first letter lowercased. */
  ascii: boolean;
  /** Normalised as normalizePhrase would; made on first use. */
  key: string | undefined;
  /** keyHash of an ASCII word's key, and of the key without a closing "'s" (else NO_HASH), computed while
   * scanning so a lookup can rule a word out without making its key. */
  hash: number;
  bareHash: number;
}

const NO_HASH = -1;
/** A cheap number for a key: forms' first words are hashed alike, so most words are ruled out by it. */
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) & 0x7fffffff;
const keyHash = (key: string): number => {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
};
/** The character a key holds for c: ASCII lowercased, the joiners as normalizePhrase writes them. */
const keyChar = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c === 0x2010 || c === 0x2011 || c === 0x2013 ? 45 : c);

const NON_ASCII_JOINERS = /[‐‑–’]/g;
const ASCII_JOINER: Record<string, string> = { '‐': '-', '‑': '-', '–': '-', '’': "'" };

function keyOf(text: string, word: Word): string {
  if (word.key === undefined) {
    const lower = text.slice(word.start, word.end).toLowerCase();
    word.key = word.joined ? lower.replace(NON_ASCII_JOINERS, (c) => ASCII_JOINER[c] ?? c) : lower;
  }
  return word.key;
}

/** The whole words inside text[from, to); a word cut by either edge is left out. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  // A word that began before `from` is cut: skip the rest of it, joined parts included ("so-|called").
  if (from > 0 && letterOrDigitAt(text, from - 1) && letterOrDigitAt(text, from)) {
    while (i < to) {
      const size = letterOrDigitAt(text, i) || (isJoiner(text.charCodeAt(i)) && letterOrDigitAt(text, i + 1) ? 1 : 0);
      if (size === 0) break;
      i += size;
    }
  }
  while (i < to) {
    const c = text.charCodeAt(i);
    if ((c < 128 ? ASCII_WORD_CHAR[c] : letterOrDigitAt(text, i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    let ascii = true;
    let hash = 0;
    for (;;) {
      // ASCII characters are decided by the table; only the rest pay for letterOrDigitAt.
      for (;;) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_WORD_CHAR[d] === 0) break;
          hash = hashStep(hash, keyChar(d));
          i++;
          continue;
        }
        const size = letterOrDigitAt(text, i);
        if (size === 0) break;
        ascii = false;
        i += size;
      }
      const j = text.charCodeAt(i);
      if (isJoiner(j) && letterOrDigitAt(text, i + 1)) {
        joined = true;
        hash = hashStep(hash, keyChar(j));
        i++;
        continue;
      }
      break;
    }
    if (i > to) break;
    out.push({ start, end: i, joined, ascii, key: undefined, hash, bareHash: ascii ? possessiveBare(text, start, i) : NO_HASH });
  }
  return out;
}

/** keyHash of an ASCII word's key without its closing "'s" ("regime’s" → "regime"), or NO_HASH. */
function possessiveBare(text: string, start: number, end: number): number {
  if (end - start < 3 || keyChar(text.charCodeAt(end - 2)) !== 39 || keyChar(text.charCodeAt(end - 1)) !== 115) return NO_HASH;
  let h = 0;
  for (let i = start; i < end - 2; i++) h = hashStep(h, keyChar(text.charCodeAt(i)));
  return h;
}

interface Form<T> {
  words: string[];
  entry: T;
}

export function phraseMatcher<T>(entries: readonly T[], formsOf: (entry: T) => readonly string[]): PhraseMatcher<T> {
  const byFirstWord = new Map<string, Form<T>[]>();
  const firstWordHashes = new Set<number>();
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const words = normalizePhrase(form).split(' ');
      const first = words[0] ?? '';
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirstWord.set(first, list);
      firstWordHashes.add(keyHash(first));
    }
  }
  const mayStartForm = (w: Word): boolean => !w.ascii || firstWordHashes.has(w.hash) || (w.bareHash !== NO_HASH && firstWordHashes.has(w.bareHash));
  const findIn = (text: string, words: readonly Word[]): PhraseMatch<T>[] => {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const first = words[i];
      if (!first || !mayStartForm(first)) continue;
      const key = keyOf(text, first);
      const exact = byFirstWord.get(key);
      const bare = exact || !key.endsWith("'s") ? key : key.replace(POSSESSIVE, '');
      const forms = exact ?? byFirstWord.get(bare);
      if (!forms) continue;
      let form: Form<T> | undefined;
      for (const f of forms) {
        if (continues(text, words, i, f.words)) {
          form = f;
          break;
        }
      }
      if (!form) continue;
      const last = words[i + form.words.length - 1] ?? first;
      // "regime’s" matches "regime": the match ends before the possessive.
      const end = form.words.length === 1 && key !== form.words[0] ? first.start + bare.length : last.end;
      out.push({ start: first.start, end, text: text.slice(first.start, end), entry: form.entry });
      i += form.words.length - 1;
    }
    return out;
  };
  return { find: (text, from = 0, to = text.length) => findIn(text, wordsIn(text, from, to)), findIn };
}

/** Whether the words from i on spell the form, one whitespace run apart. */
function continues(text: string, words: readonly Word[], i: number, form: readonly string[]): boolean {
  for (let k = 1; k < form.length; k++) {
    const prev = words[i + k - 1];
    const next = words[i + k];
    if (!prev || !next || next.start === prev.end || keyOf(text, next) !== form[k]) return false;
    for (let c = prev.end; c < next.start; c++) if (!isWhitespace(text.charCodeAt(c))) return false;
  }
  return true;
}

/**
 * Matches of a global pattern inside text[from, to), found by searching that stretch alone (a miss on
 * the whole text would scan on to the end of the article). One character either side is kept so
 * look-behind and look-ahead still see the neighbours.
 */
export function matchesIn(pattern: RegExp, text: string, from: number, to: number): Span[] {
  const lead = from > 0 ? 1 : 0;
  const base = from - lead;
  const stretch = text.slice(base, Math.min(text.length, to + 1));
  const out: Span[] = [];
  // exec on the shared pattern, not matchAll, which clones the pattern on every call.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (start >= from && end <= to) out.push({ start, end, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** The words just after `end` (up to `to`), normalised, for "unless followed by" checks. */
export function followedBy(text: string, end: number, to: number, phrases: readonly string[]): boolean {
  const after = normalizePhrase(text.slice(end, Math.min(to, end + 40)));
  return phrases.some((p) => after === p || (after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after.charAt(p.length))));
}

/** The word just before `start` (down to `from`), normalised, or null at the start. */
export function previousWord(text: string, start: number, from: number): string | null {
  const before = text.slice(Math.max(from, start - 40), start);
  const m = /([\p{L}\p{N}'’-]+)\s+$/u.exec(before);
  return m?.[1] ? normalizePhrase(m[1]) : null;
}

/** A capitalised word that does not open its sentence or a quotation is part of a name ("Radical Party"). */
export function isProperName(text: string, start: number, sentenceStart: number): boolean {
  if (!startsWithCapital(text.charAt(start))) return false;
  const before = text.slice(sentenceStart, start).trimEnd();
  return before !== '' && !/[“"‘'(\[—–:-]$/u.test(before);
}
