// `npm run analyze -- --blocks FILE` prints the Slack messages the bot would post, for previewing.
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { SlackMessageSchema } from '../../src/slack/render/limits.js';
import { expectCompleteReport } from './payloads.js';
import { SEED } from './harness.js';

it('prints the Slack payloads for an article as JSON', async () => {
  let out = '';
  const code = await runCli(['--blocks', '-'], { stdout: (s) => (out += s), stderr: () => {}, readStdin: async () => SEED, isTTY: false });
  expect(code).toBe(0);
  const messages = (JSON.parse(out) as unknown[]).map((m) => SlackMessageSchema.parse(m));
  expectCompleteReport(messages, SEED);
});
