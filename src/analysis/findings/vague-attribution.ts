// vague_attribution: agentless attributions that name nobody ("it is suspected", "widely seen",
// "there have been reports").
import type { Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { listing, plural, quoted } from './format.js';

export function vagueAttribution({ claims }: FindingsInput): Finding[] {
  const parts: string[] = [];
  const ids: number[] = [];
  for (const claim of claims) {
    const vague = claim.attributions.filter((a) => a.kind === 'vague');
    if (vague.length === 0) continue;
    ids.push(claim.id);
    const words = vague.map((a) => a.cue?.text ?? a.mention?.text).filter((w): w is string => !!w);
    parts.push(`${words.length ? listing(words.map(quoted), 2) : 'agentless wording'} (sentence ${claim.id + 1})`);
  }
  if (ids.length === 0) return [];
  return [
    {
      code: 'vague_attribution',
      severity: 'warning',
      message: `${plural(ids.length, 'attribution names', 'attributions name')} nobody: ${listing(parts)}. Say who suspects, sees or reports it.`,
      claims: ids,
    },
  ];
}
