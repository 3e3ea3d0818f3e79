// Splits an article into paragraphs and sentences with exact offsets, marks photo captions, and records
// which stretches of each sentence sit inside quotation marks.
import { isCapitalised, isLowercase, isWhitespace, tokenize, type Token, type TokenizedText } from './nlp.js';
import {
  AFTER_CLOCK_CONTINUATIONS,
  CLOCK_ABBREVIATIONS,
  MERGE_BEFORE_ABBREVIATIONS,
  SPLIT_TITLE_ABBREVIATIONS,
} from './lexicon/abbreviations.js';
import { BELIEF_ADJECTIVES, COMMA_PARTICIPLE_CUES, PARTICIPLE_CUES, SPEECH_VERBS, STANCE_VERBS, VERB_FORMS_TAGGED_ADJECTIVE } from './lexicon/cues.js';
import { AUXILIARY_FORMS, FINAL_PUNCTUATION, INVERTED_VERBS_TAGGED_NOUN, NOUN_COMPOUNDS_WITH_VERB_FIRST, QUOTE_CLOSERS, REPORTING_VERBS_TAGGED_NOUN, SENTENCE_ENDS, WEEKDAYS } from './lexicon/grammar.js';
import { MONTHS } from './lexicon/calendar.js';
import { BYLINE, PAGE_LINE_OPENERS, PHOTO_MARKERS } from './lexicon/page-lines.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  caption: boolean;
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  /** Quoted stretches [start, end) clipped to this sentence, quotation marks included. */
  quotes: Array<[number, number]>;
}

export interface Segmented {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: number;
}

interface Paragraph {
  start: number;
  end: number;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const line = /[^\n\r\u2028\u2029]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A quotation signed with a dash ("“…” ― Mara Lindqvist") is a quotation, not a caption. */
const DASH_SIGNATURE = /[”"]\s*[―—–]\s*[^\s―—–][^―—–]{0,80}$/u;
const MIN_CAPTION_WORDS = 4;

/** Whether an offset lies inside one of the sentence's quotations. */
export const isQuotedAt = (sentence: Sentence, offset: number): boolean => sentence.quotes.some(([qs, qe]) => offset >= qs && offset < qe);

/** The text without a closing photo note ("… in Donetsk (file photo)", "… (Image: Getty)"), so a caption
 * that ends in one is still seen to end without final punctuation. */
function withoutPhotoNote(body: string): string {
  if (!body.endsWith(')')) return body;
  const open = body.lastIndexOf('(');
  const note = body.slice(open + 1, -1);
  if (open <= 0 || note.includes(')') || !/[^\s.!?…]$/u.test(note)) return body;
  return body.slice(0, open).trimEnd();
}

/**
 * The paragraphs that are photo captions: those that end without sentence-final punctuation, unless they are
 * one of the page's own lines (a byline, a timestamp, a link to another story). Lines above the first
 * paragraph that ends a sentence are the headline and standfirst, so they count only when they read as
 * captions ("… Photograph: Getty Images").
 */
function captionsOf(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  let aboveStory = true;
  paragraphs.forEach((para, i) => {
    const body = text.slice(para.start, para.end);
    const ended = FINAL_PUNCTUATION.test(withoutPhotoNote(body)) || DASH_SIGNATURE.test(body);
    if (ended) aboveStory = false;
    if (ended || body.split(/\s+/).length < MIN_CAPTION_WORDS || isPageLine(body)) return;
    if (!aboveStory || PHOTO_MARKERS.test(body)) out.add(i);
  });
  return out;
}

const isPageLine = (body: string): boolean => BYLINE.test(body) || PAGE_LINE_OPENERS.test(body);

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT_DOUBLE = 0x22; // "
const STRAIGHT_SINGLE = 0x27; // '

/** Quoted stretches of one paragraph; an unclosed quotation runs to the paragraph's end (news style). */
function quotedRanges(text: string, p: Paragraph): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  // By character code: indexing a string with curly quotes in it makes a new string per character.
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET) {
      if (open < 0) open = i;
    } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
      if (open >= 0) out.push([open, i + 1]);
      open = -1;
    } else if (c === STRAIGHT_DOUBLE || (c === STRAIGHT_SINGLE && text.charCodeAt(i + 1) === STRAIGHT_SINGLE)) {
      if (c === STRAIGHT_SINGLE) i++;
      if (open < 0) open = c === STRAIGHT_SINGLE ? i - 1 : i;
      else {
        out.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) out.push([open, p.end]);
  return out;
}

