// What the attribution rules find in one sentence, before sources are resolved across the article.
import type { AttributionKind, Channel, Quote, Span } from '../schema.js';

export interface Mention extends Span {
  /** Provisional kind from the words of the mention alone; pronouns are resolved later. */
  kind: AttributionKind;
  /** Set for he/she/it/they: resolved to an earlier source. */
  pronoun: 'person' | 'thing' | 'group' | null;
  /** Descriptive apposition or title found beside the mention ("an adviser to Ukraine's interior minister"). */
  description: string | null;
  /** The words that name the speaker when they are not the mention's head: "His solicitor, [Amanda Reyes],". */
  name?: Span;
}

export interface FoundAttribution {
  mention: Mention | null;
  cue: Span | null;
  content: Span | null;
  quote: Quote;
  channel: Channel | null;
  /** Agentless or vague attributions have no mention: kind says what they are. */
  kind: AttributionKind;
  /** The cue is a loaded verb ("claimed", "admitted", "insisted") rather than a neutral one. */
  loadedCue: boolean;
  /** Shares its source with another attribution: a participle ("…, saying …") or a quote continued from
   * an earlier sentence. */
  inherits: FoundAttribution | null;
  /** True when carried over from an earlier sentence (a quotation that goes on without a new tag). */
  continued: boolean;
}
