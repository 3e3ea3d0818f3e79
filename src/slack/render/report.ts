// Turns a Report into Slack messages: a summary an editor can read in ten seconds, then every claim in
// article order. Long reports continue in further messages; what does not fit is named, never dropped silently.
import { KIND_LABEL, type Claim, type ClaimKind, type Confidence, type Finding, type Report, type Severity, type Source } from '../../analysis/index.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { blockText, LIMITS, type MessageBlock, type SlackMessage } from './limits.js';

// Room kept free in every message for a truncation note, a share button and a "shared by" line.
const BLOCK_BUDGET = LIMITS.messageBlocks - 4;
const TEXT_BUDGET = LIMITS.messageBlockText - 1000;
const SECTION_BUDGET = LIMITS.sectionText - 100;
const EXCERPT_CHARS = 110;
const MAX_SOURCES_LISTED = 25;

const CONFIDENCE_ICON: Record<Confidence, string> = {
  high: ':large_green_circle:',
  medium: ':large_yellow_circle:',
  low: ':red_circle:',
};
const SEVERITY_ICON: Record<Severity, string> = {
  info: ':information_source:',
  warning: ':warning:',
  concern: ':rotating_light:',
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const safe = (s: string, n: number) => escapeMrkdwn(clip(s.replace(/\s+/g, ' ').trim(), n));
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '0%');
const section = (text: string): MessageBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): MessageBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** Splits lines into section-sized texts without breaking a line. */
function sections(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > SECTION_BUDGET) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

