// A quotation that runs on without its own tag belongs to the speaker of the quotation around it:
// “A,” he said. “B.” — B is his too; and “A. B,” he said. — so is A.
import type { Sentence } from '../segment.js';
import type { FoundAttribution } from './types.js';
import { trimmedSpan } from './content.js';

function startsQuoted(s: Sentence): boolean {
  const q = s.quotes[0];
  return !!q && q[0] <= s.start + 1;
}

function endsQuoted(s: Sentence): boolean {
  const q = s.quotes[s.quotes.length - 1];
  return !!q && q[1] >= s.end - 1;
}

function quotedPrimary(list: readonly FoundAttribution[] | undefined): FoundAttribution | null {
  const a = list?.[0];
  return a && a.kind !== 'vague' && (a.quote === 'direct' || a.quote === 'partial') ? a : null;
}

/** The quoted attribution whose content runs to the end of the sentence, where a quotation may go on:
 * "He praised the crews, adding, “They worked all night." — the second one, not the primary. */
function quotedRunner(list: readonly FoundAttribution[] | undefined, s: Sentence): FoundAttribution | null {
  const runner = list?.find((a) => a.kind !== 'vague' && (a.quote === 'direct' || a.quote === 'partial') && !!a.content && a.content.end >= s.end - 2);
  return runner ?? quotedPrimary(list);
}

/** "The senator went further." — a tag with nothing reported yet introduces the quotation that follows. */
function introduces(list: readonly FoundAttribution[] | undefined, s: Sentence): FoundAttribution | null {
  const a = list?.[0];
  return a && a.kind !== 'vague' && !a.content && !a.inherits && a.cue && a.cue.end >= s.end - 2 ? a : null;
}

/** The tag's cue is followed only by a colon: "Okafor said:". */
function endsOnColon(text: string, a: FoundAttribution, s: Sentence): boolean {
  return !!a.cue && text.slice(a.cue.end, s.end).trim() === ':';
}

function carried(from: FoundAttribution): FoundAttribution {
  return {
    mention: null,
    cue: null,
    content: null,
    quote: 'direct',
    channel: from.channel,
    kind: from.kind,
    loadedCue: false,
    inherits: from.inherits ?? from,
    continued: true,
  };
}

/** Widens the speaker's content over a sentence the quotation runs on into. */
function widen(text: string, speaker: FoundAttribution, s: Sentence): void {
  const c = speaker.content;
  if (!c) {
    speaker.content = trimmedSpan(text, s.start, s.end);
    return;
  }
  const start = Math.min(c.start, s.start);
  const end = Math.max(c.end, s.end);
  speaker.content = trimmedSpan(text, start, end) ?? c;
}

/** "OKAFOR: Well, look, …": a transcript speaker label at the start of the sentence. */
function speakerLabel(text: string, list: readonly FoundAttribution[] | undefined, s: Sentence): FoundAttribution | null {
  const a = list?.[0];
  if (!a?.cue || !a.mention || text.slice(a.cue.start, a.cue.end) !== ':') return null;
  return a.mention.start <= s.start + 1 ? a : null;
}

/** A transcript label speaks the rest of its paragraph: its content runs over the untagged sentences after it. */
function widenSpeakerLabels(text: string, sentences: readonly Sentence[], found: readonly FoundAttribution[][]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const label = s ? speakerLabel(text, found[i], s) : null;
    if (!s || !label) continue;
    for (let j = i + 1; j < sentences.length; j++) {
      const next = sentences[j];
      if (!next || next.paragraph !== s.paragraph || next.caption || found[j]?.length) break;
      widen(text, label, next);
      i = j;
    }
  }
}

/** "Okafor asked.", "said Okafor, looking on.": a tag that opens its sentence and reports nothing in it. */
function bareTag(text: string, list: readonly FoundAttribution[] | undefined, s: Sentence): FoundAttribution | null {
  const a = list?.[0];
  if (!a?.cue || !a.mention || (a.content && !adjunctOnly(text, a)) || a.inherits || a.kind === 'vague') return null;
  return Math.min(a.cue.start, a.mention.start) <= s.start + 1 ? a : null;
}

