// Resolves source mentions across the article into one canonical source per real speaker:
// "Anton Gerashchenko" = "Gerashchenko"; "Sir Geoffrey Nice" = "Sir Geoffrey" = "He"; "the ICC" =
// "International Criminal Court" = "It".
import type { Token } from './nlp.js';
import type { Sentence } from './segment.js';
import type { Attribution, AttributionKind, Channel, Source, SourceRef, Span } from './schema.js';
import type { FoundAttribution, Mention } from './attribution/types.js';
import { isCapitalised, npEndingAt, npStartingAt } from './attribution/np.js';
import { classifyChunk } from './attribution/classify.js';
import { HONORIFICS_WITH_FIRST_NAME, PERSON_TITLES } from './lexicon/sources.js';

export interface ResolvedSources {
  sources: Source[];
  /** Per sentence, the attributions with their canonical source. */
  resolved: Attribution[][];
}

interface Entry {
  source: Source;
  key: string;
  claimSentences: Set<number>;
}

interface Candidate {
  entry: Entry | null;
  name: string;
  kind: AttributionKind;
  key: string;
  plural: boolean;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]+$/u;
const LEADING_ARTICLE = /^(the|a|an|some)\s+/i;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const INITIAL_SKIP = new Set(['of', 'the', 'for', 'and', 'on', '&', 'de']);
const MAX_PRONOUN_DISTANCE = 6;

/** Capitalised runs in the article: the fullest form of every name it uses. */
function nameRuns(tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && PERSON_TITLES.has((run[0] ?? '').toLowerCase())) run.shift();
    if (run.length && (run[0] ?? '').toLowerCase() === 'the') run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const startsSentence = sentenceStarts.has(i);
    const capital = isCapitalised(t) && (t.pos === 'PROPN' || (!startsSentence && t.pos !== 'PRON' && t.pos !== 'DET'));
    if (capital && !POSSESSIVE.has(t.text)) {
      run.push(t.text);
      continue;
    }
    const joiner = (t.lower === 'of' || t.lower === 'for') && run.length > 0 && isCapitalised(tokens[i + 1] ?? t);
    if (joiner) {
      run.push(t.text);
      continue;
    }
    flush();
  }
  flush();
  return runs;
}

