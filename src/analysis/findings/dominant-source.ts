// dominant_source: one source carries most of the article's attributed claims, or most of those at the
// top of the story, where the news is (inverted pyramid). A story that rests on one voice needs a second.
import type { Attribution, Channel, Claim, Finding, Severity } from '../schema.js';
import type { FindingsInput } from './input.js';
import { isSourced } from './own-voice.js';
import { distinct, listing, quoted } from './format.js';
import { mapPresent } from '../arrays.js';

/** "Most": at least this share of the claims attributed to a source … */
export const DOMINANT_MIN_SHARE = 0.4;
/** … and at least this many of them. */
export const DOMINANT_MIN_CLAIMS = 3;

interface Tally {
  id: string;
  name: string;
  claims: number[];
  attributions: Attribution[];
  /** The claim id of each attribution. */
  claimOf: number[];
}

/** Counts claims per source among claims attributed to a source; the top one, unless tied for first. */
function topSource(claims: readonly Claim[]): { top: Tally | null; attributed: number } {
  const tallies = new Map<string, Tally>();
  let attributed = 0;
  for (const claim of claims) {
    const sourced = claim.attributions.filter(isSourced);
    if (sourced.length === 0) continue;
    attributed++;
    for (const a of sourced) {
      if (!a.source) continue;
      let t = tallies.get(a.source.id);
      if (!t) tallies.set(a.source.id, (t = { id: a.source.id, name: a.source.name, claims: [], attributions: [], claimOf: [] }));
      // Claims come in order, so a claim already counted is the last one: no search of the list.
      if (t.claims[t.claims.length - 1] !== claim.id) t.claims.push(claim.id);
      t.attributions.push(a);
      t.claimOf.push(claim.id);
    }
  }
  const ranked = [...tallies.values()].sort((a, b) => b.claims.length - a.claims.length);
  const [first, second] = ranked;
  const top = first && (!second || second.claims.length < first.claims.length) ? first : null;
  return { top, attributed };
}

const dominates = (t: Tally, attributed: number): boolean =>
  t.claims.length >= DOMINANT_MIN_CLAIMS && t.claims.length / attributed >= DOMINANT_MIN_SHARE;

const CHANNEL_WORDS: Record<Channel, string> = {
  social_media: 'social media',
  media: 'other media',
  document: 'documents',
  statement: 'statements',
};

/** How the source spoke: ", 2 of them through social media (cues “tweeted”, “said”)". */
function through(t: Tally): string {
  const claimsBy = new Map<Channel, Set<number>>();
  for (const [i, a] of t.attributions.entries()) {
    if (!a.channel) continue;
    const ids = claimsBy.get(a.channel) ?? new Set<number>();
    ids.add(t.claimOf[i] ?? -1);
    claimsBy.set(a.channel, ids);
  }
  const channels = [...claimsBy].map(([channel, ids]) =>
    `${ids.size === t.claims.length ? 'all' : ids.size} through ${CHANNEL_WORDS[channel]}`,
  );
  const cues = distinct(mapPresent(t.attributions, (a) => a.cue?.text)).map(quoted);
  const how = cues.length ? ` (cues ${listing(cues, 4)})` : '';
  return channels.length ? `, ${listing(channels)}${how}` : how;
}

/**
 * concern: the one voice cannot be checked on the record (unnamed, or only ever posting online);
 * warning: the news at the top rests on it, or some of it comes from posts;
 * info: the whole article is mostly one voice, which is normal for an interview or a speech.
 */
function severityOf(t: Tally, topOnly: boolean, kind: string | undefined): Severity {
  const social = t.attributions.filter((a) => a.channel === 'social_media').length;
  if (kind === 'anonymous' || social === t.attributions.length) return 'concern';
  return topOnly || social > 0 ? 'warning' : 'info';
}

const ADVICE: Record<Severity, string> = {
  concern: 'The story rests on one voice that cannot be checked on the record: find a second source.',
  warning: 'The news rests on one voice: look for a second source.',
  info: 'Normal for an interview or a speech; if the story’s facts rest on this source, find a second one.',
};

function finding(t: Tally, attributed: number, topOnly: boolean, kind: string | undefined): Finding {
  const severity = severityOf(t, topOnly, kind);
  const where = topOnly ? ' in the top half of the story, where the news is' : '';
  return {
    code: 'dominant_source',
    severity,
    message: `${t.name} carries ${t.claims.length} of ${attributed} attributed claims${where}${through(t)}. ${ADVICE[severity]}`,
    claims: t.claims,
  };
}

export function dominantSource({ claims, sources }: FindingsInput): Finding[] {
  const kindOf = (t: Tally) => sources.find((s) => s.id === t.id)?.kind ?? t.attributions[0]?.kind;
  const whole = topSource(claims);
  if (whole.top && dominates(whole.top, whole.attributed)) {
    return [finding(whole.top, whole.attributed, false, kindOf(whole.top))];
  }
  const top = topSource(claims.slice(0, Math.ceil(claims.length / 2)));
  if (top.top && dominates(top.top, top.attributed)) {
    return [finding(top.top, top.attributed, true, kindOf(top.top))];
  }
  return [];
}
