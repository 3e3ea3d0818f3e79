// The report contract: the single source of truth for what the engine returns. The CLI, the Slack
// renderer and the shared scorers all read this shape; types are derived from it with z.infer.
import { z } from 'zod';

/** A piece of the input: `text === input.slice(start, end)`, JavaScript string offsets, end exclusive. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const AttributionKindSchema = z.enum([
  'named_person',
  'named_organization',
  'anonymous',
  'vague',
  'document',
]);
export const ClaimKindSchema = z.enum([...AttributionKindSchema.options, 'unattributed']);
export const QuoteSchema = z.enum(['direct', 'partial', 'indirect', 'none']);
export const ChannelSchema = z.enum(['social_media', 'media', 'document', 'statement']);
export const CertaintySchema = z.enum(['asserted', 'probable', 'possible', 'denied']);
export const HedgeTypeSchema = z.enum(['epistemic', 'doxastic', 'conditional', 'investigation', 'denial']);
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export const FindingCodeSchema = z.enum([
  'dominant_source',
  'social_media_source',
  'own_voice_speculation',
  'vague_attribution',
  'anonymous_source',
  'loaded_attribution_verb',
  'loaded_language',
  'unattributed_claim',
]);
export const SeveritySchema = z.enum(['info', 'warning', 'concern']);

export const SourceRefSchema = z.object({ id: z.string(), name: z.string() });

export const HedgeSchema = SpanSchema.extend({ type: HedgeTypeSchema });

export const AttributionSchema = z.object({
  kind: AttributionKindSchema,
  source: SourceRefSchema.nullable(),
  mention: SpanSchema.nullable(),
  cue: SpanSchema.nullable(),
  content: SpanSchema.nullable(),
  quote: QuoteSchema,
  channel: ChannelSchema.nullable(),
});

export const ClaimSchema = z.object({
  /** Index of the claim in `claims`; findings refer to claims by this id. */
  id: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  caption: z.boolean(),
  kind: ClaimKindSchema,
  source: SourceRefSchema.nullable(),
  /** The attributions whose cue is in this claim. */
  attributions: z.array(AttributionSchema),
  /**
   * A quotation that runs on from another claim without a tag of its own: that claim's id. Its attribution
   * (cue, content) is listed there; `kind` and `source` here are carried over from it.
   */
  continues: z.number().int().nonnegative().nullable(),
  certainty: CertaintySchema,
  hedges: z.array(HedgeSchema),
  confidence: ConfidenceSchema,
  reasons: z.array(z.string()),
  flags: z.array(FindingCodeSchema),
});

export const SourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: AttributionKindSchema,
  descriptions: z.array(z.string()),
  mentions: z.array(SpanSchema),
  /** Number of claims whose attributions name this source. */
  claims: z.number().int().nonnegative(),
  channels: z.array(ChannelSchema),
});

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  claims: z.array(z.number().int().nonnegative()),
});

const countsOf = <T extends z.ZodEnum>(e: T) => z.record(e, z.number().int().nonnegative());

export const SummarySchema = z.object({
  claims: z.number().int().nonnegative(),
  attributed: z.number().int().nonnegative(),
  byKind: countsOf(ClaimKindSchema),
  byCertainty: countsOf(CertaintySchema),
  byConfidence: countsOf(ConfidenceSchema),
  /** Share of distinct sources that are named (person or organization), 0..1. */
  namedShare: z.number().min(0).max(1),
  /** Share of attributed claims carried by the most-cited source, 0..1. */
  topSourceShare: z.number().min(0).max(1),
  findings: z.array(FindingSchema),
});

export const StatsSchema = z.object({
  characters: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  claims: z.array(ClaimSchema),
  sources: z.array(SourceSchema),
  summary: SummarySchema,
  stats: StatsSchema,
});

export type Span = z.infer<typeof SpanSchema>;
export type AttributionKind = z.infer<typeof AttributionKindSchema>;
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Certainty = z.infer<typeof CertaintySchema>;
export type HedgeType = z.infer<typeof HedgeTypeSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type FindingCode = z.infer<typeof FindingCodeSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Hedge = z.infer<typeof HedgeSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type Report = z.infer<typeof ReportSchema>;
