// "According to X, …" and "…, according to X."
import type { FoundAttribution } from './types.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import { hyphenatedAt, npStartingAt, withPostModifiers, type Chunk } from './np.js';
import { classifyChunk } from './classify.js';
import { contentSpan } from './content.js';
import { foundAttribution, mentionOf } from './found.js';
import { closingAppositionEnd } from './subjects.js';
import { MEDIA_OUTLETS, SURVEY_NOUNS } from '../lexicon/cues.js';
import { RELATIVE_SUBJECTS } from '../lexicon/grammar.js';

const STOPS = new Set([',', '.', ';', ':', ')', '—', '–', '“', '”', '"', '?', '!']);
const MAX_SOURCE_TOKENS = 16;

/** "emails obtained by": a verb before "by" opens a reduced relative after the words it describes. */
const opensPassiveRelative = (tokens: SentenceView['tokens'], i: number): boolean => tokens[i]?.pos === 'VERB' && tokens[i + 1]?.lower === 'by';

/** When wink mis-tags a word ("court/VERB documents", "documents/VERB seen by"): the words up to a
 * preposition, a stop or a reduced relative. */
function looseChunk(tokens: SentenceView['tokens'], s: number, limit: number): Chunk | null {
  let e = s - 1;
  while (e + 1 <= limit && !STOPS.has(tokens[e + 1]?.text ?? '.') && tokens[e + 1]?.pos !== 'ADP' && e + 1 - s < 6) {
    if (e >= s && opensPassiveRelative(tokens, e + 1)) break;
    e++;
  }
  return e >= s ? { s, e } : null;
}

const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
const MAX_APPOSITION_TOKENS = 14;

/** The last token of a verbless "a/an/the …" phrase from `s` that a comma closes, with a clause after it; else null. */
function appositionEnd(view: SentenceView, s: number): number | null {
  const { tokens, lastWord } = view;
  if (!APPOSITION_OPENERS.has(tokens[s]?.lower ?? '') || view.quoted(s)) return null;
  for (let k = s + 1; k <= lastWord && k - s <= MAX_APPOSITION_TOKENS; k++) {
    const t = tokens[k];
    // "a Leeds-based think tank": a participle joined by a hyphen is part of an adjective.
    if (!t || (t.pos === 'VERB' && !hyphenatedAt(tokens, k)) || t.pos === 'AUX' || (STOPS.has(t.text) && t.text !== ',')) return null;
    if (t.text !== ',') continue;
    for (let m = k + 1; m <= lastWord; m++) if (tokens[m]?.pos === 'VERB' || tokens[m]?.pos === 'AUX') return k - 1;
    return null;
  }
  return null;
}

/** "the Harbor Institute - a fifth of …": a hyphen with space before it stands for a dash. */
const spacedHyphen = (tokens: SentenceView['tokens'], k: number): boolean => tokens[k]?.text === '-' && tokens[k]?.start !== tokens[k - 1]?.end;

/** "according to an aide who spoke on the condition of anonymity": a "who" clause ending the source runs
 * to the next stop. */
function restrictiveRelativeEnd(view: SentenceView, e: number): number {
  const { tokens, lastWord } = view;
  const next = tokens[e + 1];
  if (tokens[e]?.lower !== 'who' || !(next?.pos === 'VERB' || next?.pos === 'AUX')) return e;
  let k = e;
  while (k + 1 <= lastWord && !STOPS.has(tokens[k + 1]?.text ?? '.') && !view.quoted(k + 1)) k++;
  return k;
}

