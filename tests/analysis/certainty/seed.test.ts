// Every sentence of the seed article gets a certainty its hand annotation accepts
// (../shared/seed/putin-xi-safety-deal.gold.json, field `certainty`, copied here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { segment } from '../../../src/analysis/segment.js';
import { assessCertainty } from '../../../src/analysis/certainty/index.js';
import type { Certainty } from '../../../src/analysis/schema.js';

const SEED = readFileSync(new URL('../../../samples/putin-xi-safety-deal.txt', import.meta.url), 'utf8');

/** [sentence number, how the sentence starts, acceptable certainties]. */
const GOLD: Array<[number, string, Certainty[]]> = [
  [1, 'Vladimir Putin has negotiated', ['probable']],
  [2, 'It is suspected that if he', ['probable', 'possible']],
  [3, 'Xi visited Moscow and met his despotic', ['asserted']],
  [4, 'Full details of their talks', ['asserted', 'probable']],
  [5, 'Some analysts have also interpreted', ['asserted', 'probable']],
  [6, 'Xi visited Moscow and met Putin last week (pictured', ['asserted']],
  [7, 'Anton Gerashchenko, an adviser to Ukraine’s interior minister, tweeted Monday', ['asserted']],
  [8, 'Now, according to a ministerial adviser', ['probable']],
  [9, 'Anton Gerashchenko, an adviser to Ukraine’s interior minister, tweeted today', ['probable']],
  [10, 'If Putin were impeached, Gerashchenko said', ['possible']],
  [11, 'The report of the deal comes after', ['asserted']],
  [12, '“It is likely that one of the main topics', ['probable']],
  [13, 'Despite public discord being rare', ['asserted', 'probable']],
  [14, 'Russia’s spectacular military failures', ['asserted']],
  [15, 'While their anger has focused', ['asserted']],
  [16, 'If the trajectory of Putin’s war', ['possible']],
  [17, 'This could remove Putin', ['possible']],
  [18, 'A coordinated plot to usurp the despot', ['probable', 'possible']],
  [19, 'Ukrainian soldiers ride atop', ['asserted']],
  [20, 'Smoke rises from a burning building', ['asserted']],
  [21, 'In the unlikely event that he is impeached', ['probable', 'possible']],
  [22, 'Such a deal with Xi Jinping would make', ['possible', 'probable']],
  [23, 'It was not clear from Gerashchenko’s tweet', ['asserted']],
  [24, 'If Putin were to lose power', ['probable', 'possible']],
  [25, 'The ICC issued an arrest warrant', ['asserted']],
  [26, 'It said there are reasonable grounds', ['asserted', 'probable']],
  [27, 'Russian officials have warned', ['asserted', 'possible']],
  [28, 'In its first order against Ukraine', ['asserted']],
  [29, 'The Kremlin says', ['asserted']],
  [30, 'Russian officials deny war crimes', ['denied']],
  [31, 'Major powers such as Russia', ['asserted']],
  [32, 'Ukraine is not a member of the ICC', ['asserted']],
  [33, 'After the order was issued earlier this month, an expert', ['possible']],
  [34, 'Sir Geoffrey Nice, chief prosecutor', ['asserted']],
  [35, 'Russian President Vladimir Putin, right, and Chinese', ['asserted']],
  [36, 'He suggested that “labeling', ['possible']],
  [37, '“There is enough information leaking out', ['asserted']],
  [38, '“It matters because this man', ['asserted']],
  [39, 'Sir Geoffrey added that', ['asserted']],
];

function expectAcceptable(claims: ReadonlyArray<{ text: string; certainty: Certainty }>) {
  expect(claims).toHaveLength(GOLD.length);
  const wrong = GOLD.flatMap(([n, starts, ok]) => {
    const claim = claims.find((c) => c.text.startsWith(starts));
    return claim && ok.includes(claim.certainty) ? [] : [`${n}: got ${claim?.certainty ?? 'no claim'}, want ${ok.join('|')}`];
  });
  expect(wrong).toEqual([]);
}

describe('seed article certainty', () => {
  it('is acceptable for all 39 sentences from the detector alone', () => {
    const { tokens, sentences } = segment(SEED);
    expectAcceptable(
      sentences.map((s) => ({
        text: SEED.slice(s.start, s.end),
        ...assessCertainty({ text: SEED, tokens: tokens.slice(s.first, s.last + 1), cues: [] }),
      })),
    );
  });

  it('is acceptable for all 39 sentences through the whole engine', () => {
    expectAcceptable(analyze(SEED).claims);
  });
});
