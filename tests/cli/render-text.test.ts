import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { renderText } from '../../src/cli/render-text.js';

describe('renderText', () => {
  const text = [
    'The harbour bridge will close for repairs in May.',
    'It is believed that the work will take a month.',
    'Mayor Ines Varga said the city would pay for a ferry.',
  ].join('\n\n');
  const out = renderText(analyze(text), false);

  it('names the source and its kind once', () => {
    expect(out).toContain('source: Ines Varga (named person) · cue: “said”');
  });

  it('labels a claim with no named source by its kind alone', () => {
    expect(out).toContain('source: publication’s own voice · certainty: asserted');
    expect(out).toMatch(/source: vague attribution · cue: “(is )?believed”/);
    expect(out).not.toMatch(/\((vague|unattributed)\)/);
  });

  it('points a quotation that runs on to the claim that holds its cue', () => {
    const quoted = renderText(analyze('“We are ready,” Hollis said. “The bridge will open.”'), false);
    expect(quoted).toContain('source: Hollis (named person) · quotation from claim 1 · certainty');
  });

  it('shows a report inside a claim in the writer’s voice as inside it, not as its source', () => {
    const own = renderText(analyze('Holt was arrested after a colleague raised concerns.'), false);
    expect(own).toContain('source: publication’s own voice · inside it: a colleague “raised concerns” · certainty');
  });
});
