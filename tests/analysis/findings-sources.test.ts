import { describe, expect, it } from 'vitest';
import { dominantSource } from '../../src/analysis/findings/dominant-source.js';
import { socialMediaSource } from '../../src/analysis/findings/social-media-source.js';
import { vagueAttribution } from '../../src/analysis/findings/vague-attribution.js';
import { anonymousSource } from '../../src/analysis/findings/anonymous-source.js';
import { article, said, type ClaimSpec } from './findings-builder.js';

const tweet = (text: string): ClaimSpec => said('Anna Berg', text, { cue: 'tweeted', channel: 'social_media' });
const plain = (text: string): ClaimSpec => ({ text });
/** "Tom Lee said the roads were open." attributed to Tom Lee. */
const says = (name: string, what: string): ClaimSpec => said(name, `${name} said ${what}.`);
const LEE_THREE = [says('Tom Lee', 'the roads were open'), says('Tom Lee', 'the snow had stopped'), says('Tom Lee', 'the trains ran')];
const FIVE_OTHERS = [
  says('Eva Holm', 'the airport worked'),
  says('Ola Nord', 'the port was busy'),
  says('Pia Dahl', 'the buses ran'),
  says('Kai Lund', 'the shops were open'),
  says('Max Ek', 'the schools were shut'),
];

describe('dominant_source', () => {
  it('names the source that carries at least 40% and at least 3 of the attributed claims, and its channel', () => {
    const input = article(
      tweet('Anna Berg tweeted that the bridge was closed.'),
      tweet('Anna Berg tweeted that the ferry had stopped.'),
      says('Tom Lee', 'the roads were open'),
      tweet('Anna Berg tweeted that trains were late.'),
      says('Eva Holm', 'the airport worked'),
    );
    const [f, ...rest] = dominantSource(input);
    expect(rest).toEqual([]);
    expect(f?.claims).toEqual([0, 1, 3]);
    expect(f?.message).toContain('Anna Berg carries 3 of 5 attributed claims, all through social media (cues “tweeted”)');
    expect(f?.severity).toBe('concern');
  });

  it('is a warning when some of the dominant source’s claims come from posts', () => {
    const input = article(
      says('Tom Lee', 'the roads were open'),
      said('Tom Lee', 'Tom Lee tweeted that the snow had stopped.', { cue: 'tweeted', channel: 'social_media' }),
      says('Tom Lee', 'the trains ran'),
    );
    const [f] = dominantSource(input);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('Tom Lee carries 3 of 3 attributed claims, 1 through social media (cues “said” and “tweeted”)');
  });

  it('is a concern when the dominant source is unnamed', () => {
    const officials = (text: string): ClaimSpec => ({
      text,
      attributions: [{ kind: 'anonymous', source: 'officials', mention: 'Officials', cue: 'said' }],
    });
    const input = article(officials('Officials said the roads were open.'), officials('Officials said it snowed.'), officials('Officials said the trains ran.'));
    expect(dominantSource(input)[0]?.severity).toBe('concern');
  });

  it('is only info when one on-record voice carries the whole article, as in an interview', () => {
    const input = article(
      ...LEE_THREE,
      says('Eva Holm', 'the airport worked'),
    );
    const [f] = dominantSource(input);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('Normal for an interview or a speech');
  });

  it('stays quiet below 40% of attributed claims, in the whole article and in its top half', () => {
    const input = article(
      says('Tom Lee', 'the roads were open'),
      says('Eva Holm', 'the airport worked'),
      says('Ola Nord', 'the port was busy'),
      says('Pia Dahl', 'the buses ran'),
      says('Tom Lee', 'the snow had stopped'),
      says('Kai Lund', 'the shops were open'),
      says('Max Ek', 'the schools were shut'),
      says('Tom Lee', 'the trains ran'),
    );
    expect(dominantSource(input)).toEqual([]);
  });

  it('needs at least 3 claims, and no tie for first place', () => {
    const two = article(says('Tom Lee', 'the roads were open'), says('Tom Lee', 'it snowed'));
    expect(dominantSource(two)).toEqual([]);
    const tie = article(
      says('Tom Lee', 'the roads were open'),
      says('Eva Holm', 'the airport worked'),
      says('Tom Lee', 'it snowed'),
      says('Eva Holm', 'the port was busy'),
      says('Tom Lee', 'the trains ran'),
      says('Eva Holm', 'the buses ran'),
    );
    expect(dominantSource(tie)).toEqual([]);
  });

  it('does not count agentless attributions as attributed claims', () => {
    const vague = (text: string): ClaimSpec => ({ text, attributions: [{ kind: 'vague', cue: 'It is believed' }] });
    const input = article(
      says('Tom Lee', 'the roads were open'),
      vague('It is believed that the snow will stop.'),
      says('Tom Lee', 'it snowed'),
      vague('It is believed that the port will open.'),
      says('Tom Lee', 'the trains ran'),
      says('Eva Holm', 'the buses ran'),
      says('Ola Nord', 'the shops were open'),
      vague('It is believed that the schools will shut.'),
    );
    expect(dominantSource(input)[0]?.message).toContain('Tom Lee carries 3 of 5 attributed claims');
  });

  it('finds a source that dominates the top half of the story when none dominates the whole', () => {
    const input = article(
      tweet('Anna Berg tweeted that the bridge was closed.'),
      tweet('Anna Berg tweeted that the ferry had stopped.'),
      plain('The storm hit on Monday.'),
      tweet('Anna Berg tweeted that trains were late.'),
      says('Tom Lee', 'the roads were open'),
      ...FIVE_OTHERS,
    );
    const [f] = dominantSource(input);
    expect(f?.claims).toEqual([0, 1, 3]);
    expect(f?.message).toContain('Anna Berg carries 3 of 4 attributed claims in the top half of the story');
  });

  it('is a warning when the top of the story rests on one on-record voice', () => {
    const input = article(
      ...LEE_THREE,
      ...FIVE_OTHERS,
    );
    const [f] = dominantSource(input);
    expect(f?.message).toContain('in the top half of the story');
    expect(f?.severity).toBe('warning');
  });
});

