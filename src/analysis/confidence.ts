// The confidence rubric: how much an editor can lean on a claim as written, from who stands behind it
// and how certain the text makes it. Every reason quotes the words that produced it.
import type { Attribution, Certainty, ClaimKind, Confidence, Hedge } from './schema.js';
import type { FoundAttribution } from './attribution/types.js';

export interface ConfidenceInput {
  kind: ClaimKind;
  attributions: readonly Attribution[];
  certainty: Certainty;
  hedges: readonly Hedge[];
  found: readonly FoundAttribution[];
}

export interface ConfidenceResult {
  confidence: Confidence;
  reasons: string[];
}

const quoteWords = (hedges: readonly Hedge[]): string => hedges.map((h) => `“${h.text}”`).join(', ');

export function rateConfidence(input: ConfidenceInput): ConfidenceResult {
  const { kind, attributions, certainty, hedges } = input;
  const primary = attributions[0];
  const reasons: string[] = [];
  let level = 2; // 2 high, 1 medium, 0 low

  const cue = primary?.cue ? `“${primary.cue.text}”` : null;
  const who = primary?.mention ? `“${primary.mention.text}”` : null;
  switch (kind) {
    case 'named_person':
    case 'named_organization':
      if (primary?.channel === 'social_media') {
        level = 1;
        reasons.push(`Rests on a social-media post by ${primary.source?.name ?? who ?? 'a named source'}${cue ? ` (${cue})` : ''}: check the post itself.`);
      } else {
        reasons.push(`On the record: ${primary?.source?.name ?? who ?? 'a named source'}${cue ? ` (${cue})` : ''}.`);
      }
      break;
    case 'anonymous':
      level = 1;
      reasons.push(`Unnamed source: ${who ?? 'not identified'}${cue ? ` (${cue})` : ''}.`);
      break;
    case 'vague':
      level = 1;
      reasons.push(`Agentless attribution${cue ? ` ${cue}` : ''}: nobody is named as the source.`);
      break;
    case 'document':
      reasons.push(`Attributed to a document or outlet: ${who ?? cue ?? 'unnamed'}.`);
      break;
    case 'unattributed':
      reasons.push('Publication’s own voice: no source is given.');
      break;
  }

  switch (certainty) {
    case 'asserted':
      break;
    case 'probable':
      level = Math.min(level, 1);
      reasons.push(`Hedged as probable: ${quoteWords(hedges) || 'probability wording'}.`);
      break;
    case 'possible':
      level = 0;
      reasons.push(`Only possible or hypothetical: ${quoteWords(hedges) || 'conditional wording'}.`);
      break;
    case 'denied':
      level = 0;
      reasons.push(`Denied or disputed: ${quoteWords(hedges) || 'denial wording'}.`);
      break;
  }
  if (kind === 'unattributed' && certainty !== 'asserted') {
    level = 0;
    reasons.push('Speculation in the publication’s own voice.');
  }
  const confidence: Confidence = level === 2 ? 'high' : level === 1 ? 'medium' : 'low';
  return { confidence, reasons };
}
