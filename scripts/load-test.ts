// `npm run bench:slack [-- --json] [-- --workers=N]`: the Slack path under load, on loopback only. Starts the
// fake Slack Web API here and the real app (`src/main.ts`, HTTP mode) as a child process pointed at it, then
//   burst: 200 concurrent signed `/sourcing` commands carrying the seed article;
//   help:  200 concurrent `/sourcing help` (no analysis: the floor of the ack path);
//   large: 4 commands of 100,000 characters, with a `/sourcing help` probe every 25 ms meanwhile;
//   floor: the burst against a bare node:http server that answers 200 at once: what this machine and client
//          allow at best, for reading the other figures;
// and reports ack latency (request on the wire → HTTP 200) and whether every request got exactly one answer
// (response_url posts counted at the fake server). Each runs with analysis on the main thread, then on
// workers. A measurement, not a test: it exits 0 and marks each target PASS or FAIL. To see where the app spends
// its time, pass node flags to it: APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench:slack.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultWorkers } from '../src/slack/config.js';
import { BOT_TOKEN, FakeSlack } from '../tests/slack/fake-slack.js';
import { SEED, sign, SIGNING_SECRET, slashCommand } from '../tests/slack/harness.js';
import type { ClientPlan, ClientResult, PlannedRequest } from './load-test/client.js';

const MAIN = new URL('../src/main.ts', import.meta.url).pathname;
const TSX_LOADER = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
const CLIENT = new URL('./load-test/client.ts', import.meta.url).href;
const BURST = 200;
const LARGE = 4;
const LARGE_CHARS = 100_000;
const PROBE_EVERY_MS = 25;
const PROBE_FOR_MS = 3_000;
const ACK_P99_TARGET_MS = 100;
// Bounds: no request, and no wait for answers, may last longer than this, whatever happens.
const TIMEOUT_MS = 120_000;

type Scenario = 'burst' | 'help' | 'large' | 'floor';
interface AckStats {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}
interface Delivery {
  answered: number;
  lost: number;
  duplicated: number;
  /** First request sent → last answer received. */
  allAnsweredMs: number;
}
interface ScenarioResult {
  scenario: Scenario;
  workers: number;
  acks: AckStats;
  /** Null for the floor, which answers nothing. */
  delivery: Delivery | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function ackStats(results: ClientResult): AckStats {
  const ok = results.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  return { requests: results.length, p50: round(percentile(ok, 50)), p99: round(percentile(ok, 99)), max: round(ok.at(-1) ?? Number.NaN), failed: results.length - ok.length };
}

/** Starts `npm start`'s entry point against the fake Slack and resolves with its port. */
async function startApp(slack: FakeSlack, workers: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...(process.env.APP_NODE_ARGS ? process.env.APP_NODE_ARGS.split(' ') : []), '--import', TSX_LOADER, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ANALYSIS_WORKERS: String(workers),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  await slack.waitFor('the app to start', () => /listening on port \d+/.test(out) || child.exitCode !== null, 30_000);
  const port = /listening on port (\d+)/.exec(out)?.[1];
  if (!port) throw new Error(`the app did not start:\n${err}`);
  return { child, port: Number(port) };
}

// A server that does nothing but answer, in its own process like the app.
const BARE_SERVER = `require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => res.end()); })
  .listen(0, '127.0.0.1', function () { console.log('listening on port ' + this.address().port); });`;

async function startBare(slack: FakeSlack): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  await slack.waitFor('the bare server', () => /listening on port \d+/.test(out), 10_000);
  return { child, port: Number(/listening on port (\d+)/.exec(out)![1]) };
}

async function stopApp(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A signed slash command, ready to send. */
function planned(at: number, text: string, responseUrl: string): PlannedRequest {
  const body = new URLSearchParams(slashCommand(text, responseUrl)).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    at,
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
  };
}

