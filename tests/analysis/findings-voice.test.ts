import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownVoiceSpeculation } from '../../src/analysis/findings/own-voice-speculation.js';
import { loadedAttributionVerb, loadedVerbIn } from '../../src/analysis/findings/loaded-attribution-verb.js';
import { loadedLanguage } from '../../src/analysis/findings/loaded-language.js';
import { unattributedClaim } from '../../src/analysis/findings/unattributed-claim.js';
import { findFindings } from '../../src/analysis/findings/index.js';
import { segment } from '../../src/analysis/segment.js';
import type { Claim } from '../../src/analysis/schema.js';
import { article, said } from './findings-builder.js';
import { claimWords } from '../../src/analysis/findings/claim-words.js';

describe('own_voice_speculation', () => {
  it('flags hedged sentences in the publication’s voice and quotes the hedge words', () => {
    const input = article(
      { text: 'The leader could flee abroad.', certainty: 'possible', hedges: ['could'] },
      'The leader met his counterpart on Monday.',
      { text: 'He would likely seek shelter in the east.', certainty: 'probable', hedges: ['would', 'likely'] },
    );
    const [f] = ownVoiceSpeculation(input);
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.severity).toBe('concern');
    expect(f?.message).toContain('2 sentences speculate');
    expect(f?.message).toContain('sentence 1 (“could”)');
    expect(f?.message).toContain('sentence 3 (“would” and “likely”)');
  });

  it('leaves attributed speculation and denials alone', () => {
    const input = article(
      { ...said('Tom Lee', 'Tom Lee said the leader could flee.'), certainty: 'possible', hedges: ['could'] },
      { text: 'There is no sign of a deal.', certainty: 'denied', hedges: ['no'] },
    );
    expect(ownVoiceSpeculation(input)).toEqual([]);
  });
});

describe('loaded_attribution_verb', () => {
  it('knows loaded verbs in a cue and says what each adds, and treats "said" as neutral', () => {
    expect(loadedVerbIn('has claimed')).toEqual({ verb: 'claimed', why: 'casts doubt on the speaker' });
    expect(loadedVerbIn('admitted')?.why).toBe('implies a grudging confession');
    expect(loadedVerbIn('pointed out')?.why).toBe('presents the statement as established fact');
    expect(loadedVerbIn('said')).toBeNull();
    expect(loadedVerbIn('according to')).toBeNull();
  });

  it('quotes the loaded cue of each claim, from the claim’s attributions', () => {
    const input = article(
      said('Tom Lee', 'Tom Lee claimed the vote was rigged.', { cue: 'claimed' }),
      said('Eva Holm', 'Eva Holm said the vote was fair.'),
      said('Ola Nord', 'Ola Nord admitted that the count was late.', { cue: 'admitted' }),
    );
    const [f] = loadedAttributionVerb(input);
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.message).toContain('“claimed” (sentence 1: casts doubt on the speaker)');
    expect(f?.message).toContain('“admitted” (sentence 3: implies a grudging confession)');
  });

  it('also trusts the attribution rules’ loadedCue mark for verbs the lexicon lacks', () => {
    const input = article(said('Tom Lee', 'Tom Lee crowed that the vote was won.', { cue: 'crowed', loadedCue: true }));
    expect(loadedAttributionVerb(input)[0]?.message).toContain('“crowed” (sentence 1: says more than "said")');
  });
});

