// "expressed deep concern about", "made the case for", "took aim at": a light verb with its stance noun is one cue.
import type { Token } from '../nlp.js';
import { EVENT_NOUNS, LIGHT_VERB_NOUNS, LIGHT_VERB_PREPOSITIONS, MADE_PLAIN_ADJECTIVES, PUBLISHED_NOUNS, PUBLISHING_VERBS } from '../lexicon/light-verbs.js';

/** Modifiers allowed between the verb and its noun: "a strong", "deep", "no", "a consistent and outspoken". */
const MAX_MODIFIERS = 4;
const isModifier = (t: Token): boolean =>
  t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === 'and' || (t.pos === 'ADV' && t.lower !== 'not');

/** Demonstratives point back at words already reported: "made these remarks" adds no new attribution. */
const POINTING_BACK = new Set(['this', 'these', 'that', 'those', 'such']);

/** The last token of a light-verb cue that starts with the verb at `i`, or null when there is none. */
export function lightVerbCueEnd(tokens: readonly Token[], i: number, limit: number): number | null {
  const verb = tokens[i];
  if (verb?.lemma === 'make') {
    const plain = madePlainEnd(tokens, i);
    if (plain !== null) return plain;
  }
  const nouns = verb ? LIGHT_VERB_NOUNS.get(verb.lemma) : undefined;
  if (!nouns) return null;
  let k = i + 1;
  for (let m = 0; m < MAX_MODIFIERS; m++) {
    const t = tokens[k];
    if (!t || k >= limit || nouns.has(t.lemma) || !isModifier(t)) break;
    if (POINTING_BACK.has(t.lower) || (t.lower === 'the' && EVENT_NOUNS.has(tokens[k + 1]?.lemma ?? ''))) return null;
    k++;
  }
  const noun = tokens[k];
  if (!noun || k > limit || noun.pos === 'VERB' || !nouns.has(noun.lemma)) return null;
  const prep = tokens[k + 1];
  return prep && k + 1 < limit && LIGHT_VERB_PREPOSITIONS.has(prep.lower) ? k + 1 : k;
}

/** "made it clear that", "has made plain": the adjective closes the cue when a clause or its end follows. */
function madePlainEnd(tokens: readonly Token[], i: number): number | null {
  const k = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  const adjective = tokens[k];
  if (!adjective || !MADE_PLAIN_ADJECTIVES.has(adjective.lower)) return null;
  const next = tokens[k + 1];
  return !next || next.lower === 'that' || next.text === ':' || (next.pos === 'PUNCT' && k > i + 1) ? k : null;
}

/** The document after a publishing verb at `i` ("sent a fundraising email", "ran a TV spot"), or null. Nouns may
 * stand before it as a compound. */
export function publishedDocumentAt(tokens: readonly Token[], i: number, limit: number): number | null {
  if (!PUBLISHING_VERBS.has(tokens[i]?.lemma ?? '')) return null;
  for (let k = i + 1; k <= limit && k <= i + 1 + MAX_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.pos === 'NOUN' && PUBLISHED_NOUNS.has(t.lemma)) return k;
    if (!isModifier(t) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  }
  return null;
}
