// The one place the engine talks to wink-nlp: tokens with exact offsets, parts of speech, lemmas and
// wink's own sentence boundaries. Everything downstream works on these plain records.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in the document's token array. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, AUX, PRON, DET, ADP, PUNCT, ...). */
  pos: string;
  start: number;
  end: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** wink's sentence boundaries as [firstToken, lastToken] inclusive. */
  sentences: Array<[number, number]>;
}

// Only sentence boundaries and parts of speech: wink's NER, negation and sentiment cost time we do not use.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** wink's tokenizer slows down sharply on very long runs without spaces ("aaaa…", "a-a-a-…"). No real
 * word is this long, so such runs are cut by a space in the copy wink reads; offsets stay the same. */
const MAX_RUN = 100;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

function withShortRuns(text: string): string {
  let run = 0;
  let cuts: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII first: it is most of any article and never a space.
    if ((c > 32 && c < 127) || !isSpace(c)) {
      if (++run > MAX_RUN) {
        (cuts ??= []).push(i);
        run = 0;
      }
    } else {
      run = 0;
    }
  }
  if (!cuts) return text;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return out + text.slice(from);
}

/** Letters wink does not know (it splits "Kovač" into "Kova" and "č"), and the plain letter wink reads for each
 * in its copy; one UTF-16 unit for one, so offsets stay the same. */
const FOLDED_LETTERS: ReadonlyMap<string, string> = new Map([['Ł', 'L'], ['ł', 'l'], ['Đ', 'D'], ['đ', 'd'], ['ı', 'i'], ['Ħ', 'H'], ['ħ', 'h']]);

function foldLetter(c: string): string {
  const folded = FOLDED_LETTERS.get(c);
  if (folded) return folded;
  const base = c.normalize('NFD')[0] ?? c;
  return /^[A-Za-z]$/.test(base) ? base : c;
}

/** The text with Latin letters beyond Latin-1 (Latin Extended A and B, Latin Extended Additional) read as
 * their base letters: "Kovač", "Łukasz", "Wąs" stay one word each. */
function withLatinLetters(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, foldLetter);
}

/** wink's cost per character grows with the document's length (a 594,000-character text takes about twice
 * as long per character as a 59,000-character one), so long texts are read in blocks of about this many
 * characters, cut after a line break. A line break always ends a sentence (see segment.ts), so no sentence
 * is cut. */
const BLOCK_CHARS = 20_000;

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** [start, end) blocks of the text, each ending just after a line break, except the last. */
function blocksOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > BLOCK_CHARS) {
    let to = from + BLOCK_CHARS;
    while (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
    // Past a \r\n pair and any blank lines, so the next block starts on text.
    while (to < text.length && isLineBreak(text.charCodeAt(to))) to++;
    out.push([from, to]);
    from = to;
  }
  if (from < text.length || out.length === 0) out.push([from, text.length]);
  return out;
}

export function tokenize(text: string): TokenizedText {
  const readable = withLatinLetters(withShortRuns(text));
  const uncut = readable === text;
  const tokens: Token[] = [];
  const sentences: Array<[number, number]> = [];
  for (const [from, to] of blocksOf(readable)) readBlock(text, readable, uncut, from, to, tokens, sentences);
  return { tokens, sentences };
}

