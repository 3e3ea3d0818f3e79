// The confidence rubric: how much an editor can lean on a claim as written, from who stands behind it
// and how certain the text makes it. Every reason quotes the words that produced it. The rubric is
// documented for editors in docs/confidence-rubric.md; keep the two in step.
import type { Attribution, Certainty, ClaimKind, Confidence, Hedge } from './schema.js';
import type { FoundAttribution } from './attribution/types.js';
import { loadedVerbIn } from './findings/loaded-attribution-verb.js';
import { listing } from './findings/format.js';

export interface ConfidenceInput {
  kind: ClaimKind;
  attributions: readonly Attribution[];
  certainty: Certainty;
  hedges: readonly Hedge[];
  found: readonly FoundAttribution[];
  /** The sentence is a photo caption or other line without final punctuation. */
  caption?: boolean;
}

export interface ConfidenceResult {
  confidence: Confidence;
  reasons: string[];
}

const LEVELS: readonly Confidence[] = ['low', 'medium', 'high'];
type Level = 0 | 1 | 2;

const quoted = (words: string): string => `“${words}”`;
const quoteWords = (hedges: readonly Hedge[]): string => hedges.map((h) => quoted(h.text)).join(', ');

/** The source as the article names it: canonical name first, else the words of the mention. */
const whoOf = (a: Attribution | undefined, fallback: string): string =>
  a?.source?.name ?? (a?.mention ? quoted(a.mention.text) : fallback);
const cueOf = (a: Attribution | undefined): string => (a?.cue ? ` (${quoted(a.cue.text)})` : '');

/** Who stands behind the claim: the starting level and the reason for it. */
function standing(input: ConfidenceInput): [Level, string] {
  const { kind, attributions } = input;
  const primary = attributions[0];
  const who = whoOf(primary, 'a named source');
  switch (kind) {
    case 'named_person':
    case 'named_organization': {
      const named = attributions.filter((a) => a.kind === 'named_person' || a.kind === 'named_organization');
      if (named.every((a) => a.channel === 'social_media')) {
        return [1, `Rests on a social-media post by ${who}${cueOf(primary)}: check the post itself.`];
      }
      // Co-speakers ("Mr. Reyes and Ms. Cole said") share the primary's cue.
      const together = named.filter((a) => a.source && a.cue && primary?.cue && a.cue.start === primary.cue.start).map((a) => a.source?.name ?? '');
      return [2, `On the record: ${together.length > 1 ? listing(together) : who}${cueOf(primary)}.`];
    }
    case 'anonymous': {
      // The article's own words say more about an unnamed source than a canonical label does.
      const unnamed = primary?.mention ? quoted(primary.mention.text) : whoOf(primary, 'not identified');
      return [1, `Unnamed source: ${unnamed}${cueOf(primary)}.`];
    }
    case 'vague':
      return [1, `Agentless attribution${primary?.cue ? ` ${quoted(primary.cue.text)}` : ''}: nobody is named as the source.`];
    case 'document':
      return primary?.source
        ? [2, `On the record in a document: ${primary.source.name}${cueOf(primary)}.`]
        : [1, `A document that is not identified: ${whoOf(primary, 'unnamed')}${cueOf(primary)}.`];
    case 'unattributed':
      if (input.caption) return [2, 'Photo caption in the publication’s voice: check it against the picture and its credit.'];
      return input.certainty === 'asserted'
        ? [2, 'Publication’s own voice, stated plainly: no source is given, so the desk must be able to check it.']
        : [2, 'Publication’s own voice: no source is given.'];
  }
}

/** How certain the text makes the claim: the highest level it allows, and the reason. */
function certaintyCap(certainty: Certainty, hedges: readonly Hedge[]): [Level, string | null] {
  switch (certainty) {
    case 'asserted':
      return [2, null];
    case 'probable':
      return [1, `Hedged as probable: ${quoteWords(hedges) || 'probability wording'}.`];
    case 'possible':
      return [0, `Only possible or hypothetical: ${quoteWords(hedges) || 'conditional wording'}.`];
    case 'denied':
      return [0, `Denied or disputed: ${quoteWords(hedges) || 'denial wording'}.`];
  }
}

/** Notes that explain the rating without changing it. */
function notes(input: ConfidenceInput): string[] {
  const primary = input.attributions[0];
  const out: string[] = [];
  const named = input.kind === 'named_person' || input.kind === 'named_organization';
  if (named && (primary?.quote === 'direct' || primary?.quote === 'partial')) {
    out.push(
      `${primary.quote === 'direct' ? 'Quoted directly' : 'Partly quoted'}: good evidence of what ${whoOf(primary, 'the source')} said, not that it is true.`,
    );
  }
  const loaded = primary?.cue ? loadedVerbIn(primary.cue.text) : null;
  if (loaded) out.push(`${quoted(loaded.verb)} ${loaded.why}; “said” would be neutral.`);
  if (input.found.some((f) => f.continued)) out.push('Attribution carried over from the quotation in the previous sentence.');
  return out;
}

export function rateConfidence(input: ConfidenceInput): ConfidenceResult {
  const { kind, certainty, hedges } = input;
  const [sourceLevel, sourceReason] = standing(input);
  const [cap, certaintyReason] = certaintyCap(certainty, hedges);
  let level = Math.min(sourceLevel, cap) as Level;
  const reasons = [sourceReason];
  if (certaintyReason) reasons.push(certaintyReason);
  if (kind === 'unattributed' && (certainty === 'probable' || certainty === 'possible')) {
    level = 0;
    reasons.push('Speculation in the publication’s own voice, with no source.');
  }
  reasons.push(...notes(input));
  return { confidence: LEVELS[level] ?? 'low', reasons };
}
