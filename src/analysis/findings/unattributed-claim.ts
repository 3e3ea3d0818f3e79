// unattributed_claim: statements the publication makes on its own that a desk would want sourced or
// checked: figures, accusations and superlatives. Captions and hedged sentences are left out (the
// latter are own_voice_speculation); ordinary narrative without such words is not flagged.
import type { Claim, Finding } from '../schema.js';
import type { Token } from '../nlp.js';
import type { FindingsInput } from './input.js';
import { ACCUSATION_WORDS, MONTHS, QUANTITY_WORDS, SUPERLATIVES } from './check-worthy-words.js';
import { followedBy, isProperName, matchesIn, phraseMatcher, previousWord, type Span } from './phrase-matcher.js';
import { overlaps, type Range } from './own-voice.js';
import { distinct, listing, plural, quoted } from './format.js';

const wordMatcher = phraseMatcher([...ACCUSATION_WORDS, ...SUPERLATIVES, ...QUANTITY_WORDS], (w) => [w]);
// A number with its currency and unit; digits joined by ":" or "/" are times and dates, not figures.
const FIGURE =
  /(?<![\p{L}\p{N}.,:/-])[$€£¥]?\d+(?:[.,]\d+)*(?:%|bn|m|k|\s(?:percent|per cent|percentage points?|million|billion|trillion))?(?![\p{L}\p{N}:/])/gu;
const YEAR = /^(1[5-9]|20)\d\d$/;
const CLOCK = ['a.m.', 'p.m.', 'am', 'pm', "o'clock"];
const monthOrClock = [...MONTHS, ...MONTHS.map((m) => `${m}.`), ...CLOCK];
// "Jane Doe, 40, a teacher": an age in apposition.
const AFTER_NAME = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
const BEFORE_APPOSITION = /^\s*[,—―–]/u;

/** Numbers that are figures to check, not dates, years, times of day or ages. */
function figures(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const m of matchesIn(FIGURE, text, from, to)) {
    if (YEAR.test(m.text)) continue;
    const prev = previousWord(text, m.start, from);
    if ((prev && MONTHS.includes(prev.replace(/\.$/, ''))) || followedBy(text, m.end, to, monthOrClock)) continue;
    const age =
      /^\d{1,3}$/.test(m.text) && AFTER_NAME.test(text.slice(from, m.start)) && BEFORE_APPOSITION.test(text.slice(m.end, to));
    if (!age) out.push(m);
  }
  return out;
}

/** Keeps the first of overlapping hits ("4 percent" over "percent"). */
function withoutOverlaps(hits: Span[]): Span[] {
  const out: Span[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) out.push(h);
  }
  return out;
}

/** "most" before an adjective: "the most powerful". */
function mostSuperlatives(text: string, tokens: readonly Token[], claim: Claim): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next || t.start < claim.start || next.end > claim.end) continue;
    if (t.lower === 'most' && next.pos === 'ADJ') out.push({ start: t.start, end: next.end, text: text.slice(t.start, next.end) });
  }
  return out;
}

function checkWorthyWords(input: FindingsInput, claim: Claim): string[] {
  const { text, tokens, sentences, words } = input;
  const sentence = sentences[claim.id];
  const quotes: Range[] = sentence?.quotes ?? [];
  const sentenceTokens = sentence ? tokens.slice(sentence.first, sentence.last + 1) : [];
  const hits = withoutOverlaps([
    ...wordMatcher.findIn(text, words.of(claim)).filter((m) => !isProperName(text, m.start, claim.start)),
    ...mostSuperlatives(text, sentenceTokens, claim),
    ...figures(text, claim.start, claim.end),
  ]).filter((m) => !overlaps(quotes, m.start, m.end));
  return distinct(hits.map((m) => m.text));
}

export function unattributedClaim(input: FindingsInput): Finding[] {
  const parts: string[] = [];
  const ids: number[] = [];
  for (const claim of input.claims) {
    if (claim.kind !== 'unattributed' || claim.caption) continue;
    if (claim.certainty === 'probable' || claim.certainty === 'possible') continue;
    const words = checkWorthyWords(input, claim);
    if (words.length === 0) continue;
    ids.push(claim.id);
    parts.push(`sentence ${claim.id + 1} (${listing(words.map(quoted), 3)})`);
  }
  if (ids.length === 0) return [];
  return [
    {
      code: 'unattributed_claim',
      severity: 'info',
      message: `${plural(ids.length, 'check-worthy statement has', 'check-worthy statements have')} no source: ${listing(parts)}. ${ids.length === 1 ? 'Check it' : 'Check them'}, or say who says so.`,
      claims: ids,
    },
  ];
}
