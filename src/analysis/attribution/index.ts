// Finds attributions in one sentence. (Placeholder until the rules land.)
import type { Token } from '../nlp.js';
import type { Sentence } from '../segment.js';
import type { FoundAttribution } from './types.js';

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
}

export function findAttributions(_ctx: SentenceContext): FoundAttribution[] {
  return [];
}
