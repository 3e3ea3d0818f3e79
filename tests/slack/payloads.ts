// Reading Slack payloads back in tests: every message is checked against Slack's limits on the way.
import { expect } from 'vitest';
import { analyze, type Report } from '../../src/analysis/index.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { blockText, SlackMessageSchema, type SlackMessage } from '../../src/slack/render/limits.js';
import type { Json } from './fake-slack.js';

/** Parses a payload as a Slack message, failing the test if it breaks any limit. */
export function asMessage(payload: Json): SlackMessage {
  const parsed = SlackMessageSchema.safeParse({ text: payload.text, blocks: payload.blocks });
  if (!parsed.success) throw new Error(`payload breaks Slack's limits: ${parsed.error.message}`);
  return parsed.data;
}

export function textOf(messages: readonly SlackMessage[]): string {
  return messages
    .flatMap((m) =>
      m.blocks.map((b) => {
        switch (b.type) {
          case 'header':
            return b.text.text;
          case 'section':
            return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n');
          case 'context':
            return b.elements.map((e) => e.text).join('\n');
          case 'actions':
            return b.elements.map((e) => e.text.text).join('\n');
          case 'divider':
            return '';
        }
      }),
    )
    .join('\n');
}

/** Claim numbers shown (`*12.*` at a line start), in order. */
export function claimNumbers(messages: readonly SlackMessage[]): number[] {
  return [...textOf(messages).matchAll(/^\*(\d+)\.\*/gm)].map((m) => Number(m[1]));
}

/** Checks that messages are a complete report of `text`: summary, sources, findings, every claim. */
export function expectCompleteReport(messages: readonly SlackMessage[], article: string): Report {
  const report = analyze(article);
  expect(messages.length).toBeGreaterThan(0);
  const first = messages[0]!;
  expect(first.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Sourcing report' } });
  expect(first.text).toMatch(/^Sourcing report: \d+ claims/);
  const all = textOf(messages);
  expect(all).toContain('*Sources*');
  expect(all).toContain('*Findings*');
  for (const source of report.sources.filter((s) => s.claims > 0)) expect(all).toContain(escapeMrkdwn(source.name));
  for (const finding of report.summary.findings) expect(all).toContain(`*${finding.severity}*`);
  expect(claimNumbers(messages)).toEqual(report.claims.map((c) => c.id + 1));
  for (const m of messages) expect(m.blocks.reduce((n, b) => n + blockText(b), 0)).toBeLessThanOrEqual(12_000);
  return report;
}
