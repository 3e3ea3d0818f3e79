// Last-resort speakers for the commonest verbs of saying, when the phrase parser finds none: a verb like
// "said" before a clause, or right after a quotation, is a report even when the words that name the speaker
// are a shape the parser does not know ("Some 56 percent of farmers polled said …", "“…,” said the old
// ferryman known as Abe.").
import type { Token } from '../nlp.js';
import type { SentenceView, TakenTokens } from './view.js';
import type { Subject } from './subjects.js';
import { TIME_WORDS } from '../lexicon/cues.js';
import {
  DASH_DELIMITERS,
  NO_LOOSE_HEADS,
  FOCUS_WORDS,
  PARENTHETICAL_ADVERBS,
  QUOTE_CLOSERS,
  QUOTE_MARKS,
  LOOSE_SUBJECT_STOPS,
  RELATIVE_SUBJECTS,
  SENTENCE_CONNECTIVES,
  SUBORDINATORS,
} from '../lexicon/grammar.js';

const MAX_SPEAKER_TOKENS = 25;
const MAX_INVERTED_TOKENS = 14;

const isParticiple = (t: Token): boolean => /(?:ing|ed|en|wn)$/.test(t.lower);
const HEAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const opensPhrase = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || FOCUS_WORDS.has(t.lower) || /^\p{Lu}/u.test(t.text));

function subjectOver(view: SentenceView, s: number, e: number, used: TakenTokens): Subject | null {
  const { tokens } = view;
  if (e < s || e - s + 1 > MAX_SPEAKER_TOKENS || !opensPhrase(tokens[s])) return null;
  for (let k = s; k <= e; k++) if (used.has(k) || view.quoted(k)) return null;
  // The phrase ends in its head: not in "those who" (a relative clause), "their say" (a noun) or a generic "you".
  const head = tokens[e];
  // "farmers polled": a participle after its noun closes the phrase.
  const reduced = head?.pos === 'VERB' && isParticiple(head) && HEAD_TAGS.has(tokens[e - 1]?.pos ?? '');
  if (!head || !(HEAD_TAGS.has(head.pos) || reduced) || NO_LOOSE_HEADS.has(head.lower) || RELATIVE_SUBJECTS.has(head.lower)) return null;
  for (let k = s; k <= e; k++) if (tokens[k]?.pos === 'AUX' && relativeBefore(view, k) === null) return null;
  return { chunk: { s, e }, mentionStart: s, mentionEnd: e, description: null };
}

/** A finite verb inside a relative clause ("voters who watched the debate") belongs to the phrase: the
 * relative word before it, or null when the verb is a clause of its own. */
function relativeBefore(view: SentenceView, k: number): number | null {
  const { tokens, first } = view;
  for (let r = k - 1; r >= first && k - r <= 8; r--) {
    const t = tokens[r];
    if (!t || t.pos === 'PUNCT') return null;
    if (RELATIVE_SUBJECTS.has(t.lower)) return r;
  }
  return null;
}

/** The phrase that ends right before the verb group: back to the start of the sentence or the nearest word
 * that opens a clause, across a closing dash aside ("Many speakers — including … — said"). */
export function looseSubjectBefore(view: SentenceView, groupStart: number, used: TakenTokens): Subject | null {
  const { tokens, first } = view;
  let e = groupStart - 1;
  // "Rogers, for example, said", "Carter however said": a linking aside stays out of the speaker.
  while (e > first && (tokens[e]?.text === ',' || PARENTHETICAL_ADVERBS.has(tokens[e]?.lower ?? ''))) e--;
  let k = e;
  if (DASH_DELIMITERS.has(tokens[e]?.text ?? '')) {
    let d = e - 1;
    while (d > first && !DASH_DELIMITERS.has(tokens[d]?.text ?? '')) d--;
    if (d <= first) return null;
    k = d - 1;
    e = e - 1;
  }
  let s = k + 1;
  // "Reid and Pelosi said" joins two names; "He left and Reid said" starts a new clause after "and".
  let conjunction: number | null = null;
  while (k >= first) {
    const t = tokens[k];
    if (!t || view.quoted(k) || t.pos === 'PUNCT' || QUOTE_MARKS.has(t.text) || LOOSE_SUBJECT_STOPS.has(t.lower) || SUBORDINATORS.has(t.lower)) break;
    if ((t.pos === 'VERB' && !isParticiple(t)) || t.pos === 'AUX') {
      const r = relativeBefore(view, k);
      if (r === null) {
        if (conjunction !== null) s = conjunction + 1;
        break;
      }
      k = r;
    }
    if (t.lower === 'and' || t.lower === 'or') conjunction = k;
    s = k;
    k--;
  }
  // "In a meeting with the board Okafor said": after a fronted phrase with no comma, the name that ends it
  // speaks; one after "the" names the thing ("with the Harbor Times Okafor said"), so only its last word does.
  if (tokens[s]?.pos === 'ADP') {
    let n = e;
    while (n > s && tokens[n - 1]?.pos === 'PROPN') n--;
    if (tokens[n]?.pos !== 'PROPN' || n === s + 1) return null;
    s = tokens[n - 1]?.pos === 'DET' ? e : n;
  }
  // "Then Kerry said", "Now the mayor says": an opening adverb is no part of the speaker.
  while (s < e && (TIME_WORDS.has(tokens[s]?.lower ?? '') || SENTENCE_CONNECTIVES.has(tokens[s]?.lower ?? '') || PARENTHETICAL_ADVERBS.has(tokens[s]?.lower ?? ''))) s++;
  return subjectOver(view, s, e, used);
}

/** "“…,” said the old ferryman known as Abe.": after a quotation, the phrase after the verb up to the next
 * comma, clause opener or the end of the sentence. */
export function looseSubjectAfter(view: SentenceView, cue: number, cueEnd: number, used: TakenTokens): Subject | null {
  const { tokens, lastWord } = view;
  if (!QUOTE_CLOSERS.has(tokens[cue - 1]?.text ?? '')) return null;
  const s = cueEnd + 1;
  let e = s;
  while (e + 1 <= lastWord && e + 1 - s < MAX_INVERTED_TOKENS) {
    const t = tokens[e + 1];
    if (!t || t.pos === 'PUNCT' || QUOTE_MARKS.has(t.text) || view.quoted(e + 1) || (SUBORDINATORS.has(t.lower) && t.lower !== 'whom')) break;
    e++;
  }
  const next = tokens[e + 1];
  if (e + 1 <= lastWord && next && next.text !== ',' && next.text !== '(' && !SUBORDINATORS.has(next.lower)) return null;
  return subjectOver(view, s, e, used);
}
