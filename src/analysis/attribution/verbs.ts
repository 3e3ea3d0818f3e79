// Attributions made by a verb: "X said (that) …", "“…,” X said.", "said X", "X, an adviser to …,
// tweeted …", "X believes …", "X called for …", "…, saying …".
import type { Token } from '../nlp.js';
import type { Channel } from '../schema.js';
import type { FoundAttribution, Mention } from './types.js';
import type { SentenceView } from './view.js';
import {
  appositiveOpenings,
  isCapitalised,
  looksLikeApposition,
  npEndingAt,
  npStartingAt,
  withPostModifiers,
  type Chunk,
} from './np.js';
import { classifyChunk } from './classify.js';
import { contentSpan, quoteOf, scanAfterCue } from './content.js';
import {
  BARE_SPEECH_VERBS,
  BELIEF_VERBS,
  BETWEEN_SUBJECT_AND_CUE,
  NEGATIONS,
  EVIDENCE_VERBS,
  HEARSAY_NOUNS,
  LOADED_CUES,
  PARTICIPLE_CUES,
  PARTICLE_CUES,
  PARTICLE_ONLY,
  SOCIAL_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  TIME_WORDS,
} from '../lexicon/cues.js';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from '../lexicon/sources.js';

type VerbClass = 'speech' | 'bare' | 'belief' | 'stance' | 'evidence';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', '“', '”', '"', '(', 'and', 'but', 'or', 'while', 'as', 'because', 'although', 'though', 'since', 'so', 'yet', 'if', 'when', 'after', 'before', 'that', 'now', 'where', 'whereas', 'until', 'unless', 'once', 'then', 'also', 'meanwhile', 'however', 'but']);
const QUOTE_CLOSERS = new Set(['”', '"', '’', "'"]);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where']);

function verbClass(lemma: string): VerbClass | null {
  if (SPEECH_VERBS.has(lemma)) return 'speech';
  if (BARE_SPEECH_VERBS.has(lemma)) return 'bare';
  if (BELIEF_VERBS.has(lemma)) return 'belief';
  if (STANCE_VERBS.has(lemma)) return 'stance';
  if (EVIDENCE_VERBS.has(lemma)) return 'evidence';
  return null;
}

function skipBackOverAuxiliaries(tokens: readonly Token[], j: number, limit: number): number {
  while (j >= limit) {
    const t = tokens[j];
    if (!t) break;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower)) {
      j--;
      continue;
    }
    if (t.pos === 'ADV' && /ly$/.test(t.lower)) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** Drops leading time words a chunk swallowed: "Last week Smith" → "Smith". */
function trimTimeWords(tokens: readonly Token[], chunk: Chunk): Chunk | null {
  let s = chunk.s;
  while (s < chunk.e && TIME_WORDS.has(tokens[s]?.lower ?? '')) s++;
  return TIME_WORDS.has(tokens[s]?.lower ?? '') ? null : { s, e: chunk.e };
}

const acceptsPostModifier = (tokens: readonly Token[]) => (head: Chunk) => {
  const t = tokens[head.e];
  return !!t && (ANONYMOUS_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower));
};

interface Subject {
  chunk: Chunk;
  /** Mention span: the chunk plus any apposition. */
  mentionEnd: number;
  description: string | null;
}

function subjectBefore(view: SentenceView, cue: number): Subject | null {
  const { tokens, first } = view;
  const j = skipBackOverAuxiliaries(tokens, cue - 1, first);
  const at = tokens[j];
  if (!at || j < first || view.quoted(j)) return null;
  if (at.text === ',' || at.text === ')') {
    for (const k of appositiveOpenings(tokens, j, first)) {
      const np = npEndingAt(tokens, k - 1, first);
      if (!np || view.quoted(np.s)) continue;
      const head = tokens[np.e];
      if (!head || !(isCapitalised(head) || ANONYMOUS_HEADS.has(head.lower) || head.pos === 'PRON')) continue;
      if (!looksLikeApposition(tokens, k + 1, j - 1)) continue;
      if (!opensClause(view, np.s)) continue;
      const desc = contentSpan(view, k + 1, j - 1);
      return { chunk: np, mentionEnd: j - 1, description: desc ? desc.text.replace(/^\(|\)$/g, '') : null };
    }
    return null;
  }
  const base = npEndingAt(tokens, j, first);
  if (!base) return null;
  const trimmed = trimTimeWords(tokens, base);
  if (!trimmed) return null;
  const chunk = withPostModifiers(tokens, trimmed, first, acceptsPostModifier(tokens));
  if (!opensClause(view, chunk.s)) return null;
  return { chunk, mentionEnd: chunk.e, description: null };
}

