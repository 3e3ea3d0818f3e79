// Finds the attributions in one sentence; the first one returned is the claim's primary attribution.
import type { Token } from '../nlp.js';
import type { Sentence } from '../segment.js';
import type { FoundAttribution } from './types.js';
import { TakenTokens, viewOf } from './view.js';
import { findAccordingTo, findInSurvey } from './according.js';
import { findAgentless } from './agentless.js';
import { findVerbAttributions } from './verbs.js';
import { findNounAttributions } from './nouns.js';
import { findPunctuationTags } from './tags.js';
import { findHeadlineAttribution } from './headline.js';
import { trimmedSpan } from './content.js';

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
}

export function findAttributions(ctx: SentenceContext): FoundAttribution[] {
  const view = viewOf(ctx.text, ctx.tokens, ctx.sentence);
  const used = new TakenTokens(ctx.sentence.first, ctx.sentence.last);
  const according = [...findAccordingTo(view, used), ...findInSurvey(view, used)];
  const found = [...according, ...findPunctuationTags(view, used), ...findHeadlineAttribution(view, used), ...findAgentless(view, used), ...findVerbAttributions(view, used), ...findNounAttributions(view, used)];
  if (found.length < 2) return found;
  clipInnerContent(ctx.text, found, according);
  const ranks = new Map(found.map((a) => [a, rankOf(a, found)]));
  // After ranking: the relative clause still ranks below the speaker it describes.
  dropSpeakingRelatives(ctx.text, found);
  return found.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
}

/** Content of an inner attribution stops before the tag around it. */
function clipInnerContent(text: string, found: FoundAttribution[], according: readonly FoundAttribution[]): void {
  // "Whitaker, who voted against the plan, said …": a clause inside a speaker's mention ends with it.
  for (const holder of found) {
    const m = holder.mention;
    if (!m) continue;
    for (const inner of found) {
      if (inner === holder || !inner.cue || !inner.content || inner.cue.start < m.start || inner.cue.end > m.end) continue;
      if (inner.content.end > m.end) inner.content = trimmedSpan(text, inner.content.start, m.end) ?? inner.content;
    }
  }
  // "The district expects to …, a spokeswoman said": the inner content stops before the outer tag.
  for (const outerTag of found) {
    const tagStart = outerTag.mention?.start ?? outerTag.cue?.start ?? -1;
    for (const inner of found) {
      // An agentless cue ("is expected to") never cuts a named speaker's words around it.
      if (inner === outerTag || !inner.content || !inner.cue || !outerTag.content || (!outerTag.mention && inner.mention)) continue;
      const innerInsideOuter = inner.cue.start >= outerTag.content.start && inner.cue.end <= outerTag.content.end;
      // "But two members voted for a cut, minutes showed": each cue lies in the other's content; the tag
      // whose content comes before it is the outer one.
      const trailingAroundOuter = inner.content.end <= inner.cue.start && !!outerTag.cue && outerTag.cue.start >= inner.content.start && outerTag.cue.end <= inner.content.end;
      if (innerInsideOuter && !trailingAroundOuter && inner.content.start < tagStart && inner.content.end > tagStart) {
        inner.content = trimmedSpan(text, inner.content.start, tagStart) ?? inner.content;
      }
    }
  }
  // "Police said X, according to attorneys": the inner content stops before the outer attribution.
  for (const outer of according) {
    const at = outer.cue?.start ?? -1;
    for (const inner of found) {
      if (inner === outer || !inner.content || inner.content.start >= at || inner.content.end <= at) continue;
      inner.content = trimmedSpan(text, inner.content.start, at) ?? inner.content;
    }
  }
}

/** "Hollis, who endorsed the mayor, said …": a relative clause that is an attribution of its own is no
 * part of the outer speaker's mention, which ends before its comma. */
function dropSpeakingRelatives(text: string, found: readonly FoundAttribution[]): void {
  for (const holder of found) {
    const m = holder.mention;
    if (!m) continue;
    for (const inner of found) {
      const who = inner.mention;
      if (inner === holder || !who || who.start <= m.start || who.end > m.end || text.slice(who.start, who.end).toLowerCase() !== 'who') continue;
      if (!/,\s*$/.test(text.slice(m.start, who.start))) continue;
      const name = trimmedSpan(text, m.start, who.start);
      if (name) holder.mention = { ...m, ...name };
      break;
    }
  }
}

/**
 * Primary first: a source that says something outranks an agentless "it is believed" and a cue inside
 * another's mention ("One mother, who asked …, said"); then reading order. A hearsay adverb governs the
 * verb it sits before ("The minister reportedly plans …"), and the tag whose content holds another cue is
 * outermost ("The district expects …, a spokeswoman said"), an agentless one too ("It is understood that …").
 */
function rankOf(a: FoundAttribution, found: readonly FoundAttribution[]): number {
  let nested = false;
  let governs = false;
  let outer = false;
  for (const b of found) {
    if (b === a) continue;
    if (b.mention && a.cue && a.cue.start >= b.mention.start && a.cue.end <= b.mention.end) nested = true;
    if (a.kind === 'vague' && !a.mention && b.mention && b.cue && a.cue && a.cue.start >= b.mention.end && a.cue.end <= b.cue.end) governs = true;
    if (b.cue && a.content && !a.inherits && b.cue.start >= a.content.start && b.cue.end <= a.content.end) outer = true;
  }
  if (governs) return -2;
  // "It is understood that X was questioned by Y": the agentless frame around a claim is still its frame.
  if (a.kind === 'vague') return outer ? 0 : 2 + (nested ? 1 : 0);
  return (nested ? 1 : 0) - (outer ? 1 : 0);
}

export { continueQuotations } from './continuation.js';
