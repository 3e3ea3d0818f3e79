// Certainty of a claim and the hedge cues behind it. (Placeholder: replaced by the hedge detector.)
import type { Certainty, Hedge, Span } from '../schema.js';
import type { Token } from '../nlp.js';

export interface CertaintyInput {
  text: string;
  /** The sentence's tokens, in order. */
  tokens: readonly Token[];
  /** Attribution cues found in the sentence ("believes", "denied"): they can carry certainty too. */
  cues: readonly Span[];
}

export interface CertaintyResult {
  certainty: Certainty;
  hedges: Hedge[];
}

export function assessCertainty(_input: CertaintyInput): CertaintyResult {
  return { certainty: 'asserted', hedges: [] };
}