/** A sentence never opens with these: "Rep. Jo Hart (D-Md.), chair of …" goes on after the abbreviation. */
const CONTINUING_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ')']);

/** wink sometimes ends a sentence inside "(R-S.C.)" or after an initial ("John F."): such a split is wrong. */
function splitTooEarly(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const lastToken = tokens[last];
  if (!lastToken) return false;
  if (/^\p{Lu}\.$/u.test(lastToken.text)) return true;
  const body = text.slice(tokens[first]?.start ?? 0, lastToken.end);
  return (body.match(/\(/g)?.length ?? 0) > (body.match(/\)/g)?.length ?? 0);
}

/** Rejoins titles wink splits in two ("Rev" "."), so that they read like "Gov." everywhere downstream. */
function joinSplitTitles({ tokens, sentences }: TokenizedText): TokenizedText {
  const joins = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    if (t && dot && dot.text === '.' && dot.start === t.end && SPLIT_TITLE_ABBREVIATIONS.has(t.lower) && isCapitalised(t)) {
      joins.add(i);
    }
  }
  if (joins.size === 0) return { tokens, sentences };
  const out: Token[] = [];
  const ours: number[] = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    ours[i] = out.length;
    const dot = tokens[i + 1];
    // The tokens are this call's own (fresh from tokenize), so they are updated in place, not copied.
    t.i = out.length;
    if (joins.has(i) && dot) {
      t.text += dot.text;
      t.lower = t.lemma = t.text.toLowerCase();
      t.pos = 'PROPN';
      t.end = dot.end;
      out.push(t);
      ours[++i] = out.length - 1;
      continue;
    }
    out.push(t);
  }
  const joined: Array<[number, number]> = [];
  for (const [a, b] of sentences) {
    const first = ours[a] ?? 0;
    const last = ours[b] ?? first;
    const prev = joined[joined.length - 1];
    // A sentence that began at the swallowed full stop now begins inside the previous one.
    if (prev && first <= prev[1]) prev[1] = Math.max(prev[1], last);
    else joined.push([first, last]);
  }
  return { tokens: out, sentences: joined };
}

/** The speech or stance verb a regular past form comes from ("alleged" → allege, "decried" → decry), unless
 * the form is itself a belief adjective ("concerned"). */
function cueVerbOfPastForm(form: string): string | undefined {
  if (!form.endsWith('ed') || BELIEF_ADJECTIVES.has(form)) return undefined;
  const stem = form.slice(0, -2);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : undefined;
  const candidates = [stem, form.slice(0, -1), stem.endsWith('i') ? `${stem.slice(0, -1)}y` : undefined, doubled];
  return candidates.find((c): c is string => !!c && (SPEECH_VERBS.has(c) || STANCE_VERBS.has(c)));
}

/** The cue verb of an "-ing" form ("warning" → warn, "slamming" → slam, "praising" → praise), if it is one. */
function cueVerbOfParticiple(form: string): string | undefined {
  if (!form.endsWith('ing')) return undefined;
  const stem = form.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, doubled].find((c): c is string => !!c && (PARTICIPLE_CUES.has(c) || COMMA_PARTICIPLE_CUES.has(c)));
}

const MAX_CLOSING_NOUN_PHRASE = 6;
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Whether tokens from `i` are a short noun phrase that ends its sentence: at a full stop or a line's end. */
function closesWithNounPhrase(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + MAX_CLOSING_NOUN_PHRASE; k++) {
    const t = tokens[k];
    if (!t || !NOUN_PHRASE_TAGS.has(t.pos)) return k > i && (!t || SENTENCE_ENDS.has(t.text));
    const next = tokens[k + 1];
    if (!next || /[\n\r\u2028\u2029]/u.test(text.slice(t.end, next.start))) return true;
  }
  return false;
}

/** Where wink reads a verb form as an adjective in a verb's place (after a subject, an auxiliary or a comma,
 * before an object or "to"), it becomes the verb again: "Hollis is promising lower tolls"; and a verb it
 * reads inside a compound noun is a noun again ("a Leeds-based think tank"). In place. */
