// Finds whole-word occurrences of lexicon phrases in text, case-insensitively, with exact offsets.
// Scans the words of a stretch once and looks each up in a map, so the cost grows with the text, not
// with the length of the list.

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
}

const HYPHENS = /[-‐‑–]/g;
const APOSTROPHES = /[’']/g;
// A word: letters and digits, with inner hyphens and apostrophes ("so-called", "regime’s").
const WORD = /[\p{L}\p{N}]+(?:[-‐‑–'’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /'s$/;

/** Lowercase, one space between words, one kind of hyphen and apostrophe: how forms are looked up. */
export const normalizePhrase = (s: string): string =>
  s.toLowerCase().replace(/\s+/g, ' ').replace(HYPHENS, '-').replace(APOSTROPHES, "'").trim();

const JOINERS = new Set(['-', '‐', '‑', '–', "'", '’']);

/** normalizePhrase for one word, cheaply: most words hold no hyphen or apostrophe. */
function normalizeWord(w: string): string {
  for (let i = 0; i < w.length; i++) if (JOINERS.has(w.charAt(i))) return normalizePhrase(w);
  return w.toLowerCase();
}

interface Form<T> {
  words: string[];
  entry: T;
}

export function phraseMatcher<T>(entries: readonly T[], formsOf: (entry: T) => readonly string[]): PhraseMatcher<T> {
  const byFirstWord = new Map<string, Form<T>[]>();
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const words = normalizePhrase(form).split(' ');
      const list = byFirstWord.get(words[0] ?? '') ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirstWord.set(words[0] ?? '', list);
    }
  }
  return {
    find(text, from = 0, to = text.length) {
      const words = matchesIn(WORD, text, from, to);
      const out: PhraseMatch<T>[] = [];
      for (let i = 0; i < words.length; i++) {
        const first = words[i];
        if (!first) continue;
        const key = normalizeWord(first.text);
        const exact = byFirstWord.get(key);
        const bare = exact || !key.endsWith("'s") ? key : key.replace(POSSESSIVE, '');
        const forms = exact ?? byFirstWord.get(bare);
        if (!forms) continue;
        const form = forms.find((f) => continues(text, words, i, f.words));
        if (!form) continue;
        const last = words[i + form.words.length - 1] ?? first;
        // "regime’s" matches "regime": the match ends before the possessive.
        const end = form.words.length === 1 && key !== form.words[0] ? first.start + bare.length : last.end;
        out.push({ start: first.start, end, text: text.slice(first.start, end), entry: form.entry });
        i += form.words.length - 1;
      }
      return out;
    },
  };
}

/** Whether the words from i on spell the form, one whitespace run apart. */
function continues(text: string, words: readonly Span[], i: number, form: readonly string[]): boolean {
  for (let k = 1; k < form.length; k++) {
    const prev = words[i + k - 1];
    const next = words[i + k];
    if (!prev || !next || normalizeWord(next.text) !== form[k]) return false;
    if (!/^\s+$/.test(text.slice(prev.end, next.start))) return false;
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
  if (!/^\p{Lu}/u.test(text.charAt(start))) return false;
  const before = text.slice(sentenceStart, start).trimEnd();
  return before !== '' && !/[“"‘'(\[—–:-]$/u.test(before);
}
