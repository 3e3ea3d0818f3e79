// What kind of source a mention names, from its words alone: a person, an organization, an unnamed
// person or group, a document, or a pronoun to resolve later. Evidence from the rest of the article
// ("Veltrac Communications, a firm …") is weighed later, when sources are resolved.
import type { Token } from '../nlp.js';
import type { AttributionKind } from '../schema.js';
import { isCapitalised, isPronoun, type Chunk } from './np.js';
import {
  ANONYMOUS_HEADS,
  COMPANY_NOUNS,
  DOCUMENT_HEADS,
  GENERIC_MODIFIERS,
  HONORIFICS,
  INSTITUTION_HEADS,
  ORG_WORDS,
  PARTY_MEMBER_NOUNS,
  PERSON_TITLES,
  PLACES,
  POST_NOMINALS,
  SOURCE_PRONOUNS,
  UNIQUE_BODIES,
} from '../lexicon/sources.js';
import { MEDIA_OUTLETS } from '../lexicon/cues.js';
import { NAME_JOINERS, POSSESSIVE_MARKS } from '../lexicon/grammar.js';

export interface MentionClass {
  kind: AttributionKind;
  pronoun: 'person' | 'thing' | 'group' | null;
}

const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
const PLURAL_PRONOUNS = new Set(['they', 'we']);
const DEFINITE = new Set(['the', 'this', 'that']);

const org: MentionClass = { kind: 'named_organization', pronoun: null };
const anonymous: MentionClass = { kind: 'anonymous', pronoun: null };

export function classifyChunk(tokens: readonly Token[], chunk: Chunk): MentionClass {
  const first = tokens[chunk.s];
  const headIndex = chunk.head ?? beforeParenthesis(tokens, chunk.s, chunk.e);
  const head = tokens[headIndex];
  if (!first || !head) return anonymous;
  if (chunk.s === chunk.e && isPronoun(first)) {
    return { kind: PLURAL_PRONOUNS.has(first.lower) ? 'anonymous' : 'named_person', pronoun: SOURCE_PRONOUNS.get(first.lower) ?? null };
  }
  const words = tokens.slice(chunk.s, headIndex + 1);
  // "the Ohio Republican": a person described by party, for resolution to find by name.
  if (first.lower === 'the' && headIndex > chunk.s && PARTY_MEMBER_NOUNS.has(head.lower)) return anonymous;
  const lowerText = words.map((t) => t.lower).join(' ');
  if (MEDIA_OUTLETS.has(lowerText) && isCapitalised(head)) return org;
  // "No 10 said": a seat of government named by its number.
  if (PLACES.has(lowerText) && isCapitalised(first)) return org;
  const modifiers = words.slice(0, -1);
  if (!isCapitalised(head) || head.pos === 'NUM') {
    if (DOCUMENT_HEADS.has(head.lower)) return { kind: 'document', pronoun: null };
    if (INSTITUTION_HEADS.has(head.lower) && namesAnInstitution(modifiers)) return org;
    if (UNIQUE_BODIES.has(head.lower) && modifiers.length === 1 && first.lower === 'the') return org;
    return anonymous;
  }
  // A capitalised head: a name, the capitalised run at the end ("Board member Rev. James Whitaker"). A
  // business noun before it makes it an organization ("shipping group Nordlinie").
  let runStart = headIndex;
  while (runStart - 1 >= chunk.s && isNamePart(tokens, runStart - 1)) runStart--;
  const descriptor = runStart - 1 >= chunk.s ? tokens[runStart - 1] : undefined;
  if (descriptor && (COMPANY_NOUNS.has(descriptor.lower) || INSTITUTION_HEADS.has(descriptor.lower))) return org;
  const fullRun = tokens.slice(runStart, headIndex + 1);
  // After a title the name is a person's: "Harbour Board Press Secretary Lena Voss", "Secretary of State
  // Ana Ortiz"; unless nothing but a body's name follows ("Department of Health and Social Care").
  let lastTitle = -1;
  fullRun.forEach((t, i) => {
    if (PERSON_TITLES.has(t.lower)) lastTitle = i;
  });
  const afterTitle = fullRun.slice(lastTitle + 1);
  const titled = lastTitle >= 0 && afterTitle.length > 0 && isCapitalised(afterTitle[0] ?? head) && !POSSESSIVE_MARKS.has(afterTitle[0]?.text ?? '');
  const run = titled ? afterTitle : fullRun;
  // Titles alone ("the President") are unnamed people; quantifiers are not names ("Many Democrats").
  const nameWords = run.filter((t) => isCapitalised(t) && !PERSON_TITLES.has(t.lower) && !QUANTIFIERS.has(t.lower));
  if (nameWords.length === 0) {
    // "Mr. King": after a courtesy title the last word is a name, even one that is also a title.
    if (run.length > 1 && HONORIFICS.has(run[run.length - 2]?.lower ?? '')) return { kind: 'named_person', pronoun: null };
    return ANONYMOUS_HEADS.has(head.lower) ? anonymous : org;
  }
  // "Prosecutors say", "People close to Mr Fairbrother said": a common noun capitalised only because it
  // opens the sentence.
  if (nameWords.length === 1 && nameWords[0] === head && ANONYMOUS_HEADS.has(head.lower) && !INSTITUTION_HEADS.has(head.lower)) {
    return anonymous;
  }
  // "Priya Chandran MP", "John Ames Jr.": a title after the name.
  if (POST_NOMINALS.has(head.lower) && nameWords.length > 0) return { kind: 'named_person', pronoun: null };
  if (ACRONYM.test(head.text) && head.text.length >= 2) return org;
  if (run.some((t) => ORG_WORDS.has(t.lower))) return org;
  // People's names do not go "X of Y": "Citizens for Tax Justice", "Bank of Ireland".
  if (run.some((t, i) => (t.lower === 'of' || t.lower === 'for') && i > 0 && i < run.length - 1)) return org;
  const nameText = nameWords.map((t) => t.lower).join(' ');
  if (PLACES.has(nameText) || PLACES.has(head.lower)) return org;
  if (first.lower === 'the' && !titled) return org;
  if (DOCUMENT_HEADS.has(head.lower)) return { kind: 'document', pronoun: null };
  return { kind: 'named_person', pronoun: null };
}