function retagVerbalAdjectives(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.pos === 'VERB' && next && NOUN_COMPOUNDS_WITH_VERB_FIRST.get(t.lower)?.has(next.lower)) {
      t.pos = 'NOUN';
      continue;
    }
    // "Documents obtained under … laws show that": a present verb of showing after a plural noun, before "that".
    const shows = REPORTING_VERBS_TAGGED_NOUN.get(t.lower);
    // "Figures released on Monday show that": a day or month may end the noun phrase before it.
    const before = prev?.pos === 'NOUN' || (prev?.pos === 'PROPN' && (WEEKDAYS.has(prev.lower) || MONTHS.has(prev.lower)));
    if (shows && t.pos === 'NOUN' && before && next?.lower === 'that') {
      t.pos = 'VERB';
      t.lemma = shows;
      continue;
    }
    // "The lawsuit, filed in May, claims the company …": a reporting verb's "-s" form after an aside's closing comma.
    const reports = t.pos === 'NOUN' && prev?.text === ',' && t.lower.endsWith('s') ? REPORTING_VERBS_TAGGED_NOUN.get(t.lower.slice(0, -1)) : undefined;
    if (reports && next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.lower === 'that') && closesAside(tokens, i - 1)) {
      t.pos = 'VERB';
      t.lemma = reports;
      continue;
    }
    // "Putin fears for his safety, claims Ukrainian adviser": an inverted verb of saying read as a plural noun.
    const inverted = INVERTED_VERBS_TAGGED_NOUN.get(t.lower);
    const afterComma = prev?.text === ',' || (QUOTE_CLOSERS.has(prev?.text ?? '') && tokens[i - 2]?.text === ',');
    if (inverted && t.pos === 'NOUN' && afterComma && closesWithNounPhrase(text, tokens, i + 1)) {
      t.pos = 'VERB';
      t.lemma = inverted;
      continue;
    }
    // "…, warning that …", "…, offering few details": wink reads some participles after a comma as nouns.
    if (t.pos === 'NOUN' && prev?.text === ',' && next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.lower === 'that')) {
      const lemma = cueVerbOfParticiple(t.lower);
      if (lemma) {
        t.pos = 'VERB';
        t.lemma = lemma;
      }
      continue;
    }
    // "said Rohan Das": a capitalised word after a name that wink reads as an auxiliary but spells none.
    if (t.pos === 'AUX' && prev?.pos === 'PROPN' && isCapitalised(t) && isCapitalised(prev) && !AUXILIARY_FORMS.has(t.lower)) {
      t.pos = 'PROPN';
      t.lemma = t.lower;
      continue;
    }
    // "the actor Theo Grant, posted …", "the Freedom of Information Act show that …": a capitalised word ending a
    // name inside the sentence that wink reads as a verb, where no object can follow it.
    if (t.pos === 'VERB' && prev?.pos === 'PROPN' && isCapitalised(t) && isCapitalised(prev) && isLowercase(tokens[i - 2]) && next) {
      const shows = next.pos === 'NOUN' && tokens[i + 2]?.lower === 'that' ? REPORTING_VERBS_TAGGED_NOUN.get(next.lower) : undefined;
      if (next.text === ',' || next.pos === 'VERB' || next.pos === 'AUX' || shows) {
        t.pos = 'PROPN';
        t.lemma = t.lower;
        if (shows) {
          next.pos = 'VERB';
          next.lemma = shows;
        }
        continue;
      }
    }
    if (t.pos !== 'ADJ') continue;
    const afterSubject = !!prev && (prev.pos === 'PRON' || prev.pos === 'PROPN' || prev.pos === 'AUX' || prev.pos === 'ADV' || prev.text === ',' || (prev.pos === 'NOUN' && (next?.lower === 'that' || next?.pos === 'DET')));
    const beforeObject = !!next && (next.lower === 'to' || next.lower === 'that' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM' || (next.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN'));
    // The place is checked first: most adjectives are not in a verb's place, and the past-form lookup allocates.
    const lemma = afterSubject && beforeObject ? VERB_FORMS_TAGGED_ADJECTIVE.get(t.lower) ?? cueVerbOfPastForm(t.lower) : undefined;
    if (lemma) {
      t.pos = 'VERB';
      t.lemma = lemma;
    }
  }
}

/** How far back the comma that opens an aside may be ("The lawsuit, filed in Collin County district court,"). */
const MAX_ASIDE_TOKENS = 12;

