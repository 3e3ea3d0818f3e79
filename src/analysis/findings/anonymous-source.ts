// anonymous_source: claims resting on unnamed sources. Worse when the unnamed source gives a view or
// speculates: the standards rule is "no anonymous opinion".
import type { Attribution, Claim, Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { INSTITUTIONAL_VOICES, OPINION_CUES } from './anonymous-words.js';
import { phraseMatcher } from './phrase-matcher.js';
import { distinct, listing, quoted, sentencesRef } from './format.js';
import { mapPresent } from '../arrays.js';

const opinionCue = phraseMatcher(OPINION_CUES, (form) => [form]);
const institutionalVoice = phraseMatcher(INSTITUTIONAL_VOICES, (form) => [form]);

const isUnnamedSource = (a: Attribution): boolean =>
  a.kind === 'anonymous' && !(a.mention && institutionalVoice.find(a.mention.text).length > 0);

/** The words that make an anonymous claim opinion or speculation: an opinion cue, or the claim's hedges. */
function opinionWords(claim: Claim, anonymous: readonly Attribution[]): string[] {
  const cues = anonymous.flatMap((a) => (a.cue ? opinionCue.find(a.cue.text).map((m) => m.text) : []));
  const hedged = claim.certainty === 'probable' || claim.certainty === 'possible';
  return distinct([...cues, ...(hedged ? claim.hedges.map((h) => h.text) : [])]);
}

/** Who the unnamed source is, in the article's words: "Some analysts", "Russian officials". */
function who(anonymous: readonly Attribution[]): string {
  const named = distinct(mapPresent(anonymous, (a) => a.mention?.text ?? a.source?.name));
  return named.length ? listing(named.map(quoted), 2) : 'an unnamed source';
}

export function anonymousSource({ claims }: FindingsInput): Finding[] {
  const opinion: Array<{ id: number; part: string }> = [];
  const facts = new Map<string, number[]>();
  for (const claim of claims) {
    const anonymous = claim.attributions.filter(isUnnamedSource);
    if (anonymous.length === 0) continue;
    const words = opinionWords(claim, anonymous);
    if (words.length > 0 || claim.certainty === 'probable' || claim.certainty === 'possible') {
      const why = words.length ? `: ${listing(words.map(quoted), 3)}` : '';
      opinion.push({ id: claim.id, part: `${who(anonymous)} (sentence ${claim.id + 1}${why})` });
    } else {
      const key = who(anonymous);
      const ids = facts.get(key);
      if (ids) ids.push(claim.id);
      else facts.set(key, [claim.id]);
    }
  }
  const out: Finding[] = [];
  if (opinion.length) {
    out.push({
      code: 'anonymous_source',
      severity: 'concern',
      message: `Unnamed sources give opinion or speculation, against the rule of no anonymous opinion: ${listing(opinion.map((o) => o.part))}. Name them or cut the opinion.`,
      claims: opinion.map((o) => o.id),
    });
  }
  if (facts.size) {
    const parts = [...facts].map(([key, ids]) => `${key} (${sentencesRef(ids)})`);
    out.push({
      code: 'anonymous_source',
      severity: 'warning',
      message: `Unnamed sources: ${listing(parts)}. Say why they are not named and how they know.`,
      claims: [...facts.values()].flat().sort((a, b) => a - b),
    });
  }
  return out;
}
