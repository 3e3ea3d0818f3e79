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

/** A mention over a span, spelled out rather than spread: it runs for every attribution, and a spread copy
 * is several times slower. */
export function mentionOf(span: Span, kind: AttributionKind, pronoun: Mention['pronoun'], description: string | null): Mention {
  return { text: span.text, start: span.start, end: span.end, kind, pronoun, description };
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