/** A subject must start its clause: at the sentence start, after punctuation, a conjunction or "that". */
function opensClause(view: SentenceView, s: number): boolean {
  if (s <= view.first) return true;
  const prev = view.tokens[s - 1];
  if (!prev) return true;
  return CLAUSE_OPENERS.has(prev.lower) || prev.pos === 'PUNCT' || prev.pos === 'SCONJ' || prev.pos === 'CCONJ';
}

/** "“…,” said Sir Geoffrey Nice, the prosecutor." — the speaker after the verb. */
function subjectAfter(view: SentenceView, cue: number): Subject | null {
  const { tokens, first, lastWord } = view;
  const prev = tokens[cue - 1];
  const inverted = cue === first || (prev && (prev.text === ',' || QUOTE_CLOSERS.has(prev.text)));
  if (!inverted) return null;
  const np = npStartingAt(tokens, cue + 1, lastWord);
  if (!np) return null;
  const head = tokens[np.e];
  if (!head || TIME_WORDS.has(head.lower) || TIME_WORDS.has(tokens[np.s]?.lower ?? '')) return null;
  let mentionEnd = np.e;
  let description: string | null = null;
  if (tokens[np.e + 1]?.text === ',' && np.e + 2 <= lastWord) {
    let k = np.e + 2;
    while (k <= lastWord && tokens[k]?.text !== ',' && !view.quoted(k)) k++;
    if (looksLikeApposition(tokens, np.e + 2, k - 1)) {
      mentionEnd = k - 1;
      description = contentSpan(view, np.e + 2, k - 1)?.text ?? null;
    }
  }
  return { chunk: np, mentionEnd, description };
}

function isInfinitiveOrPassive(tokens: readonly Token[], cue: number, limit: number): boolean {
  let j = cue - 1;
  while (j >= limit && tokens[j]?.pos === 'ADV') j--;
  const prev = tokens[j];
  if (!prev) return false;
  if (prev.lower === 'to') return true;
  const t = tokens[cue];
  return BE_FORMS.has(prev.lower) && !!t && /(ed|en|wn|id|ld|ght)$/.test(t.lower);
}

function isNegated(tokens: readonly Token[], cue: number, limit: number): boolean {
  for (let j = cue - 1; j >= limit && j >= cue - 3; j--) {
    const t = tokens[j];
    if (!t) break;
    if (NEGATIONS.has(t.lower)) return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
  }
  return false;
}

/** "“…,” he continued." — nothing but punctuation or a time phrase follows. */
function endsClause(tokens: readonly Token[], cue: number, lastWord: number): boolean {
  const next = tokens[cue + 1];
  return cue >= lastWord || !next || next.text === ',' || next.text === ':' || TIME_WORDS.has(next.lower);
}

/** Belief verbs are cues only with a clause: "believes that …", "wants to …", "thinks the plan …". */
function takesClause(tokens: readonly Token[], cue: number, lastWord: number): boolean {
  const next = tokens[cue + 1];
  if (!next || cue >= lastWord) return true; // sentence-final: "…, Ukraine believes."
  if (COMPLEMENTIZERS.has(next.lower)) return true;
  if (next.lower === 'to') return tokens[cue + 2]?.pos === 'VERB' || tokens[cue + 2]?.pos === 'AUX';
  if (next.text === ',' || next.text === ':') return true;
  for (let i = cue + 1; i <= Math.min(lastWord, cue + 5); i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && i > cue + 1)) return true;
    if (t.pos === 'ADP' || t.pos === 'PUNCT') return false;
  }
  return false;
}

function mentionOf(view: SentenceView, subject: Subject): Mention {
  const cls = classifyChunk(view.tokens, subject.chunk);
  const span = view.span(subject.chunk.s, subject.mentionEnd);
  return { ...span, kind: cls.kind, pronoun: cls.pronoun, description: subject.description };
}

