// Attributions made by punctuation: a speaker's label before a colon ("OKAFOR: Well, look …", "Dana
// Reyes: Farmers are worried …") and a dash tag after a quotation ("“…” ― Mara Lindqvist").
import type { Token } from '../nlp.js';
import type { FoundAttribution } from './types.js';
import type { SentenceView, TakenTokens } from './view.js';
import { isCapitalised, npStartingAt, type Chunk } from './np.js';
import { classifyChunk } from './classify.js';
import { contentSpan } from './content.js';
import { foundAttribution, mentionOf } from './found.js';
import { ORG_WORDS, PLACES } from '../lexicon/sources.js';
import { QUOTE_CLOSERS } from '../lexicon/grammar.js';

/** Labels before a colon that introduce something other than a speaker. */
const NOT_SPEAKER_LABELS = new Set([
  'note', 'update', 'updated', 'correction', 'clarification', 'editor', 'photo', 'photos', 'video', 'watch',
  'read', 'related', 'source', 'sources', 'via', 'credit', 'credits', 'published', 'posted', 'warning', 'breaking', 'live', 'exclusive',
  'opinion', 'analysis', 'comment', 'review', 'explainer', 'factbox', 'timeline', 'q', 'a', 'the', 'this', 'here',
  'question', 'answer', 'remember', 'name', 'email', 'e-mail', 'contributing', 'contributors', 'twitter', 'follow', 'total',
  'why', 'what', 'how', 'who', 'when', 'where', 'also', 'plus', 'and', 'but', 'or', 'so', 'example', 'pictured',
  // Credit lines: "Contributing: Ann Lee."
  'contributing', 'contributors', 'reporting',
  // "Said Ellis: …" is an inverted verb of saying, not a label.
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'told', 'tweeted',
]);
const MAX_LABEL_TOKENS = 4;
const DASH_TAGS = new Set(['―', '—', '–']);
const LONG_ALL_CAPS = /^\p{Lu}{5,}$/u;

function nameLike(tokens: readonly Token[], chunk: Chunk): boolean {
  for (let k = chunk.s; k <= chunk.e; k++) {
    const t = tokens[k];
    if (!t || !(isCapitalised(t) || t.text === '.' || t.text === '-' || t.lower === 'of')) return false;
  }
  return true;
}

function kindOf(tokens: readonly Token[], chunk: Chunk): FoundAttribution['kind'] {
  const cls = classifyChunk(tokens, chunk);
  // Transcripts label speakers in capitals ("OKAFOR:"): a long all-caps word is a name, not an acronym.
  const only = tokens[chunk.s];
  if (cls.kind === 'named_organization' && chunk.s === chunk.e && only && LONG_ALL_CAPS.test(only.text) && !ORG_WORDS.has(only.lower) && !PLACES.has(only.lower)) {
    return 'named_person';
  }
  return cls.kind;
}

function attribution(view: SentenceView, chunk: Chunk, cue: number, content: ReturnType<typeof contentSpan>): FoundAttribution {
  const kind = kindOf(view.tokens, chunk);
  const mention = mentionOf(view.span(chunk.s, chunk.e), kind, null, null);
  return foundAttribution(view, { mention, cueStart: cue, cueEnd: cue, content, kind, channel: kind === 'document' ? 'document' : null });
}

export function findPunctuationTags(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord } = view;
  const out: FoundAttribution[] = [];

  // "OKAFOR: …" — a short name at the start of the sentence, then a colon.
  let s = first;
  while (s <= lastWord && (tokens[s]?.text === '"' || tokens[s]?.text === '“' || tokens[s]?.text === "''")) s++;
  for (let c = s + 1; c <= Math.min(lastWord, s + MAX_LABEL_TOKENS); c++) {
    if (tokens[c]?.text !== ':') continue;
    const chunk = npStartingAt(tokens, s, c - 1);
    if (!chunk || chunk.e !== c - 1 || !nameLike(tokens, chunk) || NOT_SPEAKER_LABELS.has(tokens[s]?.lower ?? '')) break;
    if (used.has(c)) break;
    // "Okafor: 1,769." in a table of counts: a figure after the label, not words.
    if (tokens[c + 1]?.pos === 'NUM' && c + 2 >= lastWord) break;
    out.push(attribution(view, chunk, c, contentSpan(view, c + 1, lastWord)));
    for (let k = chunk.s; k <= c; k++) used.add(k);
    break;
  }

  // "“…” ― Mara Lindqvist" — a dash after a closing quotation, then the speaker's name to the end.
  // A tag alone ("― Jane Hollis" after a quoted sentence) has no content of its own: the quotation before
  // it takes this speaker (see continuation).
  for (let d = first; d < lastWord; d++) {
    const t = tokens[d];
    if (!t || !DASH_TAGS.has(t.text) || used.has(d) || (d > first && !QUOTE_CLOSERS.has(tokens[d - 1]?.text ?? ''))) continue;
    const chunk = npStartingAt(tokens, d + 1, lastWord);
    if (!chunk || !nameLike(tokens, chunk)) continue;
    const rest = tokens[chunk.e + 1];
    if (chunk.e !== lastWord && rest?.text !== ',') continue;
    const tag = attribution(view, chunk, d, d > first ? contentSpan(view, first, d - 1) : null);
    out.push(d > first ? tag : { ...tag, quote: 'direct' });
    for (let k = d; k <= chunk.e; k++) used.add(k);
    break;
  }
  view.spent += out.length;
  return out;
}
