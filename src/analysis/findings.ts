// Article-level findings for a standards desk. (Placeholder until the finding rules land.)
import type { Token } from './nlp.js';
import type { Sentence } from './segment.js';
import type { Claim, Finding, Source } from './schema.js';
import type { FoundAttribution } from './attribution/types.js';

export interface FindingsInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  claims: readonly Claim[];
  sources: readonly Source[];
  found: readonly FoundAttribution[][];
}

export function findFindings(_input: FindingsInput): Finding[] {
  return [];
}