function isHearsaySubject(view: SentenceView, chunk: Chunk): boolean {
  const head = view.tokens[chunk.e];
  return chunk.s === chunk.e && !!head && HEARSAY_NOUNS.has(head.lower);
}

export function findVerbAttributions(view: SentenceView, used: Set<number>): FoundAttribution[] {
  const { tokens, first, last, lastWord } = view;
  const out: FoundAttribution[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t || used.has(i) || view.quoted(i) || t.pos !== 'VERB') continue;
    let cueEnd = i;
    const particles = PARTICLE_CUES.get(t.lemma);
    if (particles && particles.has(tokens[i + 1]?.lower ?? '')) cueEnd = i + 1;
    else if (PARTICLE_ONLY.has(t.lemma)) continue;
    const cls = cueEnd > i ? 'speech' : verbClass(t.lemma);
    if (!cls) continue;

    if (t.lower.endsWith('ing')) {
      const prev = tokens[i - 1];
      const head = out[out.length - 1];
      if (PARTICIPLE_CUES.has(t.lemma) && prev?.text === ',' && head) {
        const after = scanAfterCue(view, cueEnd, t.lemma);
        const content = after.contentStart === null ? null : contentSpan(view, after.contentStart, lastWord);
        out.push({
          mention: null,
          cue: view.span(i, after.cueEnd),
          content,
          quote: quoteOf(view, content),
          channel: after.channel ?? head.channel,
          kind: head.kind,
          loadedCue: LOADED_CUES.has(t.lemma),
          inherits: head,
          continued: false,
        });
        for (let k = i; k <= after.cueEnd; k++) used.add(k);
      }
      continue;
    }
    if (isInfinitiveOrPassive(tokens, i, first) || isNegated(tokens, i, first)) continue;
    if (cls === 'bare' && !endsClause(tokens, cueEnd, lastWord)) continue;

    const left = subjectBefore(view, i);
    const subject = left ?? (cls === 'speech' || cls === 'bare' ? subjectAfter(view, cueEnd) : null);
    if (!subject) continue;
    if (cls === 'belief' && !takesClause(tokens, cueEnd, lastWord)) continue;
    const mention = mentionOf(view, subject);
    if (cls === 'evidence' && mention.kind !== 'document' && !SPEECH_VERBS.has(t.lemma) && !BELIEF_VERBS.has(t.lemma)) continue;
    if (cls === 'stance' && mention.kind === 'document') continue;

    const after = scanAfterCue(view, cueEnd, t.lemma);
    let content = null;
    if (!left) {
      // Inverted: the content came before the cue.
      content = contentSpan(view, first, i - 1);
    } else if (after.contentStart !== null && after.contentStart > subject.mentionEnd) {
      content = contentSpan(view, after.contentStart, lastWord);
      const before = contentSpan(view, first, subject.chunk.s - 1);
      // "“A,” she said, “B.”" — a quotation on both sides: the content is both parts.
      if (content && before && view.quoted(first) && quoteOf(view, before) !== 'indirect' && tokens[subject.chunk.s - 1]?.text !== 'that') {
        content = { text: view.text.slice(before.start, content.end), start: before.start, end: content.end };
      }
    } else {
      content = contentSpan(view, first, subject.chunk.s - 1);
    }
    const hearsay = isHearsaySubject(view, subject.chunk);
    const channel: Channel | null = SOCIAL_VERBS.has(t.lemma) ? 'social_media' : (after.channel ?? (mention.kind === 'document' ? 'document' : null));
    out.push({
      mention: hearsay ? null : mention,
      cue: hearsay ? view.span(subject.chunk.s, after.cueEnd) : view.span(i, after.cueEnd),
      content,
      quote: quoteOf(view, content),
      channel,
      kind: hearsay ? 'vague' : mention.kind,
      loadedCue: LOADED_CUES.has(t.lemma),
      inherits: null,
      continued: false,
    });
    for (let k = subject.chunk.s; k <= subject.mentionEnd; k++) used.add(k);
    for (let k = i; k <= after.cueEnd; k++) used.add(k);
  }
  return out;
}
