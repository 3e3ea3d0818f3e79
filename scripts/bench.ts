// `npm run bench [-- --json]`: engine speed per article against the wink-nlp floor, growth with length and
// memory. A measurement, not a test: it always exits 0 and marks each target PASS or FAIL.
import { readFileSync } from 'node:fs';
import { cpus, platform, arch } from 'node:os';
import { analyze, InputError } from '../src/analysis/index.js';
import { generateArticle } from './bench/articles.js';
import { tokenizeOnly } from './bench/floor.js';
import { measure, type Plan } from './bench/measure.js';
import { checkTargets, formatText, growthBetween, sizeResult, type BenchResult, type SizeResult } from './bench/report.js';

const SEED_PATH = new URL('../samples/putin-xi-safety-deal.txt', import.meta.url);

interface Case {
  name: string;
  text: string;
  plan: Plan;
}

// Budgets keep the whole run under a minute on a 2-core machine; the big article gets few but enough runs.
// The first call on each text (engineError) is an extra warm-up.
const SMALL: Plan = { warmup: 20, minIterations: 50, maxIterations: 400, seconds: 4 };
const cases = (): Case[] => [
  { name: 'seed', text: readFileSync(SEED_PATH, 'utf8'), plan: SMALL },
  { name: '1k', text: generateArticle(1_000), plan: SMALL },
  { name: '10k', text: generateArticle(10_000), plan: { warmup: 3, minIterations: 15, maxIterations: 150, seconds: 7 } },
  { name: '100k', text: generateArticle(100_000), plan: { warmup: 0, minIterations: 5, maxIterations: 40, seconds: 14 } },
];

// The 100k-word article is far over the Slack limit; the bench lifts it to time the engine itself.
const runEngine = (text: string) => () => analyze(text, { maxChars: Number.POSITIVE_INFINITY });

/** Whether analyze() works on this text at all: the engine is under construction, the bench must not die. */
function engineError(text: string): string | undefined {
  try {
    runEngine(text)();
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return `InputError (${error.problem.code})`;
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

function main(): void {
  const json = process.argv.includes('--json');
  const sizes: SizeResult[] = [];
  for (const c of cases()) {
    process.stderr.write(`bench: ${c.name}…\n`);
    const error = engineError(c.text);
    const engine = error ? () => undefined : runEngine(c.text);
    const samples = measure(engine, () => tokenizeOnly(c.text), c.plan);
    sizes.push(sizeResult(c.name, c.text, samples, error));
  }
  const generated = sizes.filter((s) => s.name !== 'seed');
  const growth = growthBetween(generated);
  const { checks, slopeRatio, floorSlopeRatio } = checkTargets(
    sizes.find((s) => s.name === 'seed'),
    sizes,
    growth,
  );
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${platform()} ${arch()}`, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown' },
    sizes,
    growth,
    slopeRatio,
    floorSlopeRatio,
    checks,
  };
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatText(result) + '\n');
}

main();
