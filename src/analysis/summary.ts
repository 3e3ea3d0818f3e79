// Article-level counts for the report's summary.
import {
  CertaintySchema,
  ClaimKindSchema,
  ConfidenceSchema,
  type Claim,
  type Finding,
  type Source,
  type Summary,
} from './schema.js';

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}

const share = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

export function summarize(claims: readonly Claim[], sources: readonly Source[], findings: Finding[]): Summary {
  const attributed = claims.filter((c) => c.kind !== 'unattributed').length;
  const cited = sources.filter((s) => s.claims > 0);
  const named = cited.filter((s) => s.kind === 'named_person' || s.kind === 'named_organization').length;
  const top = cited.reduce((m, s) => Math.max(m, s.claims), 0);
  return {
    claims: claims.length,
    attributed,
    byKind: countBy(ClaimKindSchema.options, claims.map((c) => c.kind)),
    byCertainty: countBy(CertaintySchema.options, claims.map((c) => c.certainty)),
    byConfidence: countBy(ConfidenceSchema.options, claims.map((c) => c.confidence)),
    namedShare: share(named, cited.length),
    topSourceShare: Math.min(1, share(top, attributed)),
    findings,
  };
}
