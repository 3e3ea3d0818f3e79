// Headlines have their own grammar: Title Case and a bare present tense ("Mayor Sees 'Personal Attack'",
// "City Leaders Slam Harbour Plan"), which wink tags poorly. In an article's first line, in Title Case,
// a verb of saying, belief or stance after the opening name attributes the rest of the line.
import type { Token } from '../nlp.js';
import type { FoundAttribution } from './types.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import { isCapitalised, type Chunk } from './np.js';
import { classifyChunk } from './classify.js';
import { contentSpan } from './content.js';
import { foundAttribution, mentionOf } from './found.js';
import { BELIEF_VERBS, HEADLINE_ADVERBS, HEADLINE_VERBS, SPEECH_VERBS, STANCE_VERBS } from '../lexicon/cues.js';

const MIN_TITLE_CASE_SHARE = 0.7;
/** Headline words that are more often nouns than verbs. */
const AMBIGUOUS_NOUNS = new Set(['rules', 'plan', 'plans', 'report', 'reports', 'post', 'posts', 'claims', 'calls', 'backs']);
const MAX_SUBJECT_WORDS = 4;
const HEADLINE_PARTICLES = new Set(['of', 'about', 'to', 'for', 'against', 'on']);

function isTitleCase(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (isCapitalised(t)) capitals++;
  }
  return words >= 4 && capitals / words >= MIN_TITLE_CASE_SHARE;
}

/** The verb's base form from a headline word: "Sees" → "see", "Rips" → "rip", "Pushes" → "push". */
function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

const isCue = (t: Token): boolean =>
  [...baseForms(t.text), t.lemma].some((b) => SPEECH_VERBS.has(b) || BELIEF_VERBS.has(b) || STANCE_VERBS.has(b) || HEADLINE_VERBS.has(b));

export function findHeadlineAttribution(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord, sentence } = view;
  if (sentence.paragraph !== 0 || view.spent >= MAX_ATTRIBUTIONS || !isTitleCase(tokens, first, lastWord)) return [];
  for (let k = first + 1; k <= Math.min(lastWord - 1, first + MAX_SUBJECT_WORDS); k++) {
    // "Okafor Just Announced …", "Council Finally Confirmed …": an adverb before the verb joins the cue.
    const adverb = HEADLINE_ADVERBS.has(tokens[k]?.lower ?? '') ? 1 : 0;
    const t = tokens[k + adverb];
    if (!t || k + adverb >= lastWord || used.has(k) || !isCapitalised(t) || !isCue(t)) continue;
    const chunk: Chunk = { s: first, e: k - 1 };
    for (let i = chunk.s; i <= chunk.e; i++) if (!isCapitalised(tokens[i] ?? t) || used.has(i)) return [];
    const cls = classifyChunk(tokens, chunk);
    // A headline's speaker is a name ("Mayor Sees …"), not a noun phrase ("A Curious Plan", "Power Plant Rules").
    if (tokens[first]?.pos === 'DET' || !(cls.kind === 'named_person' || cls.kind === 'named_organization') || AMBIGUOUS_NOUNS.has(t.lower)) return [];
    // "Accused Of", "Worried About", "Vowed To": the preposition after the verb is part of the cue.
    const end = k + adverb + (HEADLINE_PARTICLES.has(tokens[k + adverb + 1]?.lower ?? '') && k + adverb + 1 < lastWord ? 1 : 0);
    const content = contentSpan(view, end + 1, lastWord);
    for (let i = first; i <= end; i++) used.add(i);
    view.spent += 1;
    const mention = mentionOf(view.span(chunk.s, chunk.e), cls.kind, cls.pronoun, null);
    return [foundAttribution(view, { mention, cueStart: k, cueEnd: end, content, kind: cls.kind })];
  }
  return [];
}
