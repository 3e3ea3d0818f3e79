import { describe, expect, it } from 'vitest';
import { rateConfidence, type ConfidenceInput } from '../../src/analysis/confidence.js';
import { article, said, type ClaimSpec } from './findings-builder.js';

/** The confidence input of a one-sentence article built by the findings builder. */
function rate(spec: ClaimSpec, caption = false) {
  const input = article(spec);
  const claim = input.claims[0]!;
  const ci: ConfidenceInput = {
    kind: claim.kind,
    attributions: claim.attributions,
    certainty: claim.certainty,
    hedges: claim.hedges,
    found: input.found[0] ?? [],
    caption,
  };
  return rateConfidence(ci);
}

describe('rateConfidence: who stands behind the claim', () => {
  it('is high for an asserted claim on the record from a named source, quoting name and cue', () => {
    const r = rate(said('Tom Lee', 'Tom Lee said the bridge was closed.'));
    expect(r.confidence).toBe('high');
    expect(r.reasons).toEqual(['On the record: Tom Lee (“said”).']);
  });

  it('is medium when a named source speaks only through social media', () => {
    const r = rate(said('Tom Lee', 'Tom Lee tweeted that the bridge was closed.', { cue: 'tweeted', channel: 'social_media' }));
    expect(r.confidence).toBe('medium');
    expect(r.reasons[0]).toBe('Rests on a social-media post by Tom Lee (“tweeted”): check the post itself.');
  });

  it('stays high when a named source is on the record beside the post', () => {
    const r = rate({
      text: 'Tom Lee tweeted and later told reporters that the bridge was closed.',
      attributions: [
        { kind: 'named_person', source: 'Tom Lee', mention: 'Tom Lee', cue: 'tweeted', channel: 'social_media' },
        { kind: 'named_person', source: 'Tom Lee', mention: 'Tom Lee', cue: 'told reporters', channel: 'statement' },
      ],
    });
    expect(r.confidence).toBe('high');
  });

  it('is medium for an unnamed source, quoting who', () => {
    const r = rate({
      text: 'Officials said the bridge was closed.',
      attributions: [{ kind: 'anonymous', source: 'officials', mention: 'Officials', cue: 'said' }],
    });
    expect(r.confidence).toBe('medium');
    expect(r.reasons[0]).toBe('Unnamed source: “Officials” (“said”).');
  });

  it('is medium for agentless attribution, quoting the wording', () => {
    const r = rate({ text: 'It is understood the bridge was closed.', attributions: [{ kind: 'vague', cue: 'It is understood' }] });
    expect(r.confidence).toBe('medium');
    expect(r.reasons[0]).toBe('Agentless attribution “It is understood”: nobody is named as the source.');
  });

  it('is high for a named document and medium for one that is not identified', () => {
    const named = rate({
      text: 'The audit report said the bridge was unsafe.',
      attributions: [{ kind: 'document', source: 'City audit report', mention: 'The audit report', cue: 'said' }],
    });
    expect(named.confidence).toBe('high');
    expect(named.reasons[0]).toBe('On the record in a document: City audit report (“said”).');
    const unnamed = rate({
      text: 'Documents seen by this newspaper show the bridge was unsafe.',
      attributions: [{ kind: 'document', mention: 'Documents seen by this newspaper', cue: 'show' }],
    });
    expect(unnamed.confidence).toBe('medium');
    expect(unnamed.reasons[0]).toContain('“Documents seen by this newspaper”');
  });

  it('is high for a plain statement in the publication’s own voice, and says the desk must check it', () => {
    const r = rate({ text: 'The bridge was closed on Monday.' });
    expect(r.confidence).toBe('high');
    expect(r.reasons[0]).toContain('stated plainly');
  });

  it('treats a caption as a checkable statement and says to check it against the picture', () => {
    const r = rate({ text: 'Smoke rises from a burning building yesterday' }, true);
    expect(r.confidence).toBe('high');
    expect(r.reasons[0]).toContain('Photo caption');
  });
});

describe('rateConfidence: how certain the text makes it', () => {
  it('caps a probable claim at medium and quotes the hedge words', () => {
    const r = rate({ ...said('Tom Lee', 'Tom Lee said the bridge was probably closed.'), certainty: 'probable', hedges: ['probably'] });
    expect(r.confidence).toBe('medium');
    expect(r.reasons).toContain('Hedged as probable: “probably”.');
  });

  it('is low for a possible or hypothetical claim', () => {
    const r = rate({ ...said('Tom Lee', 'Tom Lee said the bridge could close.'), certainty: 'possible', hedges: ['could'] });
    expect(r.confidence).toBe('low');
    expect(r.reasons).toContain('Only possible or hypothetical: “could”.');
  });

  it('is low for a denied or disputed claim', () => {
    const r = rate({
      text: 'Officials denied that the bridge was closed.',
      certainty: 'denied',
      hedges: ['denied'],
      attributions: [{ kind: 'anonymous', mention: 'Officials', cue: 'denied' }],
    });
    expect(r.confidence).toBe('low');
    expect(r.reasons).toContain('Denied or disputed: “denied”.');
  });

  it('is low for speculation in the publication’s own voice, even when only probable', () => {
    const r = rate({ text: 'The bridge will likely close.', certainty: 'probable', hedges: ['likely'] });
    expect(r.confidence).toBe('low');
    expect(r.reasons).toContain('Speculation in the publication’s own voice, with no source.');
    expect(r.reasons[0]).not.toContain('stated plainly');
  });

  it('keeps a probable claim from an unnamed source at medium', () => {
    const r = rate({
      text: 'Officials said the bridge would probably close.',
      certainty: 'probable',
      hedges: ['probably'],
      attributions: [{ kind: 'anonymous', mention: 'Officials', cue: 'said' }],
    });
    expect(r.confidence).toBe('medium');
  });
});

describe('rateConfidence: notes that explain without changing the level', () => {
  it('says a direct quote is evidence of what was said, not that it is true', () => {
    const r = rate(said('Tom Lee', '“The bridge is unsafe,” Tom Lee said.', { quote: 'direct' }));
    expect(r.confidence).toBe('high');
    expect(r.reasons).toContain('Quoted directly: good evidence of what Tom Lee said, not that it is true.');
  });

  it('notes a partial quote the same way', () => {
    const r = rate(said('Tom Lee', 'Tom Lee said the bridge was “unsafe”.', { quote: 'partial' }));
    expect(r.reasons).toContain('Partly quoted: good evidence of what Tom Lee said, not that it is true.');
  });

  it('names a loaded attribution verb and what it adds', () => {
    const r = rate(said('Tom Lee', 'Tom Lee claimed the bridge was unsafe.', { cue: 'claimed' }));
    expect(r.confidence).toBe('high');
    expect(r.reasons).toContain('“claimed” casts doubt on the speaker; “said” would be neutral.');
  });

  it('says when the attribution is carried over from the previous sentence', () => {
    const r = rate(said('Tom Lee', 'Tom Lee said it again.', { continued: true }));
    expect(r.reasons).toContain('Attribution carried over from the quotation in the previous sentence.');
  });
});
