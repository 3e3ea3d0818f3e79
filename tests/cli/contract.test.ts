// The CLI's JSON is the contract the scorers and the Slack renderer read: it must pass the schema and
// every span must quote its offsets exactly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report, type Span } from '../../src/analysis/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedPath = join(root, 'samples/putin-xi-safety-deal.txt');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', input });

function spansOf(report: Report): Span[] {
  const out: Span[] = [];
  for (const c of report.claims) {
    out.push(c);
    for (const a of c.attributions) for (const s of [a.mention, a.cue, a.content]) if (s) out.push(s);
    out.push(...c.hedges);
  }
  for (const s of report.sources) out.push(...s.mentions);
  return out;
}

describe('CLI report contract', () => {
  const text = readFileSync(seedPath, 'utf8');
  const json = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--json', seedPath], { cwd: root, encoding: 'utf8' });
  const report = ReportSchema.parse(JSON.parse(json));

  it('passes the zod schema', () => {
    expect(report.claims.length).toBe(39);
  });

  it('quotes every span exactly', () => {
    for (const s of spansOf(report)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers claims by position and keeps them in order without overlap', () => {
    report.claims.forEach((c, i) => {
      expect(c.id).toBe(i);
      if (i > 0) expect(c.start).toBeGreaterThanOrEqual(report.claims[i - 1]?.end ?? 0);
    });
    const ids = new Set(report.claims.map((c) => c.id));
    for (const f of report.summary.findings) for (const id of f.claims) expect(ids.has(id)).toBe(true);
  });

  it('prints one report per file with --jsonl, each naming its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-cli-'));
    const other = join(dir, 'short.txt');
    writeFileSync(other, 'The council said the road would reopen on Monday.');
    const out = cli(['--jsonl', seedPath, other]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report & { file: string });
    expect(lines.map((l) => l.file)).toEqual([seedPath, other]);
    expect(ReportSchema.safeParse(lines[1]).success).toBe(true);
  });

  it('reads standard input with -', () => {
    const out = cli(['--json', '-'], 'The suspect fled, officials said.');
    expect(out.status).toBe(0);
    expect(ReportSchema.parse(JSON.parse(out.stdout)).claims[0]?.kind).toBe('anonymous');
  });
});

describe('CLI errors', () => {
  it.each([
    [['no-such-file.txt'], /no such file/],
    [['--json', '-'], /no text to analyze/i, '   \n'],
    [['--max-chars', '10', seedPath], /limit is 10/],
    [['--frobnicate'], /unknown option/],
  ])('%j exits non-zero with one line', (args, message, input?: string) => {
    const out = cli(args as string[], input as string | undefined);
    expect(out.status).not.toBe(0);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message as RegExp);
  });

  it('prints a readable report for a person', () => {
    const out = cli(['--no-color', seedPath]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/Sourcing Desk report/);
    expect(out.stdout).toMatch(/Anton Gerashchenko/);
    expect(out.stdout).not.toMatch(/\u001b\[/);
  });
});
