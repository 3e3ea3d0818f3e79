// Which stretches of a claim are someone else's words rather than the publication's own voice.
import type { Sentence } from '../segment.js';
import type { Attribution, Claim } from '../schema.js';

export type Range = readonly [number, number];

/** An attribution to somebody (a person, an organization, an unnamed source, a document), not agentless wording. */
export const isSourced = (a: Attribution): boolean => a.kind !== 'vague';

/**
 * Quotations, plus the content of every sourced attribution. Agentless attributions ("it is suspected
 * that …") give their content to nobody, so it stays in the publication's voice. A sourced attribution
 * whose content span was not found may cover the whole sentence, so the whole sentence counts as theirs.
 */
export function othersWords(claim: Claim, sentence: Sentence | undefined): Range[] {
  const out: Range[] = [...(sentence?.quotes ?? [])];
  for (const a of claim.attributions) {
    if (!isSourced(a)) continue;
    out.push(a.content ? [a.content.start, a.content.end] : [claim.start, claim.end]);
  }
  return out;
}

export const overlaps = (ranges: readonly Range[], start: number, end: number): boolean =>
  ranges.some(([s, e]) => start < e && end > s);
