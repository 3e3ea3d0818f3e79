// Builds a FoundAttribution from its parts, so every rule spans its cue and judges its quotation alike.
import type { AttributionKind, Channel, Span } from '../schema.js';
import type { FoundAttribution, Mention } from './types.js';
import type { SentenceView } from './view.js';
import { quoteOf } from './content.js';

export interface FoundParts {
  mention: Mention | null;
  /** First and last token of the cue, inclusive. */
  cueStart: number;
  cueEnd: number;
  content: Span | null;
  kind: AttributionKind;
  channel?: Channel | null;
  loadedCue?: boolean;
  inherits?: FoundAttribution | null;
}

export function foundAttribution(view: SentenceView, p: FoundParts): FoundAttribution {
  return {
    mention: p.mention,
    cue: view.span(p.cueStart, p.cueEnd),
    content: p.content,
    quote: quoteOf(view, p.content),
    channel: p.channel ?? null,
    kind: p.kind,
    loadedCue: p.loadedCue ?? false,
    inherits: p.inherits ?? null,
    continued: false,
  };
}
