// Whether a sentence's main clause is the writer's own although it holds attributions: every one of them,
// speaker, cue and content, sits in an adverbial clause of sequence or cause ("Holt was arrested in 2022 after a colleague raised concerns.").
import type { FoundAttribution } from './types.js';
import type { SentenceContext } from './index.js';
import { ADVERBIAL_CLAUSE_OPENERS, RAISING_VERBS } from '../lexicon/grammar.js';
import { isVerbal, tokenEndingAt } from '../nlp.js';
import { isQuotedAt } from '../segment.js';

export function mainClauseIsWriters(ctx: SentenceContext, found: readonly FoundAttribution[]): boolean {
  const { tokens, sentence } = ctx;
  if (found.length === 0) return false;
  const quoted = (i: number): boolean => isQuotedAt(sentence, tokens[i]?.start ?? -1);
  // The whole attribution, its speaker too: "A person who spoke … because …, said" is no aside.
  const inside = (span: { start: number; end: number } | null, from: number, to: number): boolean => !span || (span.start >= from && span.end <= to);
  const within = (from: number, to: number): boolean =>
    found.every((f) => !!f.cue && inside(f.cue, from, to) && inside(f.content, from, to) && inside(f.mention, from, to));
  // "The pier seems to have sunk": a raising verb with no one to see it says how things look to the writer.
  if (found.every((f) => !f.mention && !!f.cue && RAISING_VERBS.has(tokens[tokenEndingAt(tokens, f.cue.end) ?? -1]?.lemma ?? ''))) return true;
  const opener = tokens[sentence.first];
  if (opener && ADVERBIAL_CLAUSE_OPENERS.has(opener.lower)) {
    // "After the carrier warned of delays, shares fell": the clause runs to its comma, the main clause after it.
    for (let i = sentence.first + 1; i < sentence.last; i++) {
      if (tokens[i]?.text !== ',' || quoted(i)) continue;
      const end = tokens[i]?.start ?? 0;
      let verb = false;
      for (let k = i + 1; k <= sentence.last; k++) verb ||= isVerbal(tokens[k]?.pos) && !quoted(k);
      return verb && within(opener.start, end);
    }
    return false;
  }
  // "Shares fell after the carrier warned of delays": the clause runs to the sentence's end.
  let verb = false;
  for (let i = sentence.first; i <= sentence.last; i++) {
    const t = tokens[i];
    if (!t || quoted(i)) continue;
    if (verb && ADVERBIAL_CLAUSE_OPENERS.has(t.lower)) return within(t.start, tokens[sentence.last]?.end ?? t.end);
    verb ||= isVerbal(t.pos);
  }
  return false;
}