const initialsOf = (words: readonly string[]): string =>
  words.filter((w) => !INITIAL_SKIP.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toUpperCase();

function personName(words: readonly string[], runs: readonly string[][]): { name: string; key: string } {
  const bare = words.filter((w) => !PERSON_TITLES.has(w.toLowerCase()));
  const honorific = words.length > 0 && HONORIFICS_WITH_FIRST_NAME.has((words[0] ?? '').toLowerCase()) && bare.length === 1;
  let best = bare;
  for (const run of runs) {
    const clean = run.filter((w) => !PERSON_TITLES.has(w.toLowerCase()));
    if (clean.length <= best.length || clean.length > 4) continue;
    const match = honorific ? clean[0] === bare[0] : clean[clean.length - 1] === bare[bare.length - 1] && bare.every((w) => clean.includes(w));
    if (match) best = clean;
  }
  const name = best.join(' ');
  return { name, key: `person:${(best[best.length - 1] ?? name).toLowerCase()}` };
}

function organizationName(text: string, runs: readonly string[][]): { name: string; key: string } {
  const bare = text.replace(LEADING_ARTICLE, '').replace(/[’']s$/, '').trim();
  const words = bare.split(/\s+/);
  if (words.length === 1 && ACRONYM.test(bare)) {
    const expansion = runs.find((r) => r.length > 1 && initialsOf(r) === bare);
    return { name: expansion ? expansion.join(' ') : bare, key: `org:${bare.toLowerCase()}` };
  }
  const key = words.length > 1 ? initialsOf(words) : bare.toUpperCase();
  return { name: bare, key: `org:${key.toLowerCase()}` };
}

function groupName(text: string): { name: string; key: string } {
  const name = text.replace(/\s+/g, ' ').trim();
  const key = name.toLowerCase().replace(/^(a|an|the|some)\s+/, '');
  return { name, key: `group:${key}` };
}

/** Words of a mention that name the speaker: the part after a possessor, without titles. */
function nameWordsOf(tokens: readonly Token[], s: number, e: number): string[] {
  let from = s;
  for (let i = s; i <= e; i++) if (POSSESSIVE.has(tokens[i]?.text ?? '')) from = i + 1;
  const words: string[] = [];
  for (let i = from; i <= e; i++) {
    const t = tokens[i];
    if (t && isCapitalised(t)) words.push(t.text);
  }
  return words;
}

export function resolveSources(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  found: readonly FoundAttribution[][],
): ResolvedSources {
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenAt.set(t.start, i));
  const runs = nameRuns(tokens, new Set(sentences.map((s) => s.first)));
  const entries = new Map<string, Entry>();
  const order: Entry[] = [];
  const refOf = new Map<FoundAttribution, Entry | null>();
  // Most recent last: sources and sentence subjects that a pronoun may refer to.
  const salient: Array<Candidate & { sentence: number }> = [];

  const entryFor = (c: { name: string; kind: AttributionKind; key: string }): Entry => {
    let entry = entries.get(c.key);
    if (!entry) {
      entry = {
        key: c.key,
        claimSentences: new Set(),
        source: { id: `s${order.length + 1}`, name: c.name, kind: c.kind, descriptions: [], mentions: [], claims: 0, channels: [] },
      };
      entries.set(c.key, entry);
      order.push(entry);
    } else if (c.name.length > entry.source.name.length && c.kind === entry.source.kind && c.kind !== 'anonymous') {
      entry.source.name = c.name;
    }
    return entry;
  };

  const candidateOf = (s: number, e: number, kind: AttributionKind): Candidate | null => {
    const mentionText = text.slice(tokens[s]?.start ?? 0, tokens[e]?.end ?? 0);
    if (kind === 'named_person') {
      const words = nameWordsOf(tokens, s, e);
      if (words.length === 0) return null;
      return { entry: null, kind, plural: false, ...personName(words, runs) };
    }
    if (kind === 'named_organization') {
      const words = nameWordsOf(tokens, s, e);
      const orgText = words.length ? text.slice(text.indexOf(words[0] ?? '', tokens[s]?.start ?? 0), tokens[e]?.end ?? 0) : mentionText;
      return { entry: null, kind, plural: false, ...organizationName(orgText, runs) };
    }
    const last = tokens[e]?.lower ?? '';
    return { entry: null, kind, plural: /s$/.test(last), ...groupName(mentionText) };
  };

  const resolvePronoun = (m: Mention, sentence: number): Candidate | null => {
    const lower = m.text.toLowerCase();
    if (lower === 'who' || lower === 'which') {
      const i = tokenAt.get(m.start);
      if (i === undefined) return null;
      const comma = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
      const np = npEndingAt(tokens, comma, sentences[sentence]?.first ?? 0);
      if (!np) return null;
      return candidateOf(np.s, np.e, classifyChunk(tokens, np).kind);
    }
    for (let k = salient.length - 1; k >= 0; k--) {
      const c = salient[k];
      if (!c || sentence - c.sentence > MAX_PRONOUN_DISTANCE) break;
      if (m.pronoun === 'person' && c.kind === 'named_person') return c;
      if (m.pronoun === 'thing' && (c.kind === 'named_organization' || c.kind === 'document')) return c;
      if (m.pronoun === 'group' && (c.plural || c.kind === 'named_organization')) return c;
    }
    return null;
  };

  const assign = (f: FoundAttribution, sentence: number): Entry | null => {
    const m = f.mention;
    if (!m) return null;
    let cand: Candidate | null;
    if (m.pronoun) {
      cand = resolvePronoun(m, sentence);
      if (!cand) cand = { entry: null, kind: 'anonymous', plural: false, name: `${m.text} (unresolved)`, key: `pronoun:${sentence}:${m.start}` };
    } else {
      const named = m.name ?? m;
      const s = tokenAt.get(named.start);
      const headEnd = m.description && !m.name ? descriptionlessEnd(tokens, s ?? 0, m) : undefined;
      cand = s === undefined ? null : candidateOf(s, headEnd ?? lastTokenOf(tokens, s, named.end), m.kind);
    }
    if (!cand) return null;
    const entry = cand.entry ?? entryFor(cand);
    const src = entry.source;
    src.mentions.push({ text: m.text, start: m.start, end: m.end });
    if (m.description && !src.descriptions.includes(m.description)) src.descriptions.push(m.description);
    salient.push({ ...cand, entry, sentence });
    return entry;
  };

  const perSentence = found.map(() => [] as Array<Entry | null>);
  found.forEach((list, i) => {
    list.forEach((f, j) => {
      if (f.inherits) return;
      const entry = assign(f, i);
      refOf.set(f, entry);
      (perSentence[i] ??= [])[j] = entry;
    });
    const sentence = sentences[i];
    const subject = sentence && !sentence.caption ? sentenceSubject(tokens, sentence) : null;
    if (!subject) return;
    const cand = candidateOf(subject.s, subject.e, classifyChunk(tokens, subject).kind);
    if (cand && (cand.kind === 'named_person' || cand.kind === 'named_organization')) {
      salient.push({ ...cand, entry: entries.get(cand.key) ?? null, sentence: i });
    }
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

  const resolved: Attribution[][] = found.map((list, i) =>
    list.map((f, j) => {
      const entry = perSentence[i]?.[j] ?? null;
      if (entry) {
        entry.claimSentences.add(i);
        if (f.channel && !entry.source.channels.includes(f.channel)) entry.source.channels.push(f.channel);
      }
      const source: SourceRef | null = entry ? { id: entry.source.id, name: entry.source.name } : null;
      return {
        kind: entry ? entry.source.kind : f.kind,
        source,
        mention: f.mention ? plainSpan(f.mention) : null,
        cue: f.cue,
        content: f.content,
        quote: f.quote,
        channel: f.channel as Channel | null,
      };
    }),
  );
  for (const e of order) e.source.claims = e.claimSentences.size;
  // Names may have grown after early references were made: refresh them.
  for (const list of resolved) for (const a of list) if (a.source) a.source.name = order.find((e) => e.source.id === a.source?.id)?.source.name ?? a.source.name;
  return { sources: order.map((e) => e.source), resolved };
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

/** The named phrase a sentence opens with (after an opening clause), for pronouns to refer back to. */
function sentenceSubject(tokens: readonly Token[], sentence: Sentence): { s: number; e: number } | null {
  let s = sentence.first;
  while (s <= sentence.last && (tokens[s]?.pos === 'PUNCT' || tokens[s]?.pos === 'ADV')) s++;
  const np = npStartingAt(tokens, s, sentence.last);
  const head = np ? tokens[np.e] : undefined;
  if (np && head && head.pos === 'PROPN' && tokens[np.e + 1]?.pos !== 'PUNCT') return np;
  for (let i = s; i <= Math.min(sentence.last, s + 14); i++) {
    if (tokens[i]?.text !== ',') continue;
    const after = npStartingAt(tokens, i + 1, sentence.last);
    const h = after ? tokens[after.e] : undefined;
    if (after && h && h.pos === 'PROPN') return after;
    break;
  }
  return null;
}