/** Words that open a phrase telling to whom, of what, how or when something was said, not what. */
const ADJUNCT_OPENERS = new Set(['to', 'of', 'about', 'as', 'when', 'while', 'in', 'at', 'on', 'during', 'after', 'before', 'into', 'with']);

/** "Okafor said of the board in May", "Lowe said pleasantly": unquoted content that opens with such a word
 * or a manner adverb, which after a quotation that closed its own sentence ("“Why?” Okafor said …") is
 * how the quotation was said. */
function adjunctOnly(text: string, a: FoundAttribution): boolean {
  if (!a.content || a.quote !== 'indirect') return false;
  const word = /^\p{Ll}+/u.exec(text.slice(a.content.start, a.content.end))?.[0] ?? '';
  return ADJUNCT_OPENERS.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/** "“Why wait?” Okafor asked." — the sentence ends at "?”", which leaves the tag on its own: it reports the
 * quotation before it, and the quoted sentences of the same paragraph that lead up to it. */
function tagQuotationsBefore(text: string, sentences: readonly Sentence[], found: FoundAttribution[][]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const tag = s ? bareTag(text, found[i], s) : null;
    if (!s || !tag) continue;
    for (let j = i - 1; j >= 0; j--) {
      const q = sentences[j];
      if (!q || q.caption || q.paragraph !== s.paragraph || found[j]?.length || !startsQuoted(q) || !endsQuoted(q)) break;
      if (j === i - 1) {
        tag.quote = 'direct';
        tag.content = null;
      }
      found[j] = [carried(tag)];
      widen(text, tag, q);
    }
  }
}

/** Adds carried-over attributions in place; `found[i]` belongs to `sentences[i]`. */
export function continueQuotations(text: string, sentences: readonly Sentence[], found: FoundAttribution[][]): void {
  widenSpeakerLabels(text, sentences, found);
  tagQuotationsBefore(text, sentences, found);
  // Backwards first: the opening sentences of a quotation tagged at its end.
  for (let i = sentences.length - 2; i >= 0; i--) {
    const s = sentences[i];
    const next = sentences[i + 1];
    const speaker = quotedPrimary(found[i + 1]);
    if (!s || !next || s.caption || found[i]?.length || !speaker) continue;
    const tagged = startsQuoted(next) || (speaker.cue?.start === next.start && speaker.content === null);
    if (next.paragraph === s.paragraph && startsQuoted(s) && endsQuoted(s) && tagged) {
      found[i] = [carried(speaker)];
      widen(text, speaker.inherits ?? speaker, s);
    }
  }
  // Forwards: quotations that go on after their tag, into the same or the next paragraphs.
  let last: { speaker: FoundAttribution; paragraph: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || s.caption) continue;
    const own = quotedRunner(found[i], s);
    if (own) {
      last = { speaker: own.continued ? (own.inherits ?? own) : own, paragraph: s.paragraph };
      continue;
    }
    const intro = introduces(found[i], s);
    const next = sentences[i + 1];
    if (intro && next && startsQuoted(next) && !found[i + 1]?.length) {
      last = { speaker: intro, paragraph: s.paragraph };
      intro.quote = 'direct';
      continue;
    }
    // "In a speech in May, Lee said:" then an unquoted paragraph: the colon hands it the whole paragraph.
    if (intro && next && endsOnColon(text, intro, s) && next.paragraph > s.paragraph && !found[i + 1]?.length) {
      for (let j = i + 1; j < sentences.length; j++) {
        const q = sentences[j];
        if (!q || q.caption || q.paragraph !== next.paragraph || found[j]?.length) break;
        found[j] = [carried(intro)];
        widen(text, intro, q);
        i = j;
      }
      intro.quote = 'indirect';
      last = null;
      continue;
    }
    if (found[i]?.length) {
      last = null;
      continue;
    }
    if (last && startsQuoted(s) && s.paragraph - last.paragraph <= 1) {
      found[i] = [carried(last.speaker)];
      if (s.paragraph === last.paragraph || !last.speaker.content) widen(text, last.speaker, s);
      last.paragraph = s.paragraph;
    } else {
      last = null;
    }
  }
}
