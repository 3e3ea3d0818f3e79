// What must hold for every report, whatever the input: the schema, exact offsets, ordered claims and ids
// that point somewhere. Returns every broken rule, so a failing property shows all of them at once.
import { ReportSchema, type Report, type Span } from '../../../src/analysis/index.js';

function spanProblems(input: string, span: Span | null, where: string): string[] {
  if (!span) return [];
  const problems: string[] = [];
  if (span.start > span.end || span.end > input.length) {
    problems.push(`${where}: offsets ${span.start}..${span.end} outside the input (length ${input.length})`);
  }
  const actual = input.slice(span.start, span.end);
  if (span.text !== actual) problems.push(`${where}: text ${JSON.stringify(span.text)} but input.slice gives ${JSON.stringify(actual)}`);
  return problems;
}

export function reportProblems(input: string, report: Report): string[] {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) return [`schema: ${parsed.error.message}`];

  const problems: string[] = [];
  const sourceIds = new Set(report.sources.map((s) => s.id));
  let previousEnd = 0;
  report.claims.forEach((claim, i) => {
    const at = `claim ${i}`;
    if (claim.id !== i) problems.push(`${at}: id ${claim.id}`);
    problems.push(...spanProblems(input, claim, at));
    if (claim.start >= claim.end) problems.push(`${at}: empty span ${claim.start}..${claim.end}`);
    if (claim.start < previousEnd) problems.push(`${at}: starts at ${claim.start}, before the previous claim ends (${previousEnd})`);
    previousEnd = Math.max(previousEnd, claim.end);
    claim.attributions.forEach((a, j) => {
      problems.push(
        ...spanProblems(input, a.mention, `${at} attribution ${j} mention`),
        ...spanProblems(input, a.cue, `${at} attribution ${j} cue`),
        ...spanProblems(input, a.content, `${at} attribution ${j} content`),
      );
      if (a.source && !sourceIds.has(a.source.id)) problems.push(`${at} attribution ${j}: unknown source ${a.source.id}`);
    });
    claim.hedges.forEach((h, j) => problems.push(...spanProblems(input, h, `${at} hedge ${j}`)));
    if (claim.source && !sourceIds.has(claim.source.id)) problems.push(`${at}: unknown source ${claim.source.id}`);
  });
  report.sources.forEach((s) => s.mentions.forEach((m, j) => problems.push(...spanProblems(input, m, `source ${s.id} mention ${j}`))));
  report.summary.findings.forEach((f) => {
    for (const id of f.claims) if (id >= report.claims.length) problems.push(`finding ${f.code}: claim ${id} does not exist`);
  });
  if (report.stats.characters !== input.length) problems.push(`stats.characters ${report.stats.characters} ≠ ${input.length}`);
  return problems;
}
