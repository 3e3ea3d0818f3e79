// The words of each claim, scanned at most once per report and shared by every rule that matches phrases
// in them (loaded language, check-worthy words).
import type { Claim } from '../schema.js';
import { wordsIn, type Word } from './phrase-matcher.js';

export interface ClaimWords {
  /** The whole words of a claim, scanned on first use. */
  of(claim: Claim): readonly Word[];
}

export function claimWords(text: string): ClaimWords {
  const scanned: Array<Word[] | undefined> = [];
  return { of: (claim) => (scanned[claim.id] ??= wordsIn(text, claim.start, claim.end)) };
}