function headline(report: Report): string {
  const { summary: s, stats } = report;
  const cited = report.sources.filter((src) => src.claims > 0).length;
  const kinds = (Object.entries(s.byKind) as [ClaimKind, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${KIND_LABEL[k]}`)
    .join(' · ');
  const certainty = Object.entries(s.byCertainty)
    .map(([k, n]) => `${n} ${k}`)
    .join(' · ');
  return [
    `*${plural(s.claims, 'claim')}* in ${plural(stats.paragraphs, 'paragraph')} (${plural(stats.words, 'word')}) · ` +
      `*${s.attributed} attributed* (${pct(s.attributed, s.claims)}) · ${plural(cited, 'source')}`,
    `*Confidence:* ${CONFIDENCE_ICON.high} ${s.byConfidence.high} high · ${CONFIDENCE_ICON.medium} ${s.byConfidence.medium} medium · ${CONFIDENCE_ICON.low} ${s.byConfidence.low} low`,
    `*Certainty:* ${certainty}`,
    `*Who speaks:* ${kinds || 'nobody'}`,
  ].join('\n');
}

function sourceLine(src: Source): string {
  const via = src.channels.length ? ` · via ${src.channels.map((c) => c.replace(/_/g, ' ')).join(', ')}` : '';
  return `• *${safe(src.name, 80)}* — ${KIND_LABEL[src.kind]} · ${plural(src.claims, 'claim')}${via}`;
}

function sourceSections(report: Report): string[] {
  const cited = report.sources.filter((src) => src.claims > 0).sort((a, b) => b.claims - a.claims);
  if (cited.length === 0) return ['*Sources*\nNone: every claim is in the publication’s own voice.'];
  const lines = [`*Sources* (${cited.length})`, ...cited.slice(0, MAX_SOURCES_LISTED).map(sourceLine)];
  const more = cited.length - MAX_SOURCES_LISTED;
  if (more > 0) lines.push(`…and ${plural(more, 'more source')}, each cited as often or less; see the claims below.`);
  return sections(lines);
}

function findingLine(f: Finding): string {
  const ids = f.claims.length ? ` _(claim${f.claims.length === 1 ? '' : 's'} ${clip(f.claims.map((i) => i + 1).join(', '), 200)})_` : '';
  return `${SEVERITY_ICON[f.severity]} *${f.severity}* — ${safe(f.message, 600)}${ids}`;
}

function findingSections(report: Report): string[] {
  const { findings } = report.summary;
  if (findings.length === 0) return ['*Findings*\nNone.'];
  return sections([`*Findings* (${findings.length})`, ...findings.map(findingLine)]);
}

function claimLine(c: Claim): string {
  const a = c.attributions[0];
  // "Holt was arrested after a colleague raised concerns": the writer's claim, with a report inside it.
  const inside = c.kind === 'unattributed' && !!a;
  const who = inside ? '' : c.source ? `*${safe(c.source.name, 60)}*` : a?.mention ? `*${safe(a.mention.text, 60)}*` : '';
  const parts = [who ? `${who} (${KIND_LABEL[c.kind]})` : KIND_LABEL[c.kind]];
  if (a?.cue) parts.push(inside ? `inside it: ${a.mention ? `${safe(a.mention.text, 60)} ` : ''}“${safe(a.cue.text, 40)}”` : `cue “${safe(a.cue.text, 40)}”`);
  if (c.continues !== null) parts.push(`quotation from claim ${c.continues + 1}`);
  if (a?.channel) parts.push(`via ${a.channel.replace(/_/g, ' ')}`);
  const hedges = [...new Set(c.hedges.map((h) => h.text.toLowerCase()))].slice(0, 5).map((h) => `“${safe(h, 30)}”`);
  parts.push(`${c.certainty}${hedges.length ? ` (${hedges.join(', ')})` : ''}`);
  if (c.caption) parts.push('caption');
  return `*${c.id + 1}.* ${CONFIDENCE_ICON[c.confidence]} ${c.confidence} · “${safe(c.text, EXCERPT_CHARS)}”\n      ↳ ${parts.join(' · ')}`;
}

interface ClaimChunk {
  block: MessageBlock;
  first: number;
  last: number;
}

function claimChunks(claims: readonly Claim[]): ClaimChunk[] {
  const chunks: ClaimChunk[] = [];
  let lines: string[] = [];
  let first = 0;
  let size = 0;
  const flush = (last: number) => {
    if (lines.length) chunks.push({ block: section(lines.join('\n')), first, last });
    lines = [];
    size = 0;
  };
  for (const c of claims) {
    const line = claimLine(c);
    if (lines.length && size + 1 + line.length > SECTION_BUDGET) flush(c.id - 1);
    if (!lines.length) first = c.id;
    lines.push(line);
    size += line.length + 1;
  }
  flush(claims.at(-1)?.id ?? 0);
  return chunks;
}

interface Page {
  blocks: MessageBlock[];
  first: number | null;
  last: number | null;
}

const pageText = (blocks: readonly MessageBlock[]) => blocks.reduce((n, b) => n + blockText(b), 0);

function paginate(summary: MessageBlock[], chunks: readonly ClaimChunk[]): Page[] {
  const pages: Page[] = [{ blocks: [...summary], first: null, last: null }];
  for (const chunk of chunks) {
    let page = pages[pages.length - 1]!;
    const fits = page.blocks.length + 1 <= BLOCK_BUDGET && pageText(page.blocks) + blockText(chunk.block) <= TEXT_BUDGET;
    if (!fits) {
      // A placeholder continuation line, filled in once the number of pages is known.
      page = { blocks: [context('…')], first: null, last: null };
      pages.push(page);
    }
    page.blocks.push(chunk.block);
    page.first ??= chunk.first;
    page.last = chunk.last;
  }
  return pages;
}

export interface RenderOptions {
  /** How many messages the answer may use (a response_url takes 5 at most). */
  maxMessages: number;
}

/** Renders a report as one or more messages, each within Slack's limits. */
export function renderReport(report: Report, { maxMessages }: RenderOptions): SlackMessage[] {
  const { summary: s, stats } = report;
  const summary: MessageBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Sourcing report' } },
    section(headline(report)),
    ...sourceSections(report).map(section),
    ...findingSections(report).map(section),
  ];
  if (report.claims.length) summary.push({ type: 'divider' }, context('*Claims, in article order*'));
  const all = paginate(summary, claimChunks(report.claims));
  const pages = all.slice(0, Math.max(1, maxMessages));
  const omitted = all.slice(pages.length);
  const total = pages.length;
  const lastPage = pages[total - 1]!;

  if (omitted.length) {
    const firstOmitted = report.claims[omitted[0]!.first ?? 0];
    const lastOmitted = omitted.at(-1)!.last ?? 0;
    lastPage.blocks.push(
      context(
        `:scissors: *Claims ${(firstOmitted?.id ?? 0) + 1}–${lastOmitted + 1} of ${s.claims} are not shown*: one answer here can hold ${plural(maxMessages, 'message')}. ` +
          `To see them, check the rest of the article separately, starting with “${safe(firstOmitted?.text ?? '', 60)}”.`,
      ),
    );
  }
  lastPage.blocks.push(
    context(`Analyzed ${stats.characters.toLocaleString('en-US')} characters in ${Math.round(stats.ms)} ms. Sourcing Desk keeps no copy of the article.`),
  );

  return pages.map((page, i) => {
    if (i > 0) page.blocks[0] = context(`Sourcing report, continued (part ${i + 1} of ${total})`);
    const range = page.first === null ? '' : ` Claims ${page.first + 1}–${(page.last ?? page.first) + 1}.`;
    const text =
      i === 0
        ? `Sourcing report: ${plural(s.claims, 'claim')}, ${s.attributed} attributed. Confidence: ${s.byConfidence.high} high, ${s.byConfidence.medium} medium, ${s.byConfidence.low} low. ${plural(s.findings.length, 'finding')}.${total > 1 ? ` Part 1 of ${total}.` : ''}`
        : `Sourcing report, part ${i + 1} of ${total}.${range}`;
    const note = i === total - 1 && omitted.length ? ' Some claims are not shown; see the note at the end.' : '';
    return { text: text + note, blocks: page.blocks };
  });
}

export const SHARE_ACTION = 'share_report';

/** Adds a "Share in channel" button to the last message of an ephemeral answer. */
export function withShareButton(messages: readonly SlackMessage[], shareId: string): SlackMessage[] {
  return messages.map((m, i) =>
    i < messages.length - 1
      ? m
      : {
          ...m,
          blocks: [
            ...m.blocks,
            {
              type: 'actions',
              elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: SHARE_ACTION, value: shareId, style: 'primary' }],
            },
          ],
        },
  );
}

/** Marks a shared report with who shared it, on its first message. */
export function withSharedBy(messages: readonly SlackMessage[], userId: string): SlackMessage[] {
  return messages.map((m, i) => (i === 0 ? { ...m, blocks: [context(`Shared by <@${userId}>`), ...m.blocks] } : m));
}
