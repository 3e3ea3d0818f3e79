// What every finding rule reads: the article, its segmentation and the claims built from it.
import type { Token } from '../nlp.js';
import type { Sentence } from '../segment.js';
import type { Claim, Finding, Source } from '../schema.js';
import type { FoundAttribution } from '../attribution/types.js';
import type { ClaimWords } from './claim-words.js';

export interface FindingsInput {
  text: string;
  tokens: readonly Token[];
  /** Sentence i is the sentence of claim i. */
  sentences: readonly Sentence[];
  claims: readonly Claim[];
  sources: readonly Source[];
  /** The attribution rules' raw findings, per sentence (same index as claims). */
  found: readonly FoundAttribution[][];
  /** Each claim's words, for the rules that look up phrases (see claim-words.ts). */
  words: ClaimWords;
}

export type FindingRule = (input: FindingsInput) => Finding[];
