// Resolves source mentions across the article into one canonical source per real speaker.
// (Placeholder until resolution lands.)
import type { Token } from './nlp.js';
import type { Sentence } from './segment.js';
import type { Attribution, Source } from './schema.js';
import type { FoundAttribution } from './attribution/types.js';

export interface ResolvedSources {
  sources: Source[];
  /** Per sentence, the attributions with their canonical source. */
  resolved: Attribution[][];
}

export function resolveSources(
  _text: string,
  _tokens: readonly Token[],
  _sentences: readonly Sentence[],
  found: readonly FoundAttribution[][],
): ResolvedSources {
  return {
    sources: [],
    resolved: found.map((list) =>
      list.map((f) => ({
        kind: f.kind,
        source: null,
        mention: f.mention ? { text: f.mention.text, start: f.mention.start, end: f.mention.end } : null,
        cue: f.cue,
        content: f.content,
        quote: f.quote,
        channel: f.channel,
      })),
    ),
  };
}