describe('loaded_language', () => {
  const words = (input: Parameters<typeof loadedLanguage>[0]) => loadedLanguage(input)[0]?.message ?? '';

  it('quotes loaded words in the publication’s own voice', () => {
    const input = article('He met his despotic counterpart.', 'The weather was mild.', 'The regime jailed the so-called rebels.');
    const [f] = loadedLanguage(input);
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.message).toContain('“despotic” (sentence 1)');
    expect(f?.message).toContain('“regime” and “so-called” (sentence 3)');
  });

  it('ignores loaded words inside quotation marks', () => {
    expect(loadedLanguage(article('He called the ruler a “despot” on Monday.'))).toEqual([]);
  });

  it('ignores loaded words in what a named or unnamed source is reported to have said', () => {
    const input = article(
      said('Tom Lee', 'Tom Lee said the dictator had fled.', { content: 'the dictator had fled' }),
      { text: 'Critics say the laws are draconian.', attributions: [{ kind: 'anonymous', mention: 'Critics', cue: 'say', content: 'the laws are draconian' }] },
    );
    expect(loadedLanguage(input)).toEqual([]);
  });

  it('still flags words outside the reported content, and inside agentless attributions', () => {
    const input = article(
      said('Tom Lee', 'Tom Lee, a radical, said the vote was late.', { content: 'the vote was late' }),
      { text: 'It is believed that the thugs fled.', attributions: [{ kind: 'vague', cue: 'It is believed', content: 'the thugs fled' }] },
    );
    const [f] = loadedLanguage(input);
    expect(f?.claims).toEqual([0, 1]);
    expect(f?.message).toContain('“radical” (sentence 1)');
    expect(f?.message).toContain('“thugs” (sentence 2)');
  });

  it('leaves a loaded cue to loaded_attribution_verb', () => {
    const input = article(said('Tom Lee', 'Tom Lee slammed the plan.', { cue: 'slammed', content: 'the plan' }));
    expect(loadedLanguage(input)).toEqual([]);
  });

  it('knows neutral senses and names', () => {
    expect(words(article('The sanctions regime was tightened.'))).toBe('');
    expect(words(article('Some called for regime change.'))).toBe('');
    expect(words(article('The car slammed into a wall.'))).toBe('');
    expect(words(article('The plan calls for radical reform.'))).toBe('');
    expect(words(article('He joined the Radical Party in May.'))).toBe('');
    expect(words(article('Radical groups marched on Monday.'))).toContain('“Radical”');
  });

  it('finds the seed article’s loaded words in sentences 3, 13, 15 and 18', () => {
    const text = fs.readFileSync(new URL('../../samples/putin-xi-safety-deal.txt', import.meta.url), 'utf8');
    const { tokens, sentences } = segment(text);
    const claims: Claim[] = sentences.map((s, id) => ({
      id,
      text: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      caption: s.caption,
      kind: 'unattributed',
      source: null,
      attributions: [],
      continues: null,
      certainty: 'asserted',
      hedges: [],
      confidence: 'high',
      reasons: [],
      flags: [],
    }));
    const [f] = loadedLanguage({ text, tokens, sentences, claims, sources: [], found: [], words: claimWords(text) });
    // 1-based sentences 3, 13, 15, 18; sentence 36's "regime change" is a neutral phrase.
    expect(f?.claims).toEqual([2, 12, 14, 17]);
  });
});

describe('unattributed_claim', () => {
  const flagged = (...lines: string[]) => unattributedClaim(article(...lines))[0]?.claims ?? [];

  it('flags figures, accusations and superlatives the publication states without a source', () => {
    const input = article(
      'The fund lost $5m last year.',
      'The minister met the mayor on Monday.',
      'The firm illegally dumped waste.',
      'It is the most expensive bridge in Europe.',
      'Turnout was 62% in the north.',
    );
    const [f] = unattributedClaim(input);
    expect(f?.claims).toEqual([0, 2, 3, 4]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('sentence 1 (“$5m”)');
    expect(f?.message).toContain('sentence 3 (“illegally”)');
    expect(f?.message).toContain('sentence 4 (“most expensive”)');
    expect(f?.message).toContain('sentence 5 (“62%”)');
  });

  it('does not take dates, years, times or ages for figures', () => {
    expect(
      flagged(
        'The talks began on March 21 in 1999.',
        'They met at 9 a.m. on the 3rd.',
        'The vote closed at 5:45 p.m. on 9/11.',
        'Jane Doe, 40, a teacher, joined the march.',
      ),
    ).toEqual([]);
  });

  it('quotes a figure with its unit once', () => {
    const [f] = unattributedClaim(article('Prices rose 4 percent in a year.'));
    expect(f?.message).toContain('sentence 1 (“4 percent”)');
  });

  it('skips captions, hedged sentences, attributed claims and quoted words', () => {
    const input = article(
      { text: 'The fire may have killed 12 people.', certainty: 'possible', hedges: ['may'] },
      'Firefighters rescue 12 people from a burning building yesterday',
      said('Tom Lee', 'Tom Lee said 12 people were hurt.'),
      'The sign read “1,000 crimes”.',
    );
    expect(unattributedClaim(input)).toEqual([]);
  });
});

describe('findFindings', () => {
  it('runs every rule and returns their findings together', () => {
    const input = article(
      { text: 'It is suspected that the despotic ruler could flee.', certainty: 'possible', hedges: ['could'], attributions: [{ kind: 'vague', cue: 'It is suspected' }] },
      { text: 'The ruler would likely flee.', certainty: 'probable', hedges: ['would', 'likely'] },
    );
    expect(findFindings(input).map((f) => f.code)).toEqual(['own_voice_speculation', 'vague_attribution', 'loaded_language']);
  });
});
