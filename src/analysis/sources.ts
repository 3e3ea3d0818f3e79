// Resolves source mentions across the article into one canonical source per real speaker:
// "Anton Gerashchenko" = "Gerashchenko"; "Sir Geoffrey Nice" = "Sir Geoffrey" = "He"; "the ICC" =
// "International Criminal Court" = "It"; "Corvane Systems" = "the company"; "a company spokesman" =
// "the spokesman"; "the Ministry of Defence" = "the defence ministry".
import { isCapitalised, isLowercase, isPluralCommonNoun, isVerbal, startsWithCapital, tokenStartingAt, type Token } from './nlp.js';
import { isQuotedAt, type Sentence } from './segment.js';
import type { Attribution, AttributionKind, Channel, Source, SourceRef, Span } from './schema.js';
import type { FoundAttribution, Mention } from './attribution/types.js';
import { npEndingAt, npStartingAt } from './attribution/np.js';
import { beforeParenthesis, classifyChunk } from './attribution/classify.js';
import { MEDIA_OUTLETS } from './lexicon/cues.js';
import {
  genderOfFirstName,
  genderOfTitles,
  indexNames,
  initialsOf,
  isAttachedJoiner,
  NAME_PARTICLES,
  wordsBetween,
  type Gender,
  type NameIndex,
} from './names.js';
import {
  ANONYMOUS_HEADS,
  COMPANY_NOUNS,
  FEMALE_TITLES,
  HONORIFICS,
  HONORIFICS_WITH_FIRST_NAME,
  INSTITUTION_HEADS,
  MALE_TITLES,
  MEDIA_NOUNS,
  PARTY_MEMBER_NOUNS,
  PERSON_TRADE_NOUNS,
  PERSON_TITLES,
  PLACE_WORDS,
  PLACES,
  PUBLIC_BODY_WORDS,
  TITLE_ABBREVIATIONS,
} from './lexicon/sources.js';
import { mapPresent } from './arrays.js';
import { NAME_JOINERS, POSSESSIVE_MARKS } from './lexicon/grammar.js';

export interface ResolvedSources {
  sources: Source[];
  /** Per sentence, the attributions with their canonical source. */
  resolved: Attribution[][];
}

interface Entry {
  source: Source;
  keys: string[];
  claimSentences: Set<number>;
  plural: boolean;
  /** Lowercase words of an unnamed source's noun phrase, for "the spokesman" = "a company spokesman". */
  heads: string[];
}

interface Candidate {
  entry: Entry | null;
  name: string;
  kind: AttributionKind;
  /** Identity keys; the first is the primary one. */
  keys: string[];
  plural: boolean;
  /** An organization that "the company" can refer back to: not a public body. */
  company: boolean;
  heads: string[];
  /** A descriptor written before the name: "Economy minister" Katrin Vollmer, "Shipping group" Nordlinie. */
  description: string | null;
}

/** A source or subject a later pronoun or "the company" may refer to. */
interface Salient {
  /** With the entry it resolved to, if any. */
  cand: Candidate;
  sentence: number;
  /** Token where the mention starts, to order mentions within a sentence. */
  at: number;
}

// Spelled out rather than spread: this runs for every mention, and a spread copy is several times slower.
const candidateWith = (c: Candidate, entry: Entry | null, description: string | null): Candidate => ({
  entry,
  name: c.name,
  kind: c.kind,
  keys: c.keys,
  plural: c.plural,
  company: c.company,
  heads: c.heads,
  description,
});

const ACRONYM = /^\p{Lu}[\p{Lu}&]+$/u;
const INITIAL_SKIP = new Set(['of', 'the', 'for', 'and', 'on', '&', 'de']);
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
const MAX_PRONOUN_DISTANCE = 6;
/** How far back a plain mention of a person ("For Mrs Calder, …") may be a pronoun's antecedent. */
const MAX_MENTION_DISTANCE = 2;
/** How far back "the company" or "the spokesman" may reach for what it refers to. */
const MAX_BACK_REFERENCE = 40;

