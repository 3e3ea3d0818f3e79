// A readable report for a person at a terminal: summary, sources, findings, then every claim.
import { KIND_LABEL, type Claim, type Confidence, type Report } from '../analysis/index.js';

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  level(c: Confidence, s: string): string;
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const COLORS: Paint = {
  bold: ansi('1'),
  dim: ansi('2'),
  level: (c, s) => (c === 'high' ? ansi('32')(s) : c === 'medium' ? ansi('33')(s) : ansi('31')(s)),
};
const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, level: (_c, s) => s };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const excerpt = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function claimLines(c: Claim, paint: Paint): string[] {
  const head = `${String(c.id + 1).padStart(3)}. ${paint.level(c.confidence, c.confidence.toUpperCase().padEnd(6))} ${excerpt(c.text)}`;
  const a = c.attributions[0];
  // "Holt was arrested after a colleague raised concerns": the writer's claim, with a report inside it.
  const inside = c.kind === 'unattributed' && !!a;
  const who = inside ? null : c.source ? c.source.name : a?.mention ? a.mention.text : null;
  const parts = [who ? `source: ${who} (${KIND_LABEL[c.kind]})` : `source: ${KIND_LABEL[c.kind]}`];
  if (a?.cue) parts.push(inside ? `inside it: ${a.mention ? `${a.mention.text} ` : ''}“${a.cue.text}”` : `cue: “${a.cue.text}”`);
  if (c.continues !== null) parts.push(`quotation from claim ${c.continues + 1}`);
  if (a?.channel) parts.push(`via ${a.channel.replace('_', ' ')}`);
  parts.push(`certainty: ${c.certainty}${c.hedges.length ? ` (${c.hedges.map((h) => `“${h.text}”`).join(', ')})` : ''}`);
  if (c.caption) parts.push('caption');
  const lines = [head, paint.dim(`        ${parts.join(' · ')}`)];
  for (const r of c.reasons) lines.push(paint.dim(`        - ${r}`));
  if (c.flags.length) lines.push(paint.dim(`        flags: ${c.flags.join(', ')}`));
  return lines;
}

export function renderText(report: Report, color: boolean): string {
  const paint = color ? COLORS : PLAIN;
  const { summary: s, stats } = report;
  const out: string[] = [];
  out.push(paint.bold('Sourcing Desk report'));
  out.push(
    `${s.claims} claims in ${stats.paragraphs} paragraphs (${stats.words} words), ${s.attributed} attributed. ` +
      `Confidence: ${paint.level('high', `${s.byConfidence.high} high`)}, ${paint.level('medium', `${s.byConfidence.medium} medium`)}, ${paint.level('low', `${s.byConfidence.low} low`)}.`,
  );
  out.push(`Named sources: ${pct(s.namedShare)} of sources. Top source carries ${pct(s.topSourceShare)} of attributed claims.`);
  out.push('', paint.bold('Sources'));
  const cited = report.sources.filter((src) => src.claims > 0);
  if (cited.length === 0) out.push('  none: every claim is in the publication’s own voice');
  for (const src of cited) {
    const desc = src.descriptions.length ? ` — ${src.descriptions[0]}` : '';
    const via = src.channels.length ? ` via ${src.channels.join(', ').replace(/_/g, ' ')}` : '';
    out.push(`  ${src.name} (${KIND_LABEL[src.kind]}): ${src.claims} claim${src.claims === 1 ? '' : 's'}${via}${desc}`);
  }
  out.push('', paint.bold('Findings'));
  if (s.findings.length === 0) out.push('  none');
  for (const f of s.findings) {
    const ids = f.claims.length ? ` [claims ${f.claims.map((i) => i + 1).join(', ')}]` : '';
    out.push(`  ${f.severity.toUpperCase()} ${f.code}: ${f.message}${paint.dim(ids)}`);
  }
  out.push('', paint.bold('Claims'));
  for (const c of report.claims) out.push(...claimLines(c, paint));
  out.push('', paint.dim(`Analyzed ${stats.characters} characters in ${stats.ms.toFixed(1)} ms.`));
  return out.join('\n');
}