describe('social_media_source', () => {
  it('lists the claims that rest on posts, with who posted and the cue', () => {
    const input = article(
      tweet('Anna Berg tweeted that the bridge was closed.'),
      says('Tom Lee', 'the roads were open'),
      {
        text: 'Eva Holm wrote on Facebook that the port was shut.',
        attributions: [{ kind: 'named_person', source: 'Eva Holm', mention: 'Eva Holm', cue: 'wrote on Facebook', channel: 'social_media' }],
      },
    );
    const [f] = socialMediaSource(input);
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.message).toContain('2 claims rest on social-media posts');
    expect(f?.message).toContain('Anna Berg (“tweeted”, sentence 1)');
    expect(f?.message).toContain('Eva Holm (“wrote on Facebook”, sentence 3)');
  });

  it('stays quiet without social media', () => {
    expect(socialMediaSource(article(says('Tom Lee', 'the roads were open')))).toEqual([]);
  });
});

describe('vague_attribution', () => {
  it('quotes the agentless wording of each vague attribution', () => {
    const input = article(
      { text: 'It is suspected that the fire was set.', attributions: [{ kind: 'vague', cue: 'It is suspected' }] },
      says('Tom Lee', 'the roads were open'),
      { text: 'The plan is widely seen as a failure.', attributions: [{ kind: 'vague', cue: 'widely seen' }] },
    );
    const [f] = vagueAttribution(input);
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('2 attributions name nobody: “It is suspected” (sentence 1) and “widely seen” (sentence 3)');
  });

  it('does not treat unnamed but identified sources as vague', () => {
    const input = article({ text: 'Officials said the fire was set.', attributions: [{ kind: 'anonymous', mention: 'Officials', cue: 'said' }] });
    expect(vagueAttribution(input)).toEqual([]);
  });
});

describe('anonymous_source', () => {
  const anon = (text: string, mention: string, cue: string, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({
    text,
    attributions: [{ kind: 'anonymous', mention, cue }],
    ...extra,
  });

  it('is a concern when an unnamed source gives opinion, quoting the opinion cue', () => {
    const input = article(anon('Some analysts believe the deal is a trap.', 'Some analysts', 'believe'));
    const [f, ...rest] = anonymousSource(input);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('concern');
    expect(f?.message).toContain('“Some analysts” (sentence 1: “believe”)');
  });

  it('is a concern when an unnamed source speculates, quoting the hedge words', () => {
    const input = article(
      anon('An expert said the court could act soon.', 'An expert', 'said', { certainty: 'possible', hedges: ['could'] }),
    );
    const [f] = anonymousSource(input);
    expect(f?.severity).toBe('concern');
    expect(f?.message).toContain('“An expert” (sentence 1: “could”)');
  });

  it('is a warning for unnamed sources of fact, grouped by who they are', () => {
    const input = article(
      anon('Officials said the bridge was closed.', 'Officials', 'said'),
      says('Tom Lee', 'the roads were open'),
      anon('Officials said the ferry had stopped.', 'Officials', 'said'),
    );
    const [f, ...rest] = anonymousSource(input);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.claims).toEqual([0, 2]);
    expect(f?.message).toContain('“Officials” (sentences 1 and 3)');
  });

  it('stays quiet for named sources and for spokespeople of a named body', () => {
    expect(anonymousSource(article(says('Tom Lee', 'the roads were open')))).toEqual([]);
    const spokeswoman = anon('A council spokeswoman said the roads were open.', 'A council spokeswoman', 'said');
    expect(anonymousSource(article(spokeswoman))).toEqual([]);
  });
});