const capitalisedAt = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return !!t && isCapitalised(t);
};
/** Words after a person's name that start something else: "Ana Ortiz of the Coastal Party". */
const PERSON_BOUNDARIES = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'and', '&', 'on']);
const lowerWords = (name: string) => name.toLowerCase().split(/[\s’']+/).filter(Boolean);

const isPlural = (noun: string) => (/s$/.test(noun) && !/ss$/.test(noun)) || noun === 'people' || noun === 'police';

/** "spokesman", "spokeswoman" and "spokesperson" refer to the same unnamed source. */
const normalHead = (w: string) => (/^spokes(man|woman|person)$/.test(w) ? 'spokesperson' : w);

/**
 * A person's canonical name: the words after the last title ("Coastal State Gov. Ana Ortiz" → Ana
 * Ortiz), completed from the article's fullest form of it ("Whitfield" → Dana Whitfield).
 */
function personName(words: readonly string[], honorific: boolean, names: NameIndex): { name: string; key: string } {
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (PERSON_TITLES.has(w.toLowerCase())) lastTitle = i;
  });
  const plain = words.map((w) => w.replace(/[’']s$/, ''));
  // "Mr. King": a title word right after a courtesy title is the name.
  if (lastTitle === plain.length - 1 && lastTitle > 0 && HONORIFICS.has(plain[lastTitle - 1]?.toLowerCase() ?? '')) lastTitle--;
  const afterTitle = plain.slice(lastTitle + 1);
  const bare = afterTitle.length > 0 && startsWithCapital(afterTitle[0] ?? '') ? afterTitle : plain.filter((w) => !PERSON_TITLES.has(w.toLowerCase()));
  const best = bare.length ? names.fullestPersonName(bare, honorific && bare.length === 1) : [...words];
  const name = best.join(' ');
  const last = (best[best.length - 1] ?? name).toLowerCase();
  // Two people who share a surname ("Loretta Lynch", "Stephen Lynch") stay apart.
  return { name, key: names.isSharedSurname(last) ? `person:${name.toLowerCase()}` : `person:${last}` };
}

/** Identity keys of an organization: its initials, its content words in any order, an acronym it contains. */
function organizationKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  const acronym = words.find((w) => ACRONYM.test(w));
  if (words.length === 1) keys.push(`org:${(words[0] ?? '').toLowerCase()}`);
  else {
    // Lowercase descriptions have no initials ("the school district"): an empty key would merge them all.
    const initials = initialsOf(words);
    if (initials.length > 1) keys.push(`org:${initials.toLowerCase()}`);
    const bag = words.map((w) => w.toLowerCase().replace(/[’']s$/, '')).filter((w) => !INITIAL_SKIP.has(w)).sort();
    keys.push(`org:bag:${bag.join(' ')}`);
    // "the NWG union" = "the NWG": an acronym with only common nouns beside it.
    if (acronym && words.every((w) => w === acronym || !startsWithCapital(w))) keys.push(`org:${acronym.toLowerCase()}`);
  }
  return keys;
}

/** A public body or a news outlet: never what "the company" refers back to. */
function isPublicBody(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const name = lower.join(' ');
  return lower.some((w) => PUBLIC_BODY_WORDS.has(w)) || PLACES.has(name) || MEDIA_OUTLETS.has(name) || MEDIA_OUTLETS.has(`the ${name}`);
}

function groupName(text: string): { name: string; key: string } {
  const name = text.replace(/\s+/g, ' ').trim();
  const key = name.toLowerCase().replace(/^(a|an|the|some)\s+/, '');
  return { name, key: `group:${key}` };
}

interface NameSpan {
  /** First token of the name; the name ends where the mention's head does, or before "of …". */
  from: number;
  to: number;
  titles: string[];
}

/**
 * A person's name inside a mention: after a possessor ("Veltrac's chairman" names the chairman), before
 * "of/for/at …" ("Ana Ortiz of the Coastal Party"), the capitalised run at the end ("Economy
 * minister Katrin Vollmer"), with the titles before it.
 */
function personSpan(tokens: readonly Token[], s: number, e: number): NameSpan | null {
  let first = s;
  for (let i = s; i <= e; i++) if (POSSESSIVE_MARKS.has(tokens[i]?.text ?? '')) first = i + 1;
  let to = e;
  let named = false;
  for (let i = first; i <= e; i++) {
    const t = tokens[i];
    if (!t) break;
    if (isCapitalised(t) && !PERSON_TITLES.has(t.lower)) named = true;
    if (named && i > first && PERSON_BOUNDARIES.has(t.lower)) {
      to = i - 1;
      break;
    }
  }
  let from = to + 1;
  for (let i = to; i >= first; i--) {
    const t = tokens[i];
    if (!t) break;
    const inside = from <= to && (NAME_PARTICLES.has(t.lower) || isAttachedJoiner(tokens, i));
    if (isCapitalised(t) || inside) from = i;
    else break;
  }
  while (from <= to && (tokens[from]?.lower === 'the' || NAME_PARTICLES.has(tokens[from]?.lower ?? ''))) from++;
  if (from > to) return null;
  const titles: string[] = [];
  for (let i = from; i <= to && PERSON_TITLES.has(tokens[i]?.lower ?? ''); i++) titles.push(tokens[i]?.lower ?? '');
  for (let i = first; i < from; i++) if (MALE_TITLES.has(tokens[i]?.lower ?? '') || FEMALE_TITLES.has(tokens[i]?.lower ?? '')) titles.push(tokens[i]?.lower ?? '');
  return { from, to, titles };
}

/**
 * An organization's name inside a mention: from its first capitalised word after any possessor, or after a
 * business noun written before it ("shipping group Nordlinie"); titles stay ("White House").
 */
function organizationSpan(tokens: readonly Token[], s: number, e: number): NameSpan | null {
  let from = s;
  for (let i = s; i <= e; i++) if (POSSESSIVE_MARKS.has(tokens[i]?.text ?? '')) from = i + 1;
  while (from <= e && !(capitalisedAt(tokens, from) && tokens[from]?.lower !== 'the')) from++;
  for (let i = from + 1; i < e; i++) {
    const t = tokens[i];
    if (t && !isCapitalised(t) && (COMPANY_NOUNS.has(t.lower) || INSTITUTION_HEADS.has(t.lower)) && isCapitalised(tokens[i + 1] ?? t)) from = i + 1;
  }
  return from > e ? null : { from, to: e, titles: [] };
}

export function resolveSources(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  found: readonly FoundAttribution[][],
): ResolvedSources {
  const tokenAt = (offset: number): number | undefined => tokenStartingAt(tokens, offset);
  const names = indexNames(tokens, sentences);
  const genderByKey = new Map<string, Gender>();
  for (const run of names.runs) {
    if (!run.gender) continue;
    const honorific = HONORIFICS_WITH_FIRST_NAME.has(run.titles[0] ?? '');
    genderByKey.set(personName(run.words, honorific, names).key, run.gender);
  }
  const surnameUsedAlone = new Set<string>();
  for (const run of names.runs) if (run.words.length === 1) surnameUsedAlone.add(run.lower[0] ?? '');
  const entries = new Map<string, Entry>();
  const order: Entry[] = [];
  const refOf = new Map<FoundAttribution, Entry | null>();
  // Most recent last: sources and sentence subjects that a pronoun or "the company" may refer to.
  const salient: Salient[] = [];

  const entryFor = (c: Candidate): Entry => {
    let entry: Entry | undefined;
    for (const key of c.keys) {
      entry = entries.get(key);
      if (entry) break;
    }
    if (!entry) {
      entry = {
        keys: [],
        claimSentences: new Set(),
        plural: c.plural,
        heads: c.heads,
        source: { id: `s${order.length + 1}`, name: c.name, kind: c.kind, descriptions: [], mentions: [], claims: 0, channels: [] },
      };
      order.push(entry);
    } else if (c.name.length > entry.source.name.length && c.kind === entry.source.kind && c.kind !== 'anonymous') {
      entry.source.name = c.name;
    }
    for (const key of c.keys) {
      if (entries.has(key)) continue;
      entries.set(key, entry);
      entry.keys.push(key);
    }
    return entry;
  };

  const personCandidate = (words: string[], titles: readonly string[]): Candidate => {
    const honorific = HONORIFICS_WITH_FIRST_NAME.has(titles[0] ?? '');
    const { name, key } = personName(words, honorific, names);
    const gender = genderOfTitles(titles) ?? genderOfFirstName(words.filter((w) => !PERSON_TITLES.has(w.toLowerCase())).map((w) => w.toLowerCase()));
    if (gender && !genderByKey.has(key)) genderByKey.set(key, gender);
    return { entry: null, kind: 'named_person', keys: [key], plural: false, company: false, heads: [], name, description: null };
  };

  const organizationCandidate = (words: string[], nameText: string): Candidate => {
    let full = words;
    let name = nameText;
    if (words.length === 1 && ACRONYM.test(words[0] ?? '')) {
      const expansion = names.acronymExpansion(words[0] ?? '');
      if (expansion) name = expansion.join(' ');
    } else {
      const expansion = names.organizationExpansion(words);
      if (expansion) {
        full = expansion;
        name = expansion.join(' ');
      }
    }
    const keys = organizationKeys(words);
    if (full !== words) keys.push(...organizationKeys(full).filter((k) => !keys.includes(k)));
    return { entry: null, kind: 'named_organization', keys, plural: false, company: !isPublicBody(full), heads: [], name, description: null };
  };

  // A sentence's subject is often also its speaker: both ask for the same phrase's candidate.
  const candidates = new Map<string, Candidate | null>();
  const candidateOf = (s: number, end: number, kind: AttributionKind): Candidate | null => {
    const key = `${s} ${end} ${kind}`;
    let cand = candidates.get(key);
    if (cand === undefined) {
      cand = newCandidate(s, end, kind);
      candidates.set(key, cand);
    }
    return cand;
  };

  const newCandidate = (s: number, end: number, kind: AttributionKind): Candidate | null => {
    const e = kind === 'named_person' || kind === 'named_organization' ? beforeParenthesis(tokens, s, end) : end;
    const mentionText = text.slice(tokens[s]?.start ?? 0, tokens[e]?.end ?? 0);
    if (kind === 'named_person' || kind === 'named_organization') {
      const head = tokens[e];
      if (kind === 'named_organization' && head && !isCapitalised(head)) {
        // "the NWG union", "Gov. Ellen Marsh's office", "the defence ministry": the whole phrase is the name.
        let from = s;
        // A title only before a name ("Gov. Ellen Marsh's office"), not as a modifier ("the health department").
        const titleBeforeName = (k: number) => PERSON_TITLES.has(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1] ?? head);
        while (from < e && (DETERMINERS.has(tokens[from]?.lower ?? '') || titleBeforeName(from))) from++;
        const nameText = text.slice(tokens[from]?.start ?? 0, head.end);
        return organizationCandidate(tokens.slice(from, e + 1).map((t) => t.text).filter((w) => !POSSESSIVE_MARKS.has(w)), nameText);
      }
      const person = kind === 'named_person' ? personSpan(tokens, s, e) : null;
      if (person) {
        const words = wordsBetween(tokens, person.from, person.to);
        let bare = words.filter((w) => !PERSON_TITLES.has(w.toLowerCase()));
        if (bare.length === 0 && words.length > 1 && HONORIFICS.has(words[words.length - 2]?.toLowerCase() ?? '')) bare = words.slice(-1);
        if (bare.length > 0 && !names.isOrganization(bare)) {
          const cand = personCandidate(words, person.titles);
          return candidateWith(cand, cand.entry, descriptorBefore(text, tokens, s, person.from - 1));
        }
      }
      const span = organizationSpan(tokens, s, e);
      if (!span) return null;
      const prefix = descriptorBefore(text, tokens, s, span.from - 1);
      const cand = organizationCandidate(wordsBetween(tokens, span.from, e), text.slice(tokens[span.from]?.start ?? 0, tokens[e]?.end ?? 0));
      return candidateWith(cand, cand.entry, prefix);
    }
    // The head is the last noun of the opening phrase: "a person [familiar with the talks]".
    const chunkEnd = npStartingAt(tokens, s, e)?.e ?? e;
    let head = chunkEnd;
    while (head > s && tokens[head]?.pos !== 'NOUN' && tokens[head]?.pos !== 'PROPN') head--;
    const heads = tokens.slice(s, chunkEnd + 1).map((t) => normalHead(t.lower));
    const { name, key } = groupName(mentionText);
    return { entry: null, kind, keys: [key], plural: isPlural(tokens[head]?.lower ?? ''), company: false, heads, name, description: null };
  };

  const genderCompatible = (m: Mention, c: Candidate): boolean => {
    const want = m.text.toLowerCase() === 'he' ? 'm' : m.text.toLowerCase() === 'she' ? 'f' : null;
    const have = genderByKey.get(c.keys[0] ?? '');
    return !want || !have || want === have;
  };

  const compatible = (m: Mention, c: Candidate): boolean => {
    if (m.pronoun === 'person') return c.kind === 'named_person' && genderCompatible(m, c);
    if (m.pronoun === 'thing') return c.kind === 'named_organization' || c.kind === 'document';
    return m.pronoun === 'group' && (c.plural || c.kind === 'named_organization');
  };

  /**
   * The latest person named before a token ("For Mrs Calder, …. “…,” she said."): only a name the article
   * shows to be a person's, by a title, by its surname used alone, or as a source already.
   */
  const mentionedPerson = (m: Mention, sentence: number, at: number, after: number, gender: Gender | null): Candidate | null => {
    for (let k = names.runBefore(at) - 1; k >= 0; k--) {
      const run = names.runs[k];
      if (!run || run.sentence < sentence - MAX_MENTION_DISTANCE || run.sentence <= after) break;
      if (gender && run.gender !== gender && after >= 0) continue;
      const bare = run.words.filter((_, k) => !PERSON_TITLES.has(run.lower[k] ?? ''));
      const last = bare[bare.length - 1]?.toLowerCase() ?? '';
      if (bare.length === 0 || names.isOrganization(bare) || PLACE_WORDS.has(last) || last.length < 2) continue;
      if (run.words.some((w) => w === 'of' || w === 'for')) continue;
      // Names inside a quotation are the speaker's words, not the narrative's.
      const runSentence = sentences[run.sentence];
      if (runSentence && isQuotedAt(runSentence, tokens[run.s]?.start ?? 0)) continue;
      const cand = personCandidate(run.words, run.titles);
      const entry = findEntry(cand);
      const personLike = run.gender !== null || (entry?.source.kind === 'named_person') || (bare.length >= 2 && names.isSurname(last) && surnameUsedAlone.has(last));
      if (!personLike || !compatible(m, cand)) continue;
      return candidateWith(cand, entry, cand.description);
    }
    return null;
  };

  const findEntry = (c: Candidate): Entry | null => {
    for (const key of c.keys) {
      const entry = entries.get(key);
      if (entry) return entry;
    }
    return null;
  };

  const resolvePronoun = (m: Mention, sentence: number, at: number): Candidate | null => {
    const lower = m.text.toLowerCase();
    if (lower === 'who' || lower === 'which') {
      const comma = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
      const np = npEndingAt(tokens, comma, sentences[sentence]?.first ?? 0);
      if (!np) return null;
      return candidateOf(np.s, np.e, classifyChunk(tokens, np).kind);
    }
    // "The company expects …, it said": a tag's "it" is the company its own sentence opens with.
    const first = sentences[sentence]?.first ?? 0;
    if (m.pronoun === 'thing' && tokens[first]?.lower === 'the' && at > first + 2) {
      const np = npStartingAt(tokens, first, at - 1);
      const opener = np ? backReference(first, np.e, sentence) : null;
      if (opener && compatible(m, opener)) return opener;
    }
    let best: Salient | null = null;
    for (let k = salient.length - 1; k >= 0; k--) {
      const c = salient[k];
      if (!c || sentence - c.sentence > MAX_PRONOUN_DISTANCE) break;
      if (c.sentence === sentence && c.at >= at) continue;
      if (compatible(m, c.cand)) {
        best = c;
        break;
      }
    }
    const gender = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
    if (gender) {
      // With no speaker to refer to, a person just named; past a speaker, only one titled as this sex.
      const named = mentionedPerson(m, sentence, at, best?.sentence ?? -1, best ? gender : null);
      if (named) return named;
    }
    return best?.cand ?? null;
  };

  /** "the senator" → the person last named with that title ("Senator Paul Hendricks"). */
  const titledPerson = (title: string, sentence: number, at: number): Candidate | null => {
    const want = TITLE_ABBREVIATIONS.get(title) ?? title;
    for (let k = names.runBefore(at) - 1; k >= 0; k--) {
      const run = names.runs[k];
      if (!run || sentence - run.sentence > MAX_BACK_REFERENCE) break;
      if (!run.titles.some((t) => (TITLE_ABBREVIATIONS.get(t) ?? t) === want)) continue;
      const bare = run.words.filter((_, k) => !PERSON_TITLES.has(run.lower[k] ?? ''));
      if (bare.length === 0 || names.isOrganization(bare)) continue;
      const cand = personCandidate(run.words, run.titles);
      return candidateWith(cand, findEntry(cand), cand.description);
    }
    return null;
  };

  /** The latest organization of two or more words named before token `at` that `means` accepts. */
  const organizationNamedBefore = (at: number, sentence: number, means: (c: Candidate) => boolean): { cand: Candidate; at: number; subject: boolean } | null => {
    for (let k = names.runBefore(at) - 1; k >= 0; k--) {
      const run = names.runs[k];
      if (!run || sentence - run.sentence > MAX_BACK_REFERENCE) break;
      // A single word may be a fragment of a longer name ("Securities and Exchange Commission").
      if (run.words.length < 2 || !names.isOrganization(run.words)) continue;
      const cand = candidateOf(run.s, run.e, 'named_organization');
      if (!cand || !means(cand)) continue;
      const first = sentences[run.sentence]?.first ?? run.s;
      const subject = !tokens.slice(first, run.s).some((t) => isVerbal(t.pos));
      return { cand: candidateWith(cand, findEntry(cand), cand.description), at: run.s, subject };
    }
    return null;
  };

  /** "the Ohio Republican", "the singer" → the person who last spoke or opened a sentence, within a few sentences. */
  const lastNamedPerson = (s: number, sentence: number): Candidate | null => {
    for (let k = salient.length - 1; k >= 0; k--) {
      const c = salient[k];
      if (!c || sentence - c.sentence > MAX_PRONOUN_DISTANCE) break;
      if (c.at < s && c.cand.kind === 'named_person') return c.cand;
    }
    return null;
  };

  /** "the company" → the business named earlier; "the spokesman" → "a company spokesman". */
  const backReference = (s: number, end: number, sentence: number): Candidate | null => {
    // The opening noun phrase carries the reference: "the senator [from Ohio]".
    const e = npStartingAt(tokens, s, end)?.e ?? end;
    if (tokens[s]?.lower !== 'the') return null;
    // A person's description may carry a hyphenated modifier: "the first-term Democrat".
    const described = tokens[e]?.lower ?? '';
    if (e - s <= 5 && (PARTY_MEMBER_NOUNS.has(described) || PERSON_TRADE_NOUNS.has(described))) return lastNamedPerson(s, sentence);
    if (e - s > 3) return null;
    for (let i = s + 1; i < e; i++) if (capitalisedAt(tokens, i) || POSSESSIVE_MARKS.has(tokens[i]?.text ?? '')) return null;
    const title = tokens[e]?.lower ?? '';
    if (e === s + 1 && PERSON_TITLES.has(title) && ANONYMOUS_HEADS.has(title)) {
      const titled = titledPerson(title, sentence, s);
      if (titled) return titled;
    }
    const head = normalHead(title);
    // "The newspaper cited …": the outlet last named, known by its name or by a description as one.
    if (MEDIA_NOUNS.has(head)) {
      for (let k = salient.length - 1; k >= 0; k--) {
        const c = salient[k];
        if (!c || sentence - c.sentence > MAX_BACK_REFERENCE) break;
        if (c.at < s && isOutlet(c.cand)) return c.cand;
      }
    }
    if (COMPANY_NOUNS.has(head) || INSTITUTION_HEADS.has(head)) {
      const means = (c: Candidate): boolean =>
        c.kind === 'named_organization' && (lowerWords(c.name).includes(head) || (COMPANY_NOUNS.has(head) && c.company));
      // A business named in passing: "Shares in Northwind Airways fell after the carrier warned …"; it wins
      // over an earlier speaker when it opens a later sentence's subject.
      const passing = organizationNamedBefore(s, sentence, means);
      for (let k = salient.length - 1; k >= 0; k--) {
        const c = salient[k];
        if (!c || sentence - c.sentence > MAX_BACK_REFERENCE) break;
        if (c.at < s && means(c.cand)) return passing && passing.subject && passing.at > c.at ? passing.cand : c.cand;
      }
      return passing?.cand ?? null;
    }
    if (!ANONYMOUS_HEADS.has(head)) return null;
    const plural = isPlural(head);
    for (let k = salient.length - 1; k >= 0; k--) {
      const c = salient[k];
      if (!c || sentence - c.sentence > MAX_BACK_REFERENCE) break;
      const entry = c.cand.entry;
      if (!entry || entry.source.kind !== 'anonymous' || entry.plural !== plural) continue;
      if (entry.heads.includes(head)) {
        return { entry, name: entry.source.name, kind: 'anonymous', keys: entry.keys, plural, company: false, heads: entry.heads, description: null };
      }
    }
    return null;
  };

  /**
   * "Its chief economist, Dr Helen Marsh": the apposition names the source the role describes. The rules
   * mark it as the mention's name; an apposition that is nothing but a name counts too.
   */
  const appositiveName = (m: Mention): Candidate | null => {
    let ds: number | undefined;
    let de: number;
    let role: string | null;
    if (m.name) {
      ds = tokenAt(m.name.start);
      if (ds === undefined) return null;
      de = lastTokenOf(tokens, ds, m.name.end);
      role = m.description;
    } else {
      if (!m.description || m.kind === 'named_person' || m.kind === 'named_organization') return null;
      const at = text.indexOf(m.description, m.start);
      ds = at < 0 ? undefined : tokenAt(at);
      if (ds === undefined) return null;
      de = lastTokenOf(tokens, ds, at + m.description.length);
      // "Her ex-boyfriend, the actor Theo Grant,": a trade before a full name; the name is the source.
      if (tokens[ds]?.lower === 'the' && isLowercase(tokens[ds + 1])) {
        let n = de;
        while (n > ds && startsWithCapital(tokens[n - 1]?.text ?? '')) n--;
        if (de - n < 1 || !tokens.slice(ds + 1, n).every((t) => isLowercase(t))) return null;
        ds = n;
      }
      for (let i = ds; i <= de; i++) {
        const t = tokens[i];
        if (!t || !(isCapitalised(t) || NAME_JOINERS.has(t.lower))) return null;
      }
      role = text.slice(m.start, at).replace(/[\s,(]+$/, '');
    }
    const kind = m.name ? m.kind : 'named_person';
    const cand = candidateOf(ds, de, kind);
    if (!cand) return null;
    return candidateWith(cand, cand.entry, role);
  };

  // "Mr. Reyes and Ms. Cole said": the first person takes the attribution, the others an attribution each.
  const coEntries = new Map<FoundAttribution, Array<{ entry: Entry; mention: Span }>>();
  // A lone word is a person's name where the article also writes it after a first name or a title.
  let titledSingleWords: Set<string> | null = null;
  const knownSurname = (word: string): boolean => {
    if (names.isSurname(word)) return true;
    titledSingleWords ??= new Set(names.runs.flatMap((r) => (r.titles.length > 0 && r.words.length === 1 ? r.words : [])));
    return titledSingleWords.has(word);
  };
  type CoSpeakers = { cand: Candidate; others: Array<{ cand: Candidate; mention: Span }> };
  /** Each part its own source of this kind, the first primary; null unless every part resolves to it. */
  const eachOf = (parts: ReadonlyArray<[number, number]>, kind: 'named_person' | 'named_organization'): CoSpeakers | null => {
    const speakers = parts.map(([ps, pe]) => ({ cand: candidateOf(ps, pe, kind), ps, pe }));
    const [first, ...rest] = speakers;
    if (!first?.cand || speakers.some((p) => p.cand?.kind !== kind)) return null;
    const others = mapPresent(rest, ({ cand, ps, pe }) => {
      const start = tokens[ps]?.start ?? 0;
      const stop = tokens[pe]?.end ?? start;
      return cand ? { cand, mention: { text: text.slice(start, stop), start, end: stop } } : null;
    });
    return { cand: first.cand, others };
  };
  /**
   * A coordinated subject: several people ("Mr. Reyes and Ms. Cole") or countries and capitals ("Canada,
   * Mexico and Brazil") get an attribution each; single words the article does not use as surnames are one
   * company ("Procter and Gamble", "Marks and Spencer").
   */
  const coordinated = (s: number, end: number, kind: AttributionKind): CoSpeakers | null => {
    const parts = conjuncts(tokens, s, end);
    if (!parts) return null;
    if (parts.every(([ps, pe]) => PLACES.has(lowerTokens(tokens, ps, pe)))) return eachOf(parts, 'named_organization');
    if (kind !== 'named_person') return null;
    const person = ([ps, pe]: [number, number]): boolean =>
      pe > ps ? !PERSON_TITLES.has(tokens[pe]?.lower ?? '') : knownSurname(tokens[ps]?.text ?? '');
    if (!parts.every(person)) {
      const company = parts.every(([ps, pe]) => ps === pe && !PERSON_TITLES.has(tokens[ps]?.lower ?? '')) ? candidateOf(s, end, 'named_organization') : null;
      return company ? { cand: company, others: [] } : null;
    }
    return eachOf(parts, 'named_person');
  };

  /** "Objectors claim …": a lone capitalised plural opening a sentence, which the article never uses as a
   * surname or as part of a longer name, is a common noun capitalised by its place. */
  const commonNounOpening = (s: number, end: number, sentence: number): boolean => {
    const t = tokens[s];
    if (!t || s !== end || !isCapitalised(t)) return false;
    let first = sentences[sentence]?.first ?? s;
    while (first < s && tokens[first]?.pos === 'PUNCT') first++;
    if (first !== s || names.isSurname(t.text) || names.organizationExpansion([t.text])) return false;
    return isPluralCommonNoun(t.text);
  };

  const assign = (f: FoundAttribution, sentence: number): Entry | null => {
    const m = f.mention;
    if (!m) return null;
    const s = tokenAt(m.start);
    let cand: Candidate | null = null;
    let coSpeakers: Array<{ cand: Candidate; mention: Span }> = [];
    let description = m.description;
    if (m.pronoun) {
      cand = resolvePronoun(m, sentence, s ?? 0);
      if (!cand) {
        const name = `${m.text} (unresolved)`;
        cand = { entry: null, kind: 'anonymous', plural: false, company: false, heads: [], name, keys: [`pronoun:${sentence}:${m.start}`], description: null };
      }
      const gender = m.text.toLowerCase() === 'he' ? 'm' : m.text.toLowerCase() === 'she' ? 'f' : null;
      if (gender && cand.kind === 'named_person' && !genderByKey.has(cand.keys[0] ?? '')) genderByKey.set(cand.keys[0] ?? '', gender);
    } else if (s !== undefined) {
      const end = m.description ? descriptionlessEnd(tokens, s, m) : lastTokenOf(tokens, s, m.end);
      const named = appositiveName(m);
      if (named) {
        cand = named;
        description = named.description;
      } else {
        // Evidence beside the mention itself: "Elbhafen Logistik, which operates the terminal".
        const kind = m.kind === 'named_person' && /^which\b/i.test(m.description ?? '') ? 'named_organization' : m.kind === 'named_person' && commonNounOpening(s, end, sentence) ? 'anonymous' : m.kind;
        const co = kind === 'named_person' || kind === 'named_organization' ? coordinated(s, end, kind) : null;
        coSpeakers = co?.others ?? [];
        cand = co?.cand ?? candidateOf(s, end, kind);
        if (cand && kind === 'anonymous') cand = backReference(s, end, sentence) ?? cand;
        if (cand?.description && !description) description = cand.description;
      }
    }
    if (!cand) return null;
    const entry = cand.entry ?? entryFor(cand);
    const src = entry.source;
    src.mentions.push({ text: m.text, start: m.start, end: m.end });
    if (description && !src.descriptions.includes(description)) src.descriptions.push(description);
    salient.push({ cand: candidateWith(cand, entry, cand.description), sentence, at: s ?? 0 });
    const others = coSpeakers.map(({ cand: other, mention }) => {
      const otherEntry = other.entry ?? entryFor(other);
      otherEntry.source.mentions.push(mention);
      return { entry: otherEntry, mention };
    });
    if (others.length > 0) coEntries.set(f, others);
    return entry;
  };

  const perSentence = found.map(() => [] as Array<Entry | null>);
  found.forEach((list, i) => {
    const sentence = sentences[i];
    const subject = sentence && !sentence.caption ? sentenceSubject(tokens, sentence) : null;
    if (subject) {
      const cand = candidateOf(subject.s, subject.e, classifyChunk(tokens, subject).kind);
      // Named subjects, and unnamed groups for "they" ("Researchers at … followed 48,000 adults. They found …").
      // A lone capitalised word opening a sentence is a person only if the article uses it as a surname.
      const lone =
        cand?.kind === 'named_person' &&
        ((!cand.name.includes(' ') && !names.isSurname(cand.name) && !findEntry(cand)) || PLACE_WORDS.has(lowerWords(cand.name).pop() ?? ''));
      if (cand && !lone && (cand.kind === 'named_person' || cand.kind === 'named_organization' || (cand.kind === 'anonymous' && cand.plural))) {
        salient.push({ cand: candidateWith(cand, findEntry(cand), cand.description), sentence: i, at: subject.s });
      }
    }
    list.forEach((f, j) => {
      if (f.inherits) return;
      const entry = assign(f, i);
      refOf.set(f, entry);
      (perSentence[i] ??= [])[j] = entry;
    });
  });
  // Inherited sources last: a quotation's opening sentences inherit from a tag that comes after them.
  found.forEach((list, i) =>
    list.forEach((f, j) => {
      if (!f.inherits) return;
      const entry = refOf.get(f.inherits) ?? null;
      refOf.set(f, entry);
      (perSentence[i] ??= [])[j] = entry;
    }),
  );

  const resolved: Attribution[][] = found.map((list, i) => {
    const out: Attribution[] = [];
    list.forEach((f, j) => {
      const entry = perSentence[i]?.[j] ?? null;
      if (entry) {
        entry.claimSentences.add(i);
        if (f.channel && !entry.source.channels.includes(f.channel)) entry.source.channels.push(f.channel);
      }
      const source: SourceRef | null = entry ? { id: entry.source.id, name: entry.source.name } : null;
      const attribution: Attribution = {
        kind: entry ? entry.source.kind : f.kind,
        source,
        mention: mentionOf(f),
        cue: f.cue,
        content: f.content,
        quote: f.quote,
        channel: f.channel as Channel | null,
      };
      out.push(attribution);
      for (const { entry: other, mention } of coEntries.get(f) ?? []) {
        other.claimSentences.add(i);
        out.push({ ...attribution, kind: other.source.kind, source: { id: other.source.id, name: other.source.name }, mention });
      }
    });
    return out;
  });
  for (const e of order) e.source.claims = e.claimSentences.size;
  // Names may have grown after early references were made: refresh them.
  const byId = new Map(order.map((e) => [e.source.id, e.source.name]));
  for (const list of resolved) for (const a of list) if (a.source) a.source.name = byId.get(a.source.id) ?? a.source.name;
  return { sources: order.map((e) => e.source), resolved };
}

/** A verb that shares its subject with the verb before it ("denied the report, saying …") is named by
 * that subject too; a quotation carried into the next sentence (no cue) names nobody in its own. */
function mentionOf(f: FoundAttribution): Span | null {
  if (f.mention) return plainSpan(f.mention);
  const shared = f.cue ? f.inherits?.mention : null;
  return shared ? plainSpan(shared) : null;
}

function plainSpan(m: Mention): Span {
  return { text: m.text, start: m.start, end: m.end };
}

function lastTokenOf(tokens: readonly Token[], s: number, end: number): number {
  let i = s;
  while (i + 1 < tokens.length && (tokens[i + 1]?.end ?? Infinity) <= end) i++;
  return i;
}

/** The mention without its apposition: "Sir Geoffrey Nice, chief prosecutor …" → "Sir Geoffrey Nice". */
function descriptionlessEnd(tokens: readonly Token[], s: number, m: Mention): number {
  let i = s;
  while (i + 1 < tokens.length && (tokens[i + 1]?.end ?? Infinity) <= m.end && tokens[i + 1]?.text !== ',' && tokens[i + 1]?.text !== '(') i++;
  return i;
}

/** A descriptor before a name with a lowercase word in it: "Economy minister", "Shipping group". */
function descriptorBefore(text: string, tokens: readonly Token[], s: number, prefixEnd: number): string | null {
  let from = s;
  while (from <= prefixEnd && DETERMINERS.has(tokens[from]?.lower ?? '')) from++;
  if (from > prefixEnd) return null;
  const words = tokens.slice(from, prefixEnd + 1);
  if (!words.some((t) => isLowercase(t) && t.pos !== 'ADP') || words.some((t) => POSSESSIVE_MARKS.has(t.text) || t.pos === 'PUNCT')) return null;
  return text.slice(tokens[from]?.start ?? 0, tokens[prefixEnd]?.end ?? 0);
}

/** A news outlet: a known one, or one whose apposition names it so ("The Harbour Times, a tabloid …"). */
function isOutlet(c: Candidate): boolean {
  if (c.kind !== 'named_organization') return false;
  const name = c.name.toLowerCase();
  if (MEDIA_OUTLETS.has(name) || MEDIA_OUTLETS.has(`the ${name}`)) return true;
  return (c.entry?.source.descriptions ?? []).some((d) => lowerWords(d).slice(0, 3).some((w) => MEDIA_NOUNS.has(w)));
}

/** The named phrase a sentence opens with (after an opening clause), for pronouns to refer back to. */
function sentenceSubject(tokens: readonly Token[], sentence: Sentence): { s: number; e: number } | null {
  let s = sentence.first;
  while (s <= sentence.last && (tokens[s]?.pos === 'PUNCT' || tokens[s]?.pos === 'ADV')) s++;
  // A name inside a quotation is the speaker's words, not the sentence's subject.
  if (isQuotedAt(sentence, tokens[s]?.start ?? -1)) return null;
  const np = npStartingAt(tokens, s, sentence.last);
  const head = np ? tokens[np.e] : undefined;
  const group = !!head && head.pos === 'NOUN' && ANONYMOUS_HEADS.has(head.lower) && isPlural(head.lower);
  // A comma after the name is fine before an apposition ("Angelique Brunner, a developer, …"), not in a list.
  const next = tokens[np ? np.e + 1 : -1];
  const afterComma = tokens[np ? np.e + 2 : -1];
  const apposition = next?.text === ',' && !!afterComma && (afterComma.pos === 'DET' || afterComma.lower === 'who' || (isLowercase(afterComma) && (afterComma.pos === 'NOUN' || afterComma.pos === 'ADJ')));
  if (np && head && (head.pos === 'PROPN' || group) && (next?.pos !== 'PUNCT' || apposition)) return np;
  for (let i = s; i <= Math.min(sentence.last, s + 14); i++) {
    if (tokens[i]?.text !== ',') continue;
    const after = npStartingAt(tokens, i + 1, sentence.last);
    const h = after ? tokens[after.e] : undefined;
    if (after && h && h.pos === 'PROPN') return after;
    break;
  }
  return null;
}

/** Tokens s..e lowercased and joined by spaces: "the US". */
function lowerTokens(tokens: readonly Token[], s: number, e: number): string {
  let out = tokens[s]?.lower ?? '';
  for (let i = s + 1; i <= e; i++) out += ` ${tokens[i]?.lower ?? ''}`;
  return out;
}

/**
 * The parts of a coordinated subject ("Mr. Reyes and Ms. Cole", "Ana Ruiz, Tom Hale and Kim Lee") as token
 * ranges, or null when it is not a coordination of capitalised words or titles.
 */
function conjuncts(tokens: readonly Token[], s: number, e: number): Array<[number, number]> | null {
  const parts: Array<[number, number]> = [];
  let from = s;
  for (let i = s; i <= e + 1; i++) {
    const t = tokens[i];
    const joint = i > e || t?.text === ',' || t?.lower === 'and';
    if (!joint) continue;
    if (i === from) return null;
    parts.push([from, i - 1]);
    from = i + 1;
    // "A, B, and C": the serial comma.
    if (t?.text === ',' && tokens[i + 1]?.lower === 'and') {
      i++;
      from = i + 1;
    }
  }
  if (parts.length < 2) return null;
  const capitalised = ([ps, pe]: [number, number]): boolean => {
    for (let i = ps; i <= pe; i++) {
      const t = tokens[i];
      if (!t || !(isCapitalised(t) || PERSON_TITLES.has(t.lower))) return false;
    }
    return true;
  };
  return parts.every(capitalised) ? parts : null;
}
