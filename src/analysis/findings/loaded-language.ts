// loaded_language: words that pass judgement in the publication's own voice ("his despotic counterpart").
// Words inside quotations or inside what a source is reported to have said are theirs, not ours.
import type { Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { LOADED_WORDS, type LoadedTerm } from '../lexicon/loaded-words.js';
import { followedBy, isProperName, phraseMatcher, previousWord } from './phrase-matcher.js';
import { othersWords, overlaps, type Range } from './own-voice.js';
import { distinct, listing, quoted } from './format.js';
import { mapPresent } from '../arrays.js';

const loadedWords = phraseMatcher(LOADED_WORDS, (t) => t.forms);

function excepted(term: LoadedTerm, text: string, start: number, end: number, from: number, to: number): boolean {
  if (term.unlessNext && followedBy(text, end, to, term.unlessNext)) return true;
  const prev = term.unlessPrevious ? previousWord(text, start, from) : null;
  return prev !== null && (term.unlessPrevious ?? []).includes(prev);
}

export function loadedLanguage({ text, sentences, claims, words: claimWords }: FindingsInput): Finding[] {
  const parts: string[] = [];
  const ids: number[] = [];
  for (const claim of claims) {
    const theirs = othersWords(claim, sentences[claim.id]);
    // Cues ("slammed") are the publication's words too, but loaded_attribution_verb reports them.
    const cues: Range[] = mapPresent(claim.attributions, (a) => (a.cue ? ([a.cue.start, a.cue.end] as const) : null));
    const words = loadedWords
      .findIn(text, claimWords.of(claim))
      .filter(
        (m) =>
          !overlaps(theirs, m.start, m.end) &&
          !overlaps(cues, m.start, m.end) &&
          !isProperName(text, m.start, claim.start) &&
          !excepted(m.entry, text, m.start, m.end, claim.start, claim.end),
      )
      .map((m) => m.text);
    if (words.length === 0) continue;
    ids.push(claim.id);
    parts.push(`${listing(distinct(words).map(quoted), 3)} (sentence ${claim.id + 1})`);
  }
  if (ids.length === 0) return [];
  return [
    {
      code: 'loaded_language',
      severity: 'warning',
      message: `Loaded language in the publication’s own voice: ${listing(parts)}. Describe what was done, or attribute the word to someone.`,
      claims: ids,
    },
  ];
}
