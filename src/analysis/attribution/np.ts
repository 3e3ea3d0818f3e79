// Noun-phrase chunks around a cue, from parts of speech: the subject left of a verb ("Sir Geoffrey Nice,
// chief prosecutor …, said"), the phrase after "according to", the speaker after an inverted "said".
import { isCapitalised, type Token } from '../nlp.js';
import { SOURCE_PRONOUNS } from '../lexicon/sources.js';
import { POSSESSIVE_MARKS } from '../lexicon/grammar.js';
import { STATE_NAMES } from '../lexicon/places.js';

export interface Chunk {
  /** First and last token, inclusive. */
  s: number;
  e: number;
  /** The head noun when it is not the last token: "people [familiar with the matter]". */
  head?: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
const DETERMINER_WORDS = new Set([
  'the', 'a', 'an', 'some', 'several', 'many', 'most', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'another',
  'other', 'both', 'all', 'each', 'every', 'no', 'few', 'one', 'neither', 'either', 'dozens', 'hundreds', 'thousands', 'numerous',
]);
/** Words that can stand alone as a group source: "some say", "others argue", "many believe". */
const BARE_GROUP = new Set(['some', 'others', 'many', 'most', 'few', 'several', 'both', 'all', 'everyone', 'someone', 'somebody', 'nobody', 'none', 'those', 'neither']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'von', 'van', 'der', 'al', 'bin', 'la', 'le', 'du']);
/** Prepositions that attach a post-modifier to a source: "people familiar with …", "a spokesman for …". */
const POSTMOD_PREPS = new Set(['with', 'to', 'at', 'in', 'of', 'for', 'from', 'on', 'inside', 'within', 'close', 'near']);
export const POSTMOD_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'speaking', 'sympathetic', 'loyal', 'opposed']);
const DASHES = new Set(['-', '–', '—']);
const MAX_PHRASE_TOKENS = 16;

export { isCapitalised };
export const isPronoun = (t: Token): boolean => SOURCE_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.lower === 'who' || t.lower === 'which');

/** Words wink often tags as adjectives where they head a noun phrase: "the polling average", "an official". */
const NOMINAL_ADJECTIVES = new Set(['average', 'total', 'majority', 'minority', 'official', 'officials', 'executive', 'representative', 'democrat', 'republican', 'independent', 'conservative', 'liberal']);

