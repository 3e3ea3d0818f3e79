// What kind of source a mention names, from its words alone: a person, an organization, an unnamed
// person or group, a document, or a pronoun to resolve later.
import type { Token } from '../nlp.js';
import type { AttributionKind } from '../schema.js';
import { isCapitalised, isPronoun, type Chunk } from './np.js';
import {
  ANONYMOUS_HEADS,
  DOCUMENT_HEADS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACES,
  SOURCE_PRONOUNS,
} from '../lexicon/sources.js';
import { MEDIA_OUTLETS } from '../lexicon/cues.js';

export interface MentionClass {
  kind: AttributionKind;
  pronoun: 'person' | 'thing' | 'group' | null;
}

const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
const PLURAL_PRONOUNS = new Set(['they', 'we']);

export function classifyChunk(tokens: readonly Token[], chunk: Chunk): MentionClass {
  const first = tokens[chunk.s];
  const headIndex = chunk.head ?? chunk.e;
  const head = tokens[headIndex];
  if (!first || !head) return { kind: 'anonymous', pronoun: null };
  if (chunk.s === chunk.e && isPronoun(first)) {
    return { kind: PLURAL_PRONOUNS.has(first.lower) ? 'anonymous' : 'named_person', pronoun: SOURCE_PRONOUNS.get(first.lower) ?? null };
  }
  const words = tokens.slice(chunk.s, headIndex + 1);
  const lowerText = words.map((t) => t.lower).join(' ');
  if (MEDIA_OUTLETS.has(lowerText) && isCapitalised(head)) return { kind: 'named_organization', pronoun: null };
  if (!isCapitalised(head) || head.pos === 'NUM') {
    if (DOCUMENT_HEADS.has(head.lower)) return { kind: 'document', pronoun: null };
    return { kind: 'anonymous', pronoun: null };
  }
  // A capitalised head: a name. Titles alone ("the President") are unnamed people.
  const nameWords = words.filter((t) => isCapitalised(t) && !PERSON_TITLES.has(t.lower));
  if (nameWords.length === 0) return { kind: ANONYMOUS_HEADS.has(head.lower) ? 'anonymous' : 'named_organization', pronoun: null };
  if (ACRONYM.test(head.text) && head.text.length >= 2) return { kind: 'named_organization', pronoun: null };
  if (words.some((t) => ORG_WORDS.has(t.lower))) return { kind: 'named_organization', pronoun: null };
  const nameText = nameWords.map((t) => t.lower).join(' ');
  if (PLACES.has(nameText) || PLACES.has(head.lower)) return { kind: 'named_organization', pronoun: null };
  if (first.lower === 'the') return { kind: 'named_organization', pronoun: null };
  if (DOCUMENT_HEADS.has(head.lower)) return { kind: 'document', pronoun: null };
  return { kind: 'named_person', pronoun: null };
}
