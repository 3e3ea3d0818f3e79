// `npm start` as a process: a friendly stop without settings, and a real start and shutdown with them.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT_TOKEN, FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './harness.js';

const MAIN = new URL('../../src/main.ts', import.meta.url).pathname;
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
// An empty working directory: no .env from the developer's checkout is read.
const CWD = mkdtempSync(join(tmpdir(), 'sourcing-desk-'));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: CWD,
    // None of the developer's SLACK_* variables either.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

let slack: FakeSlack;
beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
});
afterAll(async () => {
  await slack.stop();
});

it('stops with a message naming each missing setting and where to find it', async () => {
  const run = start({});
  expect(await run.exited).toBe(1);
  expect(run.err()).toMatch(/SLACK_BOT_TOKEN is not set\. Where to find it: .*Bot User OAuth Token/);
  expect(run.err()).toMatch(/SLACK_SIGNING_SECRET is not set/);
  expect(run.err()).toContain('.env.example');
});

it('says so when Slack rejects the bot token', async () => {
  slack.handlers.set('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
  try {
    const run = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.err()).toMatch(/could not start \(invalid_auth\)\. Slack rejected SLACK_BOT_TOKEN/);
  } finally {
    slack.handlers.delete('auth.test');
  }
});

it('starts in HTTP mode and shuts down cleanly on SIGTERM', async () => {
  const run = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', LOG_LEVEL: 'warn' });
  await slack.waitFor('the start-up line', () => /listening on port \d+/.test(run.out()), 15_000);
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
});