/** The last token before a parenthesis: "Rep. Dana Holt (D-Ore.)" is headed by Holt. */
export function beforeParenthesis(tokens: readonly Token[], s: number, e: number): number {
  for (let i = s + 1; i <= e; i++) if (tokens[i]?.text === '(') return i - 1;
  return e;
}

const QUANTIFIERS = new Set(['another', 'many', 'some', 'several', 'few', 'most', 'other', 'others', 'all', 'both', 'more', 'two', 'three', 'four', 'five', 'top', 'senior', 'leading', 'fellow', 'prominent']);

function isNamePart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isCapitalised(t) || POSSESSIVE_MARKS.has(t.text)) return true;
  return NAME_JOINERS.has(t.lower) && isCapitalised(tokens[i - 1] ?? t) && isCapitalised(tokens[i + 1] ?? t);
}

/**
 * Whether the words before a lowercase institution noun make it one particular body: a name ("the NWG
 * union", "Gov. Ellen Marsh's office") or a definite description ("the defence ministry", "the federal
 * statistics office"). A bare "the company" or "a local council" is left for resolution to decide.
 */
function namesAnInstitution(modifiers: readonly Token[]): boolean {
  if (modifiers.length === 0) return false;
  const rest = modifiers.slice(1);
  const isName = (t: Token, i: number) =>
    isCapitalised(t) && !PERSON_TITLES.has(t.lower) && t.pos !== 'DET' && t.pos !== 'PRON' && (t.pos === 'PROPN' || i > 0);
  if (modifiers.some(isName)) return true;
  const opener = modifiers[0];
  if (!opener || !DEFINITE.has(opener.lower) || rest.length === 0) return false;
  return rest.every((t) => (t.pos === 'NOUN' || t.pos === 'ADJ') && !POSSESSIVE_MARKS.has(t.text) && !GENERIC_MODIFIERS.has(t.lower));
}