/** Runs the plan on the client thread; resolves with the moment it started sending and the ack latencies. */
function runClient(plan: ClientPlan): Promise<{ started: number; acks: ClientResult }> {
  const boot = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(CLIENT)}, ${JSON.stringify(CLIENT)}))`;
  const worker = new Worker(boot, { eval: true, workerData: plan });
  let started = Number.NaN;
  return new Promise((resolve, reject) => {
    worker.on('message', (message: 'started' | ClientResult) => {
      if (message === 'started') {
        started = performance.now();
        return;
      }
      resolve({ started, acks: message });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

let runs = 0;

/** How many answers each request got: report headers for articles, any message for help. */
async function delivery(slack: FakeSlack, ids: string[], started: number, answers: (id: string) => number): Promise<Delivery> {
  // Wait until every id has its answer, or nothing new has arrived for 3 s (then the rest is lost).
  let seen = -1;
  let lastAnswer = started;
  while (performance.now() - started < TIMEOUT_MS) {
    if (slack.responses.length !== seen) {
      seen = slack.responses.length;
      lastAnswer = performance.now();
    }
    if (ids.every((id) => answers(id) >= 1) || performance.now() - lastAnswer > 3_000) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  // A duplicate would follow within moments: look again after a second.
  await new Promise((r) => setTimeout(r, 1_000));
  const counts = ids.map(answers);
  return {
    answered: counts.filter((n) => n >= 1).length,
    lost: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 1).length,
    allAnsweredMs: Math.round(lastAnswer - started),
  };
}

const reportHeaders = (slack: FakeSlack) => (id: string) => slack.responsesTo(id).filter((r) => String(r.body.text).startsWith('Sourcing report:')).length;
const anyAnswer = (slack: FakeSlack) => (id: string) => slack.responsesTo(id).length;

async function scenario(name: Scenario, slack: FakeSlack, url: string, workers: number): Promise<ScenarioResult> {
  const run = ++runs;
  const id = (kind: string, i: number) => `${name}-${run}-${kind}-${i}`;
  let requests: { id: string; request: PlannedRequest; measured: boolean; answers: (id: string) => number }[];
  if (name === 'large') {
    const article = SEED.repeat(Math.ceil(LARGE_CHARS / SEED.length)).slice(0, LARGE_CHARS);
    const large = Array.from({ length: LARGE }, (_, i) => ({ id: id('large', i), at: 0, text: article, measured: false, answers: reportHeaders(slack) }));
    const probes = Array.from({ length: PROBE_FOR_MS / PROBE_EVERY_MS }, (_, i) => ({ id: id('probe', i), at: 20 + i * PROBE_EVERY_MS, text: 'help', measured: true, answers: anyAnswer(slack) }));
    requests = [...large, ...probes].map((r) => ({ ...r, request: planned(r.at, r.text, slack.responseUrl(r.id)) }));
  } else {
    const text = name === 'help' ? 'help' : SEED;
    const answers = name === 'help' ? anyAnswer(slack) : reportHeaders(slack);
    requests = Array.from({ length: BURST }, (_, i) => ({ id: id('cmd', i), request: planned(0, text, slack.responseUrl(id('cmd', i))), measured: true, answers }));
  }
  const { started, acks } = await runClient({ url, requests: requests.map((r) => r.request), timeoutMs: TIMEOUT_MS });
  const byId = new Map(requests.map((r) => [r.id, r.answers]));
  return {
    scenario: name,
    workers,
    acks: ackStats(acks.filter((_, i) => requests[i]!.measured)),
    delivery: name === 'floor' ? null : await delivery(slack, [...byId.keys()], started, (rid) => byId.get(rid)!(rid)),
  };
}

const passes = (r: ScenarioResult) =>
  r.acks.p99 <= ACK_P99_TARGET_MS && r.acks.failed === 0 && (r.delivery === null || (r.delivery.lost === 0 && r.delivery.duplicated === 0));

function format(results: ScenarioResult[]): string {
  const header = ['scenario', 'analysis', 'requests', 'ack p50', 'ack p99', 'ack max', 'answered', 'lost', 'dup', 'all answered', 'target'];
  const rows = results.map((r) => [
    r.scenario,
    r.scenario === 'floor' ? 'bare server' : r.workers === 0 ? 'main thread' : `${r.workers} worker${r.workers === 1 ? '' : 's'}`,
    String(r.acks.requests),
    `${r.acks.p50} ms`,
    `${r.acks.p99} ms`,
    `${r.acks.max} ms`,
    r.delivery ? String(r.delivery.answered) : '-',
    r.delivery ? String(r.delivery.lost) : '-',
    r.delivery ? String(r.delivery.duplicated) : '-',
    r.delivery ? `${r.delivery.allAnsweredMs} ms` : '-',
    r.scenario === 'floor' ? '' : passes(r) ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Slack path on loopback: Node ${process.version}, ${availableParallelism()} CPUs. Ack = signed request on the wire → HTTP 200.`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `Targets: ack p99 ≤ ${ACK_P99_TARGET_MS} ms, no failed request, every request answered exactly once.`,
    `burst: ${BURST} × the seed article at once. help: ${BURST} × /sourcing help at once (no analysis). floor: the burst against a bare node:http server.`,
    `large: ${LARGE} × ${LARGE_CHARS.toLocaleString('en-US')} characters at once; ack figures are for the /sourcing help probes sent every ${PROBE_EVERY_MS} ms meanwhile.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const asked = process.argv.find((a) => a.startsWith('--workers='));
  const settings = [0, asked ? Number(asked.slice('--workers='.length)) : defaultWorkers()];
  const slack = new FakeSlack();
  await slack.start();
  const results: ScenarioResult[] = [];
  try {
    const bare = await startBare(slack);
    try {
      const url = `http://127.0.0.1:${bare.port}/`;
      await scenario('floor', slack, url, 0);
      results.push(await scenario('floor', slack, url, 0));
    } finally {
      await stopApp(bare.child);
    }
    for (const workers of settings) {
      process.stderr.write(`bench:slack: analysis on ${workers === 0 ? 'the main thread' : `${workers} worker thread(s)`}…\n`);
      const { child, port } = await startApp(slack, workers);
      const url = `http://127.0.0.1:${port}/slack/events`;
      try {
        // First rounds warm the app up (a production server is warm); they are not reported.
        await scenario('burst', slack, url, workers);
        await scenario('help', slack, url, workers);
        for (const name of ['burst', 'help', 'large'] as const) results.push(await scenario(name, slack, url, workers));
      } finally {
        await stopApp(child);
      }
    }
  } finally {
    await slack.stop();
  }
  process.stdout.write(json ? `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), results }, null, 2)}\n` : `${format(results)}\n`);
}

await main();
