// The Block Kit renderer: every payload within Slack's limits, long reports paged, nothing dropped silently.
import { describe, expect, it } from 'vitest';
import { analyze, ReportSchema, type Claim, type Report } from '../../src/analysis/index.js';
import {
  HomeViewSchema,
  LIMITS,
  ModalViewSchema,
  SlackMessageSchema,
  type MessageBlock,
} from '../../src/slack/render/limits.js';
import { renderFailure, renderProblem, renderShareExpired, renderUsage, renderUsageHint } from '../../src/slack/render/replies.js';
import { renderReport, withShareButton, withSharedBy } from '../../src/slack/render/report.js';
import { parseModalMetadata, renderArticleModal, renderHome } from '../../src/slack/render/views.js';
import { claimNumbers, expectCompleteReport, textOf } from './payloads.js';
import { SEED } from './harness.js';

function claim(id: number, text: string, sourceId: string | null): Claim {
  const source = sourceId ? { id: sourceId, name: `Source ${sourceId}` } : null;
  return {
    id,
    text,
    start: 0,
    end: text.length,
    paragraph: id,
    caption: false,
    kind: source ? 'named_person' : 'unattributed',
    source,
    attributions: source
      ? [{ kind: 'named_person', source, mention: { text: source.name, start: 0, end: 1 }, cue: { text: 'said', start: 0, end: 4 }, content: null, quote: 'indirect', channel: 'social_media' }]
      : [],
    continues: null,
    certainty: 'possible',
    hedges: [{ text: 'may', start: 0, end: 3, type: 'epistemic' }],
    confidence: 'low',
    reasons: [],
    flags: [],
  };
}

/** A large, valid report built by hand, independent of the engine's current rules. */
function bigReport(claims: number, sources: number): Report {
  const list = Array.from({ length: claims }, (_, i) =>
    claim(i, `Sentence ${i + 1} says the council may <review> the budget & the plan ${'at length '.repeat(20)}`, i % 2 ? `S${i % sources}` : null),
  );
  return ReportSchema.parse({
    version: 1,
    claims: list,
    sources: Array.from({ length: sources }, (_, i) => ({
      id: `S${i}`,
      name: `Source S${i}`,
      kind: 'named_person',
      descriptions: [],
      mentions: [],
      claims: list.filter((c) => c.source?.id === `S${i}`).length,
      channels: ['social_media'],
    })),
    summary: {
      claims,
      attributed: list.filter((c) => c.source).length,
      byKind: { named_person: list.filter((c) => c.source).length, named_organization: 0, anonymous: 0, vague: 0, document: 0, unattributed: list.filter((c) => !c.source).length },
      byCertainty: { asserted: 0, probable: 0, possible: claims, denied: 0 },
      byConfidence: { high: 0, medium: 0, low: claims },
      namedShare: 1,
      topSourceShare: 0.1,
      findings: Array.from({ length: 8 }, (_, i) => ({
        code: 'vague_attribution',
        severity: 'warning',
        message: `Finding ${i}: ${'a long explanation of the problem '.repeat(30)}`,
        claims: Array.from({ length: 200 }, (_, j) => j),
      })),
    },
    stats: { characters: 1000, words: 100, sentences: claims, paragraphs: claims, ms: 1 },
  });
}

const valid = (payload: unknown) => SlackMessageSchema.parse(payload);