function isNominal(t: Token): boolean {
  if (NOMINAL.has(t.pos) || (t.pos === 'ADJ' && NOMINAL_ADJECTIVES.has(t.lower))) return true;
  // wink sometimes tags capitalised name parts as ADJ or X ("Serbian", "ICC").
  return isCapitalised(t) && (t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB');
}

/** "Another said": "another" alone before a verb in the past, not "one after another" nor "another challenge". */
function anotherSpeaks(tokens: readonly Token[], e: number): boolean {
  const verb = tokens[e + 1];
  return tokens[e]?.lower === 'another' && verb?.pos === 'VERB' && verb.lower !== verb.lemma && !SEQUENCE_WORDS.has(tokens[e - 1]?.lower ?? '');
}

const SEQUENCE_WORDS = new Set(['after', 'to', 'from', 'upon']);

/** An adjective right after a determiner or a possessive heads its phrase: "the brief said", "the accused told". */
function adjectiveAsHead(tokens: readonly Token[], e: number): boolean {
  if (tokens[e]?.pos !== 'ADJ') return false;
  // "the longtime socialist said", "the self-described socialist has": other modifiers may come between.
  let k = e - 1;
  while (k > e - MAX_HEAD_MODIFIERS && (tokens[k]?.pos === 'ADJ' || hyphenatedAt(tokens, k))) k -= tokens[k]?.pos === 'ADJ' ? 1 : 3;
  const before = tokens[k];
  return !!before && (before.pos === 'DET' || POSSESSIVE_MARKS.has(before.text));
}

const MAX_HEAD_MODIFIERS = 5;

/** "self-described" written as three tokens ending at `k`, with no space around the hyphen. */
export const hyphenatedAt = (tokens: readonly Token[], k: number): boolean =>
  DASHES.has(tokens[k - 1]?.text ?? '') && tokens[k - 1]?.start === tokens[k - 2]?.end && tokens[k - 1]?.end === tokens[k]?.start;

/** "Sixty-two": a number written as three tokens ending at `k` starts at its first part. */
function compoundNumberStart(tokens: readonly Token[], k: number, floor: number): number {
  return tokens[k]?.pos === 'NUM' && tokens[k - 2]?.pos === 'NUM' && k - 2 >= floor && hyphenatedAt(tokens, k) ? k - 2 : k;
}

/** The noun phrase that ends at token `e` (inclusive), reaching no further left than `limit`. */
export function npEndingAt(tokens: readonly Token[], e: number, limit: number): Chunk | null {
  const last = tokens[e];
  if (!last || e < limit) return null;
  if (isPronoun(last) || BARE_GROUP.has(last.lower) || anotherSpeaks(tokens, e)) return { s: e, e };
  // "Those close to [him]": an object pronoun ends the phrase a post-modifier hangs on.
  if (OBJECT_PRONOUNS.has(last.lower) && tokens[e - 1]?.pos === 'ADP') return { s: e, e };
  if (!isNominal(last) && !adjectiveAsHead(tokens, e)) return null;
  let s = e;
  // No noun phrase is longer than this; the bound keeps pathological text linear.
  const floor = Math.max(limit, e - MAX_PHRASE_TOKENS);
  while (s - 1 >= floor) {
    const p = tokens[s - 1];
    if (!p) break;
    // "No 10", "No. 10": a number's name, not a negative determiner.
    if (p.lower === 'no' && isCapitalised(p) && tokens[s]?.pos === 'NUM') {
      s--;
      continue;
    }
    if (DETERMINER_WORDS.has(p.lower) && ((!isCapitalised(tokens[s] ?? p) && p.pos !== 'PROPN') || p.pos === 'DET' || p.pos === 'PRON' || p.pos === 'NUM')) {
      s = compoundNumberStart(tokens, s - 1, floor);
      break;
    }
    if (isNominal(p) || p.pos === 'ADJ' || (p.pos === 'ADV' && /ly$/.test(p.lower) === false && tokens[s]?.pos === 'ADJ')) {
      s--;
      continue;
    }
    // A participle before the noun: "restructuring experts", "elected officials"; or a word wink reads as a
    // verb inside a noun phrase: "a health think tank".
    const beforeP = tokens[s - 2];
    const participle = /(ing|ed)$/.test(p.lower) && (!beforeP || !(isNominal(beforeP) || beforeP.pos === 'PRON'));
    // Only a bare form can be a noun in disguise ("think tank", "state attorney general"), not "said".
    const sandwiched = !!beforeP && (beforeP.pos === 'NOUN' || beforeP.pos === 'ADJ' || beforeP.pos === 'PROPN') && !isCapitalised(p) && p.lower === p.lemma;
    if (p.pos === 'VERB' && tokens[s]?.pos === 'NOUN' && (participle || sandwiched)) {
      s--;
      continue;
    }
    if (POSSESSIVE_MARKS.has(p.text) && s - 2 >= limit && isNominal(tokens[s - 2] ?? p)) {
      s -= 2;
      continue;
    }
    if (NAME_JOINERS.has(p.lower) && isCapitalised(tokens[s] ?? p) && s - 2 >= limit && isCapitalised(tokens[s - 2] ?? p)) {
      s -= 2;
      continue;
    }
    // "Reuters/Ipsos", "ABC/Ledger": joint names of pollsters and outlets.
    if (p.text === '/' && p.start === (tokens[s - 2]?.end ?? -1) && p.end === tokens[s]?.start && isCapitalised(tokens[s - 2] ?? p) && isCapitalised(tokens[s] ?? p)) {
      s -= 2;
      continue;
    }
    // "the self-described socialist": a hyphenated modifier ending in a participle.
    if (p.pos === 'VERB' && hyphenatedAt(tokens, s - 1) && s - 3 >= floor) {
      s -= 3;
      continue;
    }
    if (hyphenatedAt(tokens, s)) {
      // Hyphenated modifiers written as separate tokens: "pro-war groups".
      s -= 2;
      continue;
    }
    break;
  }
  // A phrase that starts with a possessive ending is not a subject ("’s forces").
  if (POSSESSIVE_MARKS.has(tokens[s]?.text ?? '')) return null;
  return { s, e };
}

/** Extends a chunk leftwards over post-modifiers: "people familiar with [the matter]". */
export function withPostModifiers(tokens: readonly Token[], chunk: Chunk, limit: number, accept: (head: Chunk) => boolean): Chunk {
  let best = chunk;
  let s = chunk.s;
  for (let depth = 0; depth < 3; depth++) {
    const prep = tokens[s - 1];
    if (!prep || s - 1 <= limit || !POSTMOD_PREPS.has(prep.lower)) break;
    let headEnd = s - 2;
    const adj = tokens[headEnd];
    if (adj && POSTMOD_ADJECTIVES.has(adj.lower)) {
      headEnd--;
      // "experts not involved in the study"
      if (tokens[headEnd]?.lower === 'not') headEnd--;
    }
    const head = npEndingAt(tokens, headEnd, limit);
    if (!head) break;
    if (accept(head)) best = { s: head.s, e: chunk.e, head: head.e };
    s = head.s;
  }
  return best;
}

/** The noun phrase that starts at token `s`, reaching no further right than `limit`. */
export function npStartingAt(tokens: readonly Token[], s: number, limit: number): Chunk | null {
  const first = tokens[s];
  if (!first || s > limit) return null;
  if (isPronoun(first)) return { s, e: s };
  // "dozens of unions", "many of the experts": a quantity word and its partitive are one phrase.
  if (DETERMINER_WORDS.has(first.lower) && first.pos !== 'DET' && tokens[s + 1]?.lower === 'of') {
    const whole = npStartingAt(tokens, s + 2, limit);
    return whole ? { s, e: whole.e } : null;
  }
  let e = s;
  if (DETERMINER_WORDS.has(first.lower) || first.pos === 'DET') {
    if (s + 1 > limit) return null;
    e = s + 1;
  }
  let sawNominal = false;
  for (let i = e; i <= limit; i++) {
    const t = tokens[i];
    if (!t) break;
    if (isNominal(t) || t.pos === 'ADJ') {
      sawNominal ||= isNominal(t);
      e = i;
      continue;
    }
    // Participles used as adjectives: "an emailed statement", "court documents" (wink: court/VERB).
    const before = tokens[i - 1];
    const modifierSlot = i === s || before?.pos === 'DET' || before?.pos === 'ADJ';
    if (t.pos === 'VERB' && modifierSlot && !t.lower.endsWith('ing') && tokens[i + 1]?.pos === 'NOUN' && i + 1 <= limit && !isCapitalised(t)) {
      e = i;
      continue;
    }
    if (POSSESSIVE_MARKS.has(t.text) && i > s) {
      e = i;
      continue;
    }
    // "Holtz-Eakin" written as three tokens with no space around the hyphen.
    const next = tokens[i + 1];
    if (t.text === '-' && i > s && next && i + 1 <= limit && t.start === tokens[i - 1]?.end && t.end === next.start && isNominal(next)) {
      e = i;
      continue;
    }
    if (t.text === '/' && i > s && next && i + 1 <= limit && t.start === tokens[i - 1]?.end && t.end === next.start && isCapitalised(tokens[i - 1] ?? t) && isCapitalised(next)) {
      e = i;
      continue;
    }
    if (NAME_JOINERS.has(t.lower) && isCapitalised(tokens[i - 1] ?? t) && isCapitalised(tokens[i + 1] ?? t) && i + 1 <= limit) {
      e = i;
      continue;
    }
    break;
  }
  return sawNominal ? { s, e } : null;
}

/** Token index of the matching opening comma (or dash) of an appositive that ends at `close`. */
export function appositiveOpenings(tokens: readonly Token[], close: number, limit: number, closer = ',', skipPlaces = false): number[] {
  const out: number[] = [];
  const dash = closer !== ',' && closer !== ')';
  for (let k = close - 1; k > limit && out.length < 3; k--) {
    const t = tokens[k];
    if (!t) break;
    if (dash ? t.text === closer : (t.text === ',' && !(skipPlaces && isPlaceComma(tokens, k))) || t.text === '(') out.push(k);
    if (t.text === ';' || t.text === '“' || t.text === '”' || t.text === '"') break;
  }
  return out;
}

/** The last token of a state's name that starts at `k` ("Fla.", "New York"), or -1. */
function stateEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || !isCapitalised(t)) return -1;
  if (STATE_NAMES.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) return k + 1;
  return STATE_NAMES.has(t.lower) ? k : -1;
}

