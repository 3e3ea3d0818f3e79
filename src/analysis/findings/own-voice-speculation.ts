// own_voice_speculation: the publication itself hedges or speculates ("could", "would likely", "if …")
// with nobody named as the source of the speculation.
import type { Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { distinct, listing, plural, quoted } from './format.js';

export function ownVoiceSpeculation({ claims }: FindingsInput): Finding[] {
  const hits = claims.filter(
    (c) => c.kind === 'unattributed' && (c.certainty === 'probable' || c.certainty === 'possible'),
  );
  if (hits.length === 0) return [];
  const parts = hits.map((c) => {
    const words = distinct(c.hedges.map((h) => h.text)).map(quoted);
    return `sentence ${c.id + 1} (${words.length ? listing(words, 3) : 'hedged'})`;
  });
  return [
    {
      code: 'own_voice_speculation',
      severity: 'concern',
      message: `${plural(hits.length, 'sentence speculates', 'sentences speculate')} in the publication’s own voice, with no source: ${listing(parts)}. Attribute the speculation or cut it.`,
      claims: hits.map((c) => c.id),
    },
  ];
}
