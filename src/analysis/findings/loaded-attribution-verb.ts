// loaded_attribution_verb: the cue says more than "said" ("claimed" doubts, "admitted" convicts,
// "revealed" endorses, "boasted" mocks).
import type { Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { LOADED_ATTRIBUTION_VERBS } from '../lexicon/loaded-words.js';
import { phraseMatcher } from './phrase-matcher.js';
import { listing, quoted } from './format.js';

const loadedVerbs = phraseMatcher(LOADED_ATTRIBUTION_VERBS, (g) => g.forms);

export interface LoadedVerb {
  verb: string;
  why: string;
}

/** The loaded verb in a cue ("has claimed" → "claimed"), or null for a neutral cue. */
export function loadedVerbIn(cue: string): LoadedVerb | null {
  const [m] = loadedVerbs.find(cue);
  return m ? { verb: m.text, why: m.entry.why } : null;
}

const WHY_UNLISTED = 'says more than "said"';

export function loadedAttributionVerb({ claims, found }: FindingsInput): Finding[] {
  const parts: string[] = [];
  const ids: number[] = [];
  for (const claim of claims) {
    const seen = new Set<number>();
    const verbs: LoadedVerb[] = [];
    for (const a of claim.attributions) {
      const loaded = a.cue ? loadedVerbIn(a.cue.text) : null;
      if (a.cue && loaded && !seen.has(a.cue.start)) {
        seen.add(a.cue.start);
        verbs.push(loaded);
      }
    }
    // The attribution rules may know loaded cues the lexicon lacks.
    for (const f of found[claim.id] ?? []) {
      if (f.loadedCue && f.cue && !seen.has(f.cue.start)) {
        seen.add(f.cue.start);
        verbs.push(loadedVerbIn(f.cue.text) ?? { verb: f.cue.text, why: WHY_UNLISTED });
      }
    }
    if (verbs.length === 0) continue;
    ids.push(claim.id);
    for (const v of verbs) parts.push(`${quoted(v.verb)} (sentence ${claim.id + 1}: ${v.why})`);
  }
  if (ids.length === 0) return [];
  return [
    {
      code: 'loaded_attribution_verb',
      severity: 'warning',
      message: `Attribution verbs that say more than “said”: ${listing(parts)}.`,
      claims: ids,
    },
  ];
}
