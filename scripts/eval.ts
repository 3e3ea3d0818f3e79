// Runs the shared scorers (../shared/eval) over the development data and prints one summary table with
// the targets beside the figures. Skips with a message when ../shared is not there (a clone elsewhere).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');

interface Scorer {
  name: string;
  script: string;
  args: string[];
  /** [label, path into the scorer's JSON, target] */
  figures: Array<[string, string, number]>;
}

const SCORERS: Scorer[] = [
  {
    name: 'seed',
    script: 'score-seed.mjs',
    args: [],
    figures: [
      ['kind accuracy', 'accuracy.kind', 1],
      ['source accuracy', 'accuracy.source', 1],
      ['certainty accuracy', 'accuracy.certainty', 1],
      ['caption accuracy', 'accuracy.caption', 1],
    ],
  },
  {
    name: 'polnear dev',
    script: 'score-polnear.mjs',
    args: [join(shared, 'corpora/polnear/dev')],
    figures: [
      ['source exact F1', 'scores.source_exact.f1', 0.85],
      ['cue exact F1', 'scores.cue_exact.f1', 0.8],
      ['content exact F1', 'scores.content_exact.f1', 0.75],
      ['source lenient F1', 'scores.source_lenient.f1', 0.9],
      ['cue lenient F1', 'scores.cue_lenient.f1', 0.9],
      ['content lenient F1', 'scores.content_lenient.f1', 0.85],
      ['sentence attributed F1', 'scores.sentence_attributed.f1', 0.92],
    ],
  },
  {
    name: 'szeged dev',
    script: 'score-szeged.mjs',
    args: [join(shared, 'corpora/szeged-news/dev.jsonl')],
    figures: [
      ['uncertain-sentence F1', 'uncertain_sentence.f1', 0.85],
      ['hedge-cue F1', 'hedge_cues.f1', 0.8],
    ],
  },
];

function pick(obj: unknown, path: string): number | null {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'number' ? cur : null;
}

if (!existsSync(join(shared, 'eval'))) {
  console.log(`Skipping: the shared scorers are not at ${join(shared, 'eval')} (they sit beside the project on the team's machines).`);
  process.exit(0);
}

const rows: string[][] = [['set', 'figure', 'measured', 'target', '']];
let failed = false;
for (const s of SCORERS) {
  const run = spawnSync(process.execPath, [join(shared, 'eval', s.script), ...s.args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = run.stdout ?? '';
  const end = out.lastIndexOf('}');
  if (run.status !== 0 || end < 0) {
    console.error(`${s.name}: the scorer failed: ${(run.stderr || out).trim().split('\n').slice(-3).join(' | ')}`);
    failed = true;
    continue;
  }
  const result: unknown = JSON.parse(out.slice(0, end + 1));
  for (const [label, path, target] of s.figures) {
    const v = pick(result, path);
    rows.push([s.name, label, v === null ? 'n/a' : v.toFixed(3), target.toFixed(2), v !== null && v >= target ? 'met' : 'below']);
  }
  if (s.name === 'seed') {
    rows.push([s.name, 'sentences', String(pick(result, 'sentences.exact')), '39', pick(result, 'sentences.exact') === 39 ? 'met' : 'below']);
    const req = (result as { sources?: { required_found?: string } }).sources?.required_found ?? 'n/a';
    rows.push([s.name, 'required sources', req, '6/6', req === '6/6' ? 'met' : 'below']);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
process.exitCode = failed ? 1 : 0;