describe('renderReport', () => {
  it('renders the seed article completely within limits', () => {
    const messages = renderReport(analyze(SEED), { maxMessages: 8 }).map(valid);
    expectCompleteReport(messages, SEED);
  });

  it('points a quotation that runs on to the claim that holds its cue', () => {
    const messages = renderReport(analyze('“We are ready,” Hollis said. “The bridge will open.”'), { maxMessages: 8 }).map(valid);
    expect(textOf(messages)).toContain('*Hollis* (named person) · quotation from claim 1 ·');
  });

  it('shows a report inside a claim in the writer’s voice as inside it, not as its source', () => {
    const messages = renderReport(analyze('Holt was arrested after a colleague raised concerns.'), { maxMessages: 8 }).map(valid);
    expect(textOf(messages)).toContain('publication’s own voice · inside it: a colleague “raised concerns” ·');
  });

  it('pages a long report across messages, each within limits, with every claim once and in order', () => {
    const report = bigReport(400, 60);
    const messages = renderReport(report, { maxMessages: 100 }).map(valid);
    expect(messages.length).toBeGreaterThan(3);
    expect(claimNumbers(messages)).toEqual(report.claims.map((c) => c.id + 1));
    messages.slice(1).forEach((m, i) => {
      expect(m.text).toMatch(new RegExp(`^Sourcing report, part ${i + 2} of ${messages.length}\\. Claims \\d+–\\d+\\.`));
      expect(m.blocks[0]).toMatchObject({ type: 'context' });
    });
    // Sources cited by odd-numbered claims only: 30 of the 60, of which 25 are listed.
    expect(textOf(messages)).toContain('…and 5 more sources');
  });

  it('says which claims are left out when the answer may use fewer messages, and how to see them', () => {
    const report = bigReport(400, 10);
    const messages = renderReport(report, { maxMessages: 4 }).map(valid);
    expect(messages).toHaveLength(4);
    const shown = claimNumbers(messages);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => i + 1));
    const note = textOf(messages.slice(-1));
    expect(note).toContain(`*Claims ${shown.length + 1}–400 of 400 are not shown*`);
    expect(note).toContain(`starting with “Sentence ${shown.length + 1} says`);
    expect(messages.at(-1)!.text).toMatch(/Some claims are not shown/);
  });

  it('escapes the article’s own angle brackets and ampersands', () => {
    const text = textOf(renderReport(bigReport(3, 1), { maxMessages: 1 }));
    expect(text).toContain('&lt;review&gt; the budget &amp; the plan');
    expect(text).not.toContain('<review>');
  });

  it('keeps within limits with the share button and the "shared by" line added', () => {
    const messages = renderReport(bigReport(400, 60), { maxMessages: 4 });
    const shareable = withShareButton(messages, 'abc').map(valid);
    expect(shareable.at(-1)!.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'share_report', value: 'abc' }] });
    const shared = withSharedBy(messages, 'U1').map(valid);
    expect(textOf(shared.slice(0, 1))).toMatch(/^Shared by <@U1>/);
  });

  it('handles an article with no claims', () => {
    const report = bigReport(0, 0);
    const [message] = renderReport(report, { maxMessages: 4 }).map(valid);
    expect(textOf([message!])).toContain('None: every claim is in the publication’s own voice.');
  });
});

describe('other payloads', () => {
  it('are all within limits', () => {
    for (const m of [renderUsage(), renderUsageHint(), renderProblem('Paste the article.'), renderFailure('not_in_channel'), renderShareExpired()]) valid(m);
    const modal = ModalViewSchema.parse(renderArticleModal({ responseUrl: 'https://hooks.slack.com/commands/T1/1/abc' }));
    expect(modal.blocks[0]).toMatchObject({ type: 'input', element: { max_length: 3000, multiline: true } });
    HomeViewSchema.parse(renderHome());
  });

  it('round-trips the modal’s response_url and tolerates foreign metadata', () => {
    const url = 'https://hooks.slack.com/actions/T1/2/xyz';
    expect(parseModalMetadata(renderArticleModal({ responseUrl: url }).private_metadata)).toEqual({ responseUrl: url });
    expect(parseModalMetadata('not json')).toEqual({ responseUrl: null });
    expect(parseModalMetadata(undefined)).toEqual({ responseUrl: null });
  });
});

describe('the limits schema', () => {
  const section = (text: string): MessageBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

  it('rejects what Slack rejects', () => {
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: Array.from({ length: 51 }, () => section('a')) }).success).toBe(false);
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: [section('a'.repeat(3001))] }).success).toBe(false);
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: Array.from({ length: 5 }, () => section('a'.repeat(2500))) }).success).toBe(false);
    expect(SlackMessageSchema.safeParse({ text: '', blocks: [section('a')] }).success).toBe(false);
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] }).success).toBe(false);
    const modal = renderArticleModal({ responseUrl: null });
    expect(ModalViewSchema.safeParse({ ...modal, title: { type: 'plain_text', text: 't'.repeat(LIMITS.viewTitle + 1) } }).success).toBe(false);
  });

  it('accepts a message at the limits', () => {
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: [...Array.from({ length: 4 }, () => section('a'.repeat(3000))), ...Array.from({ length: 46 }, () => ({ type: 'divider' }))] }).success).toBe(true);
  });
});
