// Finds whole-word occurrences of lexicon phrases in text, case-insensitively, with exact offsets.
// One compiled pattern per list, so a sentence is scanned once whatever the list's length.

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export interface PhraseMatcher<T> {
  /** Matches inside text[from, to), longest form first where forms overlap. */
  find(text: string, from?: number, to?: number): PhraseMatch<T>[];
}

const HYPHENS = /[-‐‑–]/g;
const APOSTROPHES = /[’']/g;

/** Lowercase, one space between words, one kind of hyphen and apostrophe: how forms are looked up. */
export const normalizePhrase = (s: string): string =>
  s.toLowerCase().replace(/\s+/g, ' ').replace(HYPHENS, '-').replace(APOSTROPHES, "'").trim();

const patternOf = (form: string): string =>
  form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '[-‐‑–]')
    .replace(/'/g, "[’']");

export function phraseMatcher<T>(entries: readonly T[], formsOf: (entry: T) => readonly string[]): PhraseMatcher<T> {
  const byForm = new Map<string, T>();
  for (const entry of entries) for (const form of formsOf(entry)) byForm.set(normalizePhrase(form), entry);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(patternOf).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(text, from = 0, to = text.length) {
      const out: PhraseMatch<T>[] = [];
      const re = new RegExp(pattern);
      re.lastIndex = from;
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        const end = m.index + m[0].length;
        const entry = byForm.get(normalizePhrase(m[0]));
        if (end <= to && entry !== undefined) out.push({ start: m.index, end, text: m[0], entry });
      }
      return out;
    },
  };
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
