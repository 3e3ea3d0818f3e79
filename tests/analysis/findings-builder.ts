// Builds FindingsInput by hand for the finding and confidence tests: real segmentation of a small
// article (one sentence per line), with claims, attributions and sources described in a few words.
import { segment } from '../../src/analysis/segment.js';
import type { FindingsInput } from '../../src/analysis/findings/index.js';
import { claimWords } from '../../src/analysis/findings/claim-words.js';
import type { FoundAttribution } from '../../src/analysis/attribution/types.js';
import type {
  Attribution,
  AttributionKind,
  Certainty,
  Channel,
  Claim,
  Hedge,
  Quote,
  Source,
  Span,
} from '../../src/analysis/schema.js';

export interface AttributionSpec {
  kind: AttributionKind;
  /** Canonical source name; sources get the id of their name. */
  source?: string;
  /** Words of the sentence, found by their first occurrence. */
  mention?: string;
  cue?: string;
  content?: string;
  quote?: Quote;
  channel?: Channel;
  loadedCue?: boolean;
  continued?: boolean;
}

export interface ClaimSpec {
  text: string;
  certainty?: Certainty;
  /** Hedge words of the sentence. */
  hedges?: string[];
  attributions?: AttributionSpec[];
}

const spanIn = (text: string, claim: Span, words: string | undefined): Span | null => {
  if (words === undefined) return null;
  const at = text.indexOf(words, claim.start);
  if (at < 0 || at + words.length > claim.end) throw new Error(`"${words}" is not in "${claim.text}"`);
  return { text: words, start: at, end: at + words.length };
};

/** Sentences are joined one per line, so each spec is exactly one sentence (and one paragraph). */
export function article(...specs: Array<string | ClaimSpec>): FindingsInput {
  const claimSpecs = specs.map((s) => (typeof s === 'string' ? { text: s } : s));
  const text = claimSpecs.map((s) => s.text).join('\n');
  const { tokens, sentences } = segment(text);
  if (sentences.length !== claimSpecs.length) {
    throw new Error(`expected ${claimSpecs.length} sentences, segmentation found ${sentences.length}`);
  }
  const sources = new Map<string, Source>();
  const found: FoundAttribution[][] = [];
  const claims: Claim[] = claimSpecs.map((spec, id) => {
    const sentence = sentences[id]!;
    const span: Span = { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
    const specsHere = spec.attributions ?? [];
    const attributions: Attribution[] = specsHere.map((a) => {
      let source: Source | undefined;
      if (a.source) {
        source = sources.get(a.source);
        if (!source) {
          source = { id: a.source, name: a.source, kind: a.kind, descriptions: [], mentions: [], claims: 0, channels: [] };
          sources.set(a.source, source);
        }
        source.claims += 1;
        if (a.channel && !source.channels.includes(a.channel)) source.channels.push(a.channel);
      }
      return {
        kind: a.kind,
        source: source ? { id: source.id, name: source.name } : null,
        mention: spanIn(text, span, a.mention),
        cue: spanIn(text, span, a.cue),
        content: spanIn(text, span, a.content),
        quote: a.quote ?? 'indirect',
        channel: a.channel ?? null,
      };
    });
    found.push(
      specsHere.map((a, i) => {
        const mention = attributions[i]!.mention;
        return {
          mention: mention ? { ...mention, kind: a.kind, pronoun: null, description: null } : null,
          cue: attributions[i]!.cue,
          content: attributions[i]!.content,
          quote: attributions[i]!.quote,
          channel: attributions[i]!.channel,
          kind: a.kind,
          loadedCue: a.loadedCue ?? false,
          inherits: null,
          continued: a.continued ?? false,
        };
      }),
    );
    const hedges: Hedge[] = (spec.hedges ?? []).map((h) => ({ ...spanIn(text, span, h)!, type: 'epistemic' }));
    return {
      id,
      ...span,
      paragraph: sentence.paragraph,
      caption: sentence.caption,
      kind: attributions[0]?.kind ?? 'unattributed',
      source: attributions[0]?.source ?? null,
      attributions,
      continues: null,
      certainty: spec.certainty ?? 'asserted',
      hedges,
      confidence: 'high',
      reasons: [],
      flags: [],
    };
  });
  return { text, tokens, sentences, claims, sources: [...sources.values()], found, words: claimWords(text) };
}

/** A named person saying something: the common case in the tests. */
export const said = (name: string, text: string, extra: Partial<AttributionSpec> = {}): ClaimSpec => ({
  text,
  attributions: [{ kind: 'named_person', source: name, mention: name, cue: 'said', ...extra }],
});
