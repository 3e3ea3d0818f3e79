// The engine's entry point: text in, sourcing report out. Pure and synchronous; no I/O.
import { segment } from './segment.js';
import { countWords } from './nlp.js';
import { continueQuotations, findAttributions } from './attribution/index.js';
import { mainClauseIsWriters } from './attribution/writers-clause.js';
import { resolveSources } from './sources.js';
import { assessCertainty } from './certainty/index.js';
import { rateConfidence } from './confidence.js';
import { findFindings } from './findings/index.js';
import { claimWords } from './findings/claim-words.js';
import { summarize } from './summary.js';
import { checkSize, DEFAULT_MAX_CHARS, InputError } from './input.js';
import type { Attribution, Claim, Report, Span } from './schema.js';
import { mapPresent } from './arrays.js';
import type { FoundAttribution } from './attribution/types.js';

/**
 * A claim that only runs on a quotation keeps its kind and source but lists no attribution of its own: the
 * attribution is listed once, in the claim that holds its cue, and this claim points there. Findings and
 * the summary are made before this, so they still count the claim for its source.
 */
function anchored(claim: Claim, own: readonly FoundAttribution[], sentenceOf: ReadonlyMap<FoundAttribution, number>): Claim {
  const carried = own[0]?.continued ? own[0].inherits : null;
  if (!carried || own.some((f) => !f.continued)) return claim;
  const from = sentenceOf.get(carried);
  return from === undefined ? claim : { ...claim, attributions: [], continues: from };
}

export interface AnalyzeOptions {
  maxChars?: number;
}

/** Analyzes an article. Throws InputError for empty or over-long input; anything else gets a report. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const started = performance.now();
  const problem = checkSize(text, options.maxChars ?? DEFAULT_MAX_CHARS);
  if (problem) throw new InputError(problem);

  const { tokens, sentences, paragraphs } = segment(text);
  const found = sentences.map((sentence) => findAttributions({ text, tokens, sentence }));
  const writers = sentences.map((sentence, i) => mainClauseIsWriters({ text, tokens, sentence }, found[i] ?? []));
  continueQuotations(text, sentences, found);
  const { sources, resolved } = resolveSources(text, tokens, sentences, found);

  const claims: Claim[] = sentences.map((sentence, i) => {
    const attributions = resolved[i] ?? [];
    // A writer's claim with a report inside it has no primary attribution.
    const primary = writers[i] ? undefined : attributions[0];
    const sentenceTokens = tokens.slice(sentence.first, sentence.last + 1);
    const { certainty, hedges } = assessCertainty({
      text,
      tokens: sentenceTokens,
      cues: mapPresent(attributions, (a) => a.cue),
      speakers: [...mapPresent(attributions, (a) => a.mention), ...mapPresent(attributions, questionPut)],
    });
    const kind = primary ? primary.kind : 'unattributed';
    const { confidence, reasons } = rateConfidence({ kind, attributions, certainty, hedges, found: found[i] ?? [], caption: sentence.caption });
    return {
      id: i,
      text: text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      paragraph: sentence.paragraph,
      caption: sentence.caption,
      kind,
      source: primary?.source ?? null,
      attributions,
      continues: null,
      certainty,
      hedges,
      confidence,
      reasons,
      flags: [],
    };
  });

  const findings = findFindings({ text, tokens, sentences, claims, sources, found, words: claimWords(text) });
  for (const f of findings) {
    for (const id of f.claims) {
      const claim = claims[id];
      if (claim && !claim.flags.includes(f.code)) claim.flags.push(f.code);
    }
  }
  const summary = summarize(claims, sources, findings);
  const sentenceOf = new Map(found.flatMap((list, i) => list.map((f) => [f, i] as const)));
  return {
    version: 1,
    claims: claims.map((claim) => anchored(claim, found[claim.id] ?? [], sentenceOf)),
    sources,
    summary,
    stats: {
      characters: text.length,
      words: countWords(tokens),
      sentences: sentences.length,
      paragraphs,
      ms: Math.round((performance.now() - started) * 1000) / 1000,
    },
  };
}

/** "Asked whether Hanoi would retaliate, he said …": the question put to the speaker, whose hedges are the
 * asker's, not the claim's. */
function questionPut(a: Attribution): Span | null {
  return !a.mention && a.cue && /^asked\b/i.test(a.cue.text) ? a.content : null;
}
