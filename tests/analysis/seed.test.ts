// End to end on the seed article: the sentences that show each pattern, and the article's findings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../src/analysis/index.js';

const text = readFileSync(new URL('../../samples/putin-xi-safety-deal.txt', import.meta.url), 'utf8');
const report = analyze(text);
/** The claim for the annotation's 1-based sentence number. */
const sentence = (n: number): Claim => {
  const c = report.claims[n - 1];
  if (!c) throw new Error(`no sentence ${n}`);
  return c;
};

describe('seed article', () => {
  it('has the 39 sentences of the annotation, captions marked', () => {
    expect(report.claims).toHaveLength(39);
    expect(report.claims.filter((c) => c.caption).map((c) => c.id + 1)).toEqual([6, 7, 19, 20, 35]);
  });

  it('1: "…, Ukraine believes." is Ukraine, probable', () => {
    expect(sentence(1)).toMatchObject({ kind: 'named_organization', source: { name: 'Ukraine' }, certainty: 'probable' });
    expect(sentence(1).attributions[0]?.cue?.text).toBe('believes');
  });

  it('8: "according to a ministerial adviser", with the agentless "it is believed" second', () => {
    const c = sentence(8);
    expect(c.kind).toBe('anonymous');
    expect(c.attributions[0]?.cue?.text).toBe('according to');
    expect(c.attributions.map((a) => a.kind)).toContain('vague');
    expect(c.certainty).toBe('probable');
  });

  it('12: a direct quotation by Gerashchenko, "wrote", probable', () => {
    const c = sentence(12);
    expect(c).toMatchObject({ kind: 'named_person', source: { name: 'Anton Gerashchenko' }, certainty: 'probable' });
    expect(c.attributions[0]).toMatchObject({ quote: 'direct', cue: { text: 'wrote' } });
  });

  it('26: "It said" resolves to the International Criminal Court', () => {
    expect(sentence(26)).toMatchObject({ kind: 'named_organization', source: { name: 'International Criminal Court' } });
  });

  it('30: Russian officials deny — anonymous, denied', () => {
    expect(sentence(30)).toMatchObject({ kind: 'anonymous', source: { name: 'Russian officials' }, certainty: 'denied' });
  });

  it('34: the speaker is Nice, not Milosevic in the apposition', () => {
    const c = sentence(34);
    expect(c).toMatchObject({ kind: 'named_person', source: { name: 'Geoffrey Nice' } });
    expect(c.attributions[0]?.quote).toBe('partial');
  });

  it('36: "He" skips the caption and resolves to Sir Geoffrey', () => {
    expect(sentence(36)).toMatchObject({ kind: 'named_person', source: { name: 'Geoffrey Nice' }, certainty: 'possible' });
  });

  it('37: "told Sky News" is a direct quotation through the media', () => {
    const a = sentence(37).attributions[0];
    expect(a).toMatchObject({ quote: 'direct', channel: 'media', cue: { text: 'told' } });
    expect(sentence(37).source?.name).toBe('Geoffrey Nice');
  });

  it('38: a quotation with no tag continues Sir Geoffrey', () => {
    const c = sentence(38);
    expect(c.source?.name).toBe('Geoffrey Nice');
    expect(c.attributions).toEqual([]);
    expect(c.continues).toBe(sentence(37).id);
  });

  it('lists the six required sources and none of the people only mentioned', () => {
    const names = report.sources.filter((s) => s.claims > 0).map((s) => s.name);
    for (const n of ['Anton Gerashchenko', 'Geoffrey Nice', 'International Criminal Court', 'Kremlin', 'Ukraine', 'Russian officials']) {
      expect(names).toContain(n);
    }
    for (const n of ['Putin', 'Xi', 'Prigozhin', 'Kadyrov', 'Milosevic', 'Gorbachev', 'Khrushchev', 'Sky News']) {
      expect(names.some((s) => s.includes(n))).toBe(false);
    }
    const nice = report.sources.find((s) => s.name === 'Geoffrey Nice');
    expect(nice?.descriptions).toContain('chief prosecutor in the trial of former Serbian President Slobodan Milosevic');
  });

  it('finds the article-level problems of the annotation', () => {
    const byCode = (code: string) => report.summary.findings.filter((f) => f.code === code);
    const covered = (code: string) => new Set(byCode(code).flatMap((f) => f.claims.map((id) => id + 1)));
    expect(byCode('dominant_source').some((f) => /Gerashchenko/.test(f.message))).toBe(true);
    expect(byCode('social_media_source').length).toBeGreaterThan(0);
    for (const n of [16, 17, 18, 21, 22, 24]) expect(covered('own_voice_speculation')).toContain(n);
    for (const n of [2, 4, 13]) expect(covered('vague_attribution')).toContain(n);
    for (const n of [3, 13, 15, 18]) expect(covered('loaded_language')).toContain(n);
    expect(sentence(16).flags).toContain('own_voice_speculation');
  });
});
