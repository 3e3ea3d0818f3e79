// "expressed deep concern about", "made the case for", "took aim at": a light verb with its stance noun is one cue.
import type { Token } from '../nlp.js';
import { EVENT_NOUNS, LIGHT_VERB_NOUNS, LIGHT_VERB_PREPOSITIONS } from '../lexicon/light-verbs.js';

/** Modifiers allowed between the verb and its noun: "a strong", "deep", "no", "little", "serious new". */
const MAX_MODIFIERS = 3;
const isModifier = (t: Token): boolean => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'ADV' && t.lower !== 'not');

/** Demonstratives point back at words already reported: "made these remarks" adds no new attribution. */
const POINTING_BACK = new Set(['this', 'these', 'that', 'those', 'such']);

/** The last token of a light-verb cue that starts with the verb at `i`, or null when there is none. */
export function lightVerbCueEnd(tokens: readonly Token[], i: number, limit: number): number | null {
  const verb = tokens[i];
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