/** Tokenizes readable[from, to) with wink and appends its tokens and sentences, offsets in the whole text. */
function readBlock(
  text: string,
  readable: string,
  uncut: boolean,
  from: number,
  to: number,
  tokens: Token[],
  sentences: Array<[number, number]>,
): void {
  const doc = nlp.readDoc(from === 0 && to === readable.length ? readable : readable.slice(from, to));
  const all = doc.tokens();
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const pos = all.out(its.pos);
  // wink's typings reject its.lemma for token collections although it works; the cast is the typing fix.
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  // wink keeps line breaks as tokens; the engine drops them, so map wink indices to ours.
  const ours: number[] = new Array<number>(values.length);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    ours[i] = tokens.length;
    if (isBlank(value)) {
      cursor += value.length;
      continue;
    }
    // wink is lossless for ordinary text; if it ever normalises a character, find the value instead.
    let verbatim = readable.startsWith(value, cursor);
    if (!verbatim) {
      const found = readable.indexOf(value, cursor);
      if (found >= 0 && found < to) {
        cursor = found;
        verbatim = true;
      }
    }
    const start = Math.min(cursor, to);
    const end = Math.min(start + value.length, to);
    const lemma = lemmas[i] ?? value;
    // wink's value is the text itself unless wink's copy was changed (a long run cut, a letter folded).
    const own = verbatim && uncut && end - start === value.length ? value : text.slice(start, end);
    const lower = own.toLowerCase();
    tokens.push({
      i: tokens.length,
      text: own,
      lower,
      lemma: lemma === value ? lower : lemma.toLowerCase(),
      pos: pos[i] ?? 'X',
      start,
      end,
    });
    cursor = end;
  }
  for (const span of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const [first, last] = span;
    const a = ours[first] ?? tokens.length;
    // `last` may be a dropped line break: the sentence then ends on the token before the next kept one.
    const b = (ours[last + 1] ?? tokens.length) - 1;
    if (b >= a) sentences.push([a, b]);
  }
}

/** Whether a word, read in lowercase on its own, is the plural of a common noun ("objectors" → "objector"):
 * wink tags a capitalised word opening a sentence as a name, so its lowercase form is asked instead. */
export function isPluralCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const tokens = nlp.readDoc(lower).tokens();
  if (tokens.length() !== 1) return false;
  const lemma = (tokens.out(its.lemma as unknown as typeof its.value)[0] ?? lower).toLowerCase();
  return tokens.out(its.pos)[0] === 'NOUN' && lemma !== lower && lower.startsWith(lemma) && lower.endsWith('s');
}

/** The index of the token that starts exactly at `offset`, found by binary search (tokens are in order). */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : undefined;
}

/** The index of the token that ends exactly at `offset`, found by binary search (tokens are in order). */
export function tokenEndingAt(tokens: readonly Token[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.end === offset ? lo : undefined;
}

/** Counts words the way the report's stats do: tokens that contain a letter or digit. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (hasLetterOrDigit(t.text)) n++;
  return n;
}

/** Whether text[from, to) holds a letter or digit. */
export function hasLetterOrDigit(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (letterOrDigitAt(text, i, to) > 0) return true;
  return false;
}

/** The cheap test before any Unicode one: most characters of English news are ASCII. */
export const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Length in UTF-16 units (1, or 2 for a surrogate pair that ends before `end`) of the letter or digit at
 * text[i], or 0 when there is none. ASCII is decided by code; the Unicode test runs on the rest only.
 */
export function letterOrDigitAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  if (isAsciiLetterOrDigit(c)) return 1;
  // ASCII symbols and the General Punctuation block (curly quotes, dashes) are the common misses.
  if (c < 128 || Number.isNaN(c) || (c >= 0x2000 && c <= 0x206f)) return 0;
  const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  const size = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/** What `\s` (and String.prototype.trim) counts as whitespace, tested by code. */
export function isWhitespace(c: number): boolean {
  return isSpace(c) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/** Whether a wink token is only whitespace (a line break), without trimming a copy of it. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  for (let i = 0; i < value.length; i++) if (!isWhitespace(value.charCodeAt(i))) return false;
  return true;
}

/** Whether a part of speech is a verb or an auxiliary. */
export const isVerbal = (pos: string | undefined): boolean => pos === 'VERB' || pos === 'AUX';

/** Whether a word starts with a capital letter; an ASCII fast path, as this runs on every token. */
export function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Whether a token starts with a capital letter. */
export const isCapitalised = (t: Token): boolean => startsWithCapital(t.text);

/** Whether a token starts with a lowercase letter; the same ASCII fast path. */
export function isLowercase(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(t.text);
}