export function findAccordingTo(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord } = view;
  const out: FoundAttribution[] = [];
  for (let i = first; i < lastWord; i++) {
    if (view.spent + out.length >= MAX_ATTRIBUTIONS) break;
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to' || view.quoted(i)) continue;
    const s = i + 2;
    const base = npStartingAt(tokens, s, lastWord) ?? looseChunk(tokens, s, lastWord);
    if (!base) continue;
    // The source runs to the next comma or clause: "a ministerial adviser in Ukraine", "data from the census".
    let e = base.e;
    while (e + 1 <= lastWord && e + 1 - s < MAX_SOURCE_TOKENS) {
      const t = tokens[e + 1];
      if (!t || STOPS.has(t.text) || t.text === '(' || spacedHyphen(tokens, e + 1) || t.pos === 'AUX' || (t.pos === 'VERB' && !/ed$/.test(t.lower) && !opensPassiveRelative(tokens, e + 1))) break;
      e++;
    }
    e = restrictiveRelativeEnd(view, e);
    const chunk: Chunk = withPostModifiers(tokens, base, s, () => false);
    const cls = classifyChunk(tokens, chunk);
    // "According to Ann Lowe, an analyst at Harbor Research, the toll …": the apposition describes the source.
    const nameEnd = e;
    if ((i === first || tokens[i - 1]?.text === ',') && tokens[e + 1]?.text === ',') e = appositionEnd(view, e + 2) ?? e;
    // "…, according to Ann Lowe, an analyst at Harbor Research.": an apposition that closes the sentence too.
    if (e === nameEnd && i > first && tokens[e + 1]?.text === ',') e = closingAppositionEnd(view, e + 2) ?? e;
    const description = e > nameEnd ? view.span(nameEnd + 2, e).text : null;
    const mentionSpan = view.span(s, e);
    // "…, according to Okafor, who chairs the board.": what follows the comma describes the source.
    const aside = i > first + 2 && RELATIVE_SUBJECTS.has(tokens[e + 2]?.lower ?? '');
    const atStart = (i === first || tokens[i - 1]?.text === ',' || i <= first + 2) && !aside;
    const content = atStart && tokens[e + 1]?.text === ',' ? contentSpan(view, e + 2, lastWord) : contentSpan(view, first, i - 1);
    const outlet = MEDIA_OUTLETS.has(mentionSpan.text.toLowerCase()) || MEDIA_OUTLETS.has(mentionSpan.text.toLowerCase().replace(/^the /, ''));
    const mention = mentionOf(mentionSpan, cls.kind, cls.pronoun, description);
    const channel = outlet ? 'media' : cls.kind === 'document' ? 'document' : null;
    out.push(foundAttribution(view, { mention, cueStart: i, cueEnd: i + 1, content, kind: cls.kind, channel }));
    for (let k = i; k <= e; k++) used.add(k);
  }
  view.spent += out.length;
  return out;
}

/** "the polls conducted by …", "the polls of likely voters": words that make "the polls" particular ones. */
const namesPolls = (next: SentenceView['tokens'][number] | undefined): boolean =>
  !!next && (next.lower === 'of' || next.lower === 'by' || (next.pos === 'VERB' && /ed$/.test(next.lower)));

/** Where a phrase after "in" ends: "the latest CNN poll released Monday". Null unless it names a poll. */
function surveyPhraseEnd(tokens: SentenceView['tokens'], s: number, lastWord: number): number | null {
  const base = npStartingAt(tokens, s, lastWord);
  if (!base) return null;
  let e = base.e;
  let survey = false;
  for (let k = s; k <= e; k++) survey ||= SURVEY_NOUNS.has(tokens[k]?.lower ?? '');
  // The poll must be named by the phrase itself: "voters in the towns will go to the polls" names no poll.
  if (!survey) return null;
  while (e + 1 <= lastWord && e + 1 - s < MAX_SOURCE_TOKENS) {
    const t = tokens[e + 1];
    if (!t || STOPS.has(t.text) || t.pos === 'AUX' || (t.pos === 'VERB' && !/ed$/.test(t.lower)) || t.lower === 'that') break;
    e++;
  }
  return e;
}

/** "In the latest TV poll, Okafor leads …" and "Okafor gained ground in some polls": the poll reports it. */
export function findInSurvey(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord } = view;
  const out: FoundAttribution[] = [];
  for (let i = first; i < lastWord; i++) {
    if (view.spent + out.length >= MAX_ATTRIBUTIONS) break;
    if (tokens[i]?.lower !== 'in' || used.has(i) || view.quoted(i)) continue;
    const e = surveyPhraseEnd(tokens, i + 1, lastWord);
    if (e === null) continue;
    const opening = i === first && tokens[e + 1]?.text === ',';
    // "The mayor said, in a survey of voters, that …": an aside inside another tag is its venue.
    if (!opening && (tokens[i - 1]?.text === ',' || i === first)) continue;
    // "has slipped in the polls", "is ahead in the polls": polling in general, not one poll that reports something.
    if (!opening && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'polls' && !namesPolls(tokens[i + 3])) continue;
    const content = opening ? contentSpan(view, e + 2, lastWord) : contentSpan(view, first, i - 1);
    if (!content) continue;
    const chunk: Chunk = { s: i + 1, e };
    const cls = classifyChunk(tokens, chunk);
    const mention = mentionOf(view.span(i + 1, e), cls.kind, cls.pronoun, null);
    out.push(foundAttribution(view, { mention, cueStart: i, cueEnd: i, content, kind: 'document', channel: 'document' }));
    for (let k = i; k <= e; k++) used.add(k);
  }
  view.spent += out.length;
  return out;
}
