// The words of each claim, scanned once per report and shared by every rule that matches phrases in them.
import type { Claim } from '../schema.js';
import { wordsIn, type Word } from './phrase-matcher.js';

// Keyed on the report's claims array, so the scan lives as long as the report and no longer.
const scanned = new WeakMap<readonly Claim[], Array<Word[] | undefined>>();

export function claimWords(text: string, claims: readonly Claim[], claim: Claim): readonly Word[] {
  let perClaim = scanned.get(claims);
  if (!perClaim) {
    perClaim = [];
    scanned.set(claims, perClaim);
  }
  return (perClaim[claim.id] ??= wordsIn(text, claim.start, claim.end));
}
