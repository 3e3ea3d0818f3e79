// Certainty of a claim and the hedge cues behind it: a denial outranks everything, then a doxastic or
// likelihood cue (probable), then a possibility or a condition (possible); no cue means asserted.
import type { Certainty, Hedge, Span } from '../schema.js';
import type { Token } from '../nlp.js';
import type { CueLevel } from '../lexicon/hedges.js';
import { findCues } from './cues.js';

export interface CertaintyInput {
  text: string;
  /** The sentence's tokens, in order. */
  tokens: readonly Token[];
  /** Attribution cues found in the sentence ("believes", "denied"): they can carry certainty too. */
  cues: readonly Span[];
  /** Who speaks ("One driver, who feared for his job,"): a hedge there describes the speaker, not the claim. */
  speakers?: readonly Span[];
}

export interface CertaintyResult {
  certainty: Certainty;
  hedges: Hedge[];
}

const RANK: Record<CueLevel, number> = { possible: 1, probable: 2, denied: 3 };

export function assessCertainty(input: CertaintyInput): CertaintyResult {
  const { text, tokens, cues: attributionCues, speakers = [] } = input;
  // The attribution cues tell the "would" rule which verbs frame reported speech.
  const found = findCues(tokens, attributionCues);

  let level: CueLevel | null = null;
  const hedges: Hedge[] = [];
  for (const cue of found) {
    const first = tokens[cue.first];
    const last = tokens[cue.last];
    if (!first || !last || speakers.some((m) => first.start >= m.start && last.end <= m.end)) continue;
    hedges.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, type: cue.sense.type });
    if (!level || RANK[cue.sense.level] > RANK[level]) level = cue.sense.level;
  }
  return { certainty: level ?? 'asserted', hedges };
}
