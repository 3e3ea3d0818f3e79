// Article-level findings for a standards desk: the sourcing audit. One rule per module; the pipeline
// copies each finding's code into the flags of the claims it names.
import type { Finding } from '../schema.js';
import type { FindingRule, FindingsInput } from './input.js';
import { dominantSource } from './dominant-source.js';
import { socialMediaSource } from './social-media-source.js';
import { ownVoiceSpeculation } from './own-voice-speculation.js';
import { vagueAttribution } from './vague-attribution.js';
import { anonymousSource } from './anonymous-source.js';
import { loadedAttributionVerb } from './loaded-attribution-verb.js';
import { loadedLanguage } from './loaded-language.js';
import { unattributedClaim } from './unattributed-claim.js';

export type { FindingsInput } from './input.js';

const RULES: readonly FindingRule[] = [
  dominantSource,
  socialMediaSource,
  ownVoiceSpeculation,
  vagueAttribution,
  anonymousSource,
  loadedAttributionVerb,
  loadedLanguage,
  unattributedClaim,
];

export function findFindings(input: FindingsInput): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule(input));
  return out;
}