/** The comma at `comma` closes an aside that opened with a comma right after a noun: "The lawsuit, filed in May,". */
function closesAside(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || /^[.!?;:]$/.test(t.text)) return false;
    if (t.text === ',') return tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN';
  }
  return false;
}

/** A clock time ends a sentence when a capitalised word other than a day, month or time zone follows. */
function endsAtClock(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && !!next && isCapitalised(next) && CLOCK_ABBREVIATIONS.has(t.lower) && !AFTER_CLOCK_CONTINUATIONS.has(next.lower);
}

/** "…, a student from Fresno, Calif. “I think …”": after an abbreviation wink does not end the sentence, but
 * an opening quotation mark and a capital after it start a new one. */
function endsBeforeQuotation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i + 1];
  if (!t || !mark || !t.text.endsWith('.') || mark.start === t.end) return false;
  const doubled = isDoubledApostrophe(tokens, i + 1, i + 2);
  if (!(mark.text === '“' || mark.text === '"' || doubled)) return false;
  const word = tokens[doubled ? i + 3 : i + 2];
  const lastMark = tokens[doubled ? i + 2 : i + 1];
  return !!word && !!lastMark && word.start === lastMark.end && isCapitalised(word);
}

/** Tokens `a` and `b` are the two halves of a '' mark. */
function isDoubledApostrophe(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  const second = tokens[b];
  return !!first && !!second && first.text === "'" && second.text === "'" && first.end === second.start;
}

export function segment(text: string): Segmented {
  const { tokens, sentences: winkSentences } = joinSplitTitles(tokenize(text));
  retagVerbalAdjectives(text, tokens);
  const paragraphs = paragraphsOf(text);

  // Cut wink's sentences at paragraph boundaries: a line break always ends a sentence.
  const pieces: Array<{ first: number; last: number; paragraph: number }> = [];
  let p = 0;
  for (const [a, b] of winkSentences) {
    let first = a;
    for (let i = a; i <= b; i++) {
      const t = tokens[i];
      if (!t) break;
      while (p < paragraphs.length && t.start >= (paragraphs[p]?.end ?? 0)) p++;
      const next = tokens[i + 1];
      const paraEnd = paragraphs[p]?.end ?? text.length;
      if (i === b || !next || next.start >= paraEnd || endsAtClock(tokens, i) || endsBeforeQuotation(tokens, i)) {
        pieces.push({ first, last: i, paragraph: p });
        first = i + 1;
      }
    }
  }

  // Re-join pieces wink split after an abbreviation or before a lowercase continuation.
  const merged: typeof pieces = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    // "…upside.''": wink ends the sentence between the two apostrophes of a closing '' mark.
    if (prev && prev.paragraph === piece.paragraph && isDoubledApostrophe(tokens, prev.last, piece.first)) {
      prev.last = piece.first;
      piece.first++;
      if (piece.first > piece.last) continue;
    }
    const prevLast = prev ? tokens[prev.last] : undefined;
    if (
      prev &&
      prevLast &&
      prev.paragraph === piece.paragraph &&
      (MERGE_BEFORE_ABBREVIATIONS.has(prevLast.lower) ||
        isLowercase(tokens[piece.first]) ||
        CONTINUING_PUNCTUATION.has(tokens[piece.first]?.text ?? '') ||
        splitTooEarly(text, tokens, prev.first, prev.last))
    ) {
      prev.last = piece.last;
    } else {
      merged.push({ ...piece });
    }
  }

  const captionParagraphs = captionsOf(text, paragraphs);

  const quotesByParagraph = paragraphs.map((para) => quotedRanges(text, para));
  const sentences: Sentence[] = merged.map((m, index) => {
    const start = tokens[m.first]?.start ?? 0;
    const end = tokens[m.last]?.end ?? start;
    const quotes: Array<[number, number]> = [];
    for (const [qs, qe] of quotesByParagraph[m.paragraph] ?? []) {
      const s = Math.max(qs, start);
      const e = Math.min(qe, end);
      if (e > s) quotes.push([s, e]);
    }
    return {
      index,
      start,
      end,
      paragraph: m.paragraph,
      caption: captionParagraphs.has(m.paragraph),
      first: m.first,
      last: m.last,
      quotes,
    };
  });
  return { tokens, sentences, paragraphs: paragraphs.length };
}