const PLACE_CLOSERS = new Set([',', '.', ';', ':', ')']);

/** "Dover, Del., who …": a comma between a city and its state, or the one closing the state. */
function isPlaceComma(tokens: readonly Token[], k: number): boolean {
  const city = (c: number) => !!tokens[c] && isCapitalised(tokens[c] as Token);
  const end = stateEnd(tokens, k + 1);
  const after = tokens[end + 1];
  const closes = !after || PLACE_CLOSERS.has(after.text) || (!isCapitalised(after) && !POSSESSIVE_MARKS.has(after.text));
  if (city(k - 1) && end > k && closes) return true;
  for (const s of [k - 1, k - 2]) if (stateEnd(tokens, s) === k - 1 && tokens[s - 1]?.text === ',' && city(s - 2)) return true;
  return false;
}

/** Whether the tokens between two commas read as an apposition ("an adviser to …", "R-Calif.", "who …"). */
export function looksLikeApposition(tokens: readonly Token[], s: number, e: number): boolean {
  const first = tokens[s];
  if (!first || e < s) return false;
  if (first.lower === 'who' || first.lower === 'whose' || first.lower === 'which') return true;
  if (first.pos === 'VERB' && first.lower.endsWith('ing')) return true; // "Okafor, opening the bridge on Saturday, said"
  if (first.pos === 'ADP') return true; // "Dana Wilson, of Millbrook, said"; "Okafor, at a later briefing, said"
  if (tokens[s - 1]?.text === '(' && e - s < 3) return true; // "(D)", "(R-S.C.)", "(pictured)"
  if (first.lower === 'including' || first.lower === 'like' || first.lower === 'among' || (first.lower === 'such' && tokens[s + 1]?.lower === 'as')) return true;
  if (!(first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'NUM' || first.pos === 'PRON' || first.lower === 'former' || first.pos === 'ADV')) {
    return false;
  }
  // An apposition describes; a clause with its own finite verb right after the subject does not.
  for (let i = s; i <= e; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i === s + 1 && t.pos === 'AUX') return false;
  }
  return true;
}
