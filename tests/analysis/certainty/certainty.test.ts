import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../../src/analysis/nlp.js';
import { assessCertainty } from '../../../src/analysis/certainty/index.js';
import type { Span } from '../../../src/analysis/schema.js';
import type { Token } from '../../../src/analysis/nlp.js';

/** Assesses a one-sentence text; `cue` marks an attribution cue word in it. */
function assess(text: string, cue?: string) {
  const { tokens } = tokenize(text);
  const cues: Span[] = [];
  if (cue) {
    const start = text.indexOf(cue);
    cues.push({ text: cue, start, end: start + cue.length });
  }
  return assessCertainty({ text, tokens, cues });
}

const certaintyOf = (text: string) => assess(text).certainty;
const hedgeWords = (text: string) => assess(text).hedges.map((h) => `${h.text.toLowerCase()}:${h.type}`);

describe('assessCertainty: probable', () => {
  it.each([
    ['The mayor will likely resign before the vote.', 'likely:epistemic'],
    ['The bridge is likely to reopen next week.', 'likely:epistemic'],
    ['The fire was probably started by a cigarette.', 'probably:epistemic'],
    ['Police believe the driver fled north.', 'believe:doxastic'],
    ['The driver fled north, police believe.', 'believe:doxastic'],
    ['The thieves are suspected of stealing three paintings.', 'suspected:doxastic'],
    ['The minister is expected to announce the budget on Tuesday.', 'expected:doxastic'],
    ['The company expects sales to grow by a tenth.', 'expects:doxastic'],
    ['It is thought that the ship sank in a storm.', 'thought:doxastic'],
    ['The singer reportedly left the band in March.', 'reportedly:doxastic'],
    ['The actress is rumoured to be dating a chef.', 'rumoured:doxastic'],
    ['The club is understood to have made an offer.', 'understood:doxastic'],
    ['The alleged fraud cost the bank millions.', 'alleged:doxastic'],
    ['The plan appears to have stalled.', 'appears:epistemic'],
    ['The council is widely seen as divided.', 'seen:doxastic'],
    ['The new rules should help smaller farms.', 'should:epistemic'],
  ])('%s', (text, hedge) => {
    expect(certaintyOf(text)).toBe('probable');
    expect(hedgeWords(text)).toContain(hedge);
  });

  it('ranks a likelihood above a possibility in the same sentence', () => {
    expect(certaintyOf('It is likely that talks covered a possible ceasefire.')).toBe('probable');
  });
});

describe('assessCertainty: possible', () => {
  it.each([
    ['The strike may spread to other ports.', 'may:epistemic'],
    ['The storm might reach the coast tonight.', 'might:epistemic'],
    ['The merger could cost a thousand jobs.', 'could:epistemic'],
    ['The vote will possibly be delayed.', 'possibly:epistemic'],
    ['Perhaps the council will change its mind.', 'perhaps:epistemic'],
    ['If the dam breaks, the valley would flood.', 'if:conditional'],
    ['If the dam breaks, the valley would flood.', 'would:conditional'],
    ['If he were to resign, the party would split.', 'if:conditional'],
    ['Were he to resign, the party would split.', 'were:conditional'],
    ['Such a tax would hurt small shops.', 'would:conditional'],
    ['The board has not decided whether to sell the club.', 'whether:investigation'],
    ['Whether the deal survives remains to be seen.', 'remains to be seen:investigation'],
    ['Investors fear that prices will keep falling.', 'fear:epistemic'],
    ['The factory will stay closed until demand recovers.', 'until:conditional'],
    ['An expert suggested the ruling could speed up the case.', 'suggested:epistemic'],
  ])('%s', (text, hedge) => {
    expect(certaintyOf(text)).toBe('possible');
    expect(hedgeWords(text)).toContain(hedge);
  });

  it('reports "will" as the consequence of a condition', () => {
    expect(hedgeWords('If rates rise, the bank will cut its forecast.')).toEqual(['if:conditional', 'will:conditional']);
  });

  it('reads "would not say if" as an open question, not a condition', () => {
    expect(hedgeWords('The coach would not say if the striker was injured.')).toEqual(['if:investigation']);
  });
});

describe('assessCertainty: denied', () => {
  it.each([
    ['The minister denies the charges.', 'denies:denial'],
    ['The club denied that it had paid the player.', 'denied:denial'],
    ['The company rejected reports that it was for sale.', 'rejected:denial'],
    ['The mayor disputed the claim that crime had risen.', 'disputed:denial'],
    ['The scientist refuted the findings.', 'refuted:denial'],
  ])('%s', (text, hedge) => {
    expect(certaintyOf(text)).toBe('denied');
    expect(hedgeWords(text)).toContain(hedge);
  });

  it('outranks a hedge in the same sentence', () => {
    expect(certaintyOf('He denied that the money may have been stolen.')).toBe('denied');
  });

  it.each([
    'The union rejected the offer.',
    'The club declined to confirm or deny the transfer.',
    'He did not deny the meeting took place.',
    'The prisoners were denied access to lawyers.',
    'The council could refuse them building permits.',
    'The court denied him the right to appeal.',
    'Nothing will prevent critics trying to deny the results.',
    'The two countries settled a border dispute.',
  ])('is not a denial: %s', (text) => {
    const { certainty, hedges } = assess(text);
    expect(certainty).not.toBe('denied');
    expect(hedges.filter((h) => h.type === 'denial')).toEqual([]);
  });
});

describe('assessCertainty: traps that stay asserted', () => {
  it.each([
    // "would" of reported speech (future-in-past), of indirect questions, relatives, comparisons, wishes.
    'The mayor said the road would reopen on Monday.',
    'It was not clear what the council would gain, and he did not speculate on what the mayor would offer.',
    'The firm built a plant that would produce ten thousand cars a year.',
    'The law is now, as many would say it should have been, in force.',
    'The company would like to expand abroad.',
    'The spokesman would not comment on the report.',
    'Under the plan, creditors would receive half of what they are owed.',
    // "could" of ability, "may" the month, "might" the noun.
    'The minister could not be reached for comment.',
    'The senator could not attend the hearing.',
    'The shop opened in May and closed in June.',
    'May was the wettest month on record.',
    'The army showed its might in the parade.',
    // "expected" of an event that happened, adjectives and set phrases.
    'As expected, the bank raised rates.',
    'Profits were better than expected.',
    'The sale, which had been expected, closed on Friday.',
    'Output grew a smaller-than-anticipated two percent.',
    'The loss was worse than feared.',
    'Sales fell further than many had predicted.',
    'The damage was far greater than first thought.',
    'The coach refused to comment on the speculation.',
    'The band said there was no truth in the rumours.',
    'The plane left as soon as possible.',
    'The firm has many potential customers.',
    'The court ordered his arrest on suspicion of fraud.',
    'The warrant accusing the general of war crimes was issued in March.',
    'The buyer will assume the debt of the seller.',
    'Doctors had enough data to indicate that the drug works.',
    'His safety should he lose power was one of the key issues.',
    'The committee was considering a new proposal.',
    'We believe in free speech.',
    'Dozens, if not hundreds, of people came.',
    'The shop stayed open until 1994.',
    'The pier will stay closed until Friday.',
    'The ferry ban will remain in place until further notice.',
    'The toll will stay until the end of March.',
  ])('%s', (text) => {
    expect(assess(text)).toEqual({ certainty: 'asserted', hedges: [] });
  });

  it('treats "would" after a present-tense report as a hypothesis', () => {
    expect(certaintyOf('The union says the cuts would close three schools.')).toBe('possible');
  });

  it('treats a verb inside an attribution cue as a frame for future-in-past "would"', () => {
    expect(certaintyOf('The agency cautioned that prices would rise.')).toBe('possible');
    expect(assess('The agency cautioned that prices would rise.', 'cautioned').certainty).toBe('asserted');
  });

  it('keeps "did not speculate" from hedging but keeps "does not think" as a belief', () => {
    expect(certaintyOf('The coach did not speculate about the injury.')).toBe('asserted');
    expect(certaintyOf('The coach does not think the injury is serious.')).toBe('probable');
  });
});

describe('assessCertainty: sense filters', () => {
  it.each([
    ['The talks ended with guarantees that the border would stay open.', []],
    ['Nobody knows whether the plan would work.', ['whether:investigation']],
    ['The firm said it would sell the unit even if the price fell.', ['if:conditional']],
    ['The board said if the bid fails, it will sell the shares.', ['if:conditional', 'will:conditional']],
    ['Volume was estimated at two billion shares.', []],
    ['Analysts estimated that profits would double.', ['estimated:doxastic', 'would:conditional']],
    ['The town has the potential to grow.', []],
    ['The move raises the potential for price cuts.', ['potential:epistemic']],
    ['The board will consider the offer next week.', []],
    ['The army is considered the strongest in the region.', ['considered:doxastic']],
    ['Nobody believes this any more.', []],
    ['The company is assuming two billion dollars of debt.', []],
    ['Planners assumed that the attack would be easy.', ['assumed:doxastic', 'would:conditional']],
    ['Leaders should protect their citizens.', []],
    ['Lower rates should boost house prices.', ['should:epistemic']],
    ['Two directors were named to the board.', []],
    ['Could you send the report?', []],
    ['He questioned how long the truce would last.', ['questioned:investigation']],
    ['The economy is suspect, the minister said.', []],
    ['Growth was lower-than-expected.', []],
    ['The vote will be read as a test of whether the party is united.', []],
    ['Nobody in the room could explain the delay.', []],
    ['Smokers were 20 percent more likely to fall ill.', []],
    ['The rebels are more likely to negotiate now.', ['likely:epistemic']],
    ['The mayor accused the council of wasting money.', []],
    ['The accused driver appeared in court.', ['accused:doxastic']],
    ['A delay would almost certainly raise costs.', ['would:conditional', 'almost certainly:epistemic']],
    ['He quit, adding that he would appeal.', []],
    ['He would rather see the park closed.', []],
    ['The minister said both sides should return to the table.', []],
  ])('%s', (text, hedges) => {
    expect(hedgeWords(text)).toEqual(hedges);
  });
});

describe('assessCertainty: spans', () => {
  it('gives offsets into the full text', () => {
    const text = 'The vote is over. The result may be challenged, officials believe.';
    const { tokens } = tokenize(text);
    const second = tokens.filter((t) => t.start >= 18);
    const { hedges } = assessCertainty({ text, tokens: second, cues: [] });
    expect(hedges.map((h) => [h.text, text.slice(h.start, h.end), h.type])).toEqual([
      ['may', 'may', 'epistemic'],
      ['believe', 'believe', 'doxastic'],
    ]);
  });

  it('covers a whole phrase cue', () => {
    const text = 'In the event of a strike, flights stop.';
    const [hedge] = assess(text).hedges;
    expect(hedge).toEqual({ text: 'In the event', start: 0, end: 12, type: 'conditional' });
  });

  it('returns valid spans and a known certainty for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { tokens } = tokenize(text);
        const { certainty, hedges } = assessCertainty({ text, tokens, cues: [] });
        expect(['asserted', 'probable', 'possible', 'denied']).toContain(certainty);
        for (const h of hedges) expect(text.slice(h.start, h.end)).toBe(h.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('assessCertainty: cost', () => {
  /** A run-on sentence built without wink, so only the detector is timed: a "would" and an "until" in every eight tokens. */
  function runOn(length: number) {
    const words = 'the plan would work until prices fall and'.split(' ');
    const tokens: Token[] = [];
    let text = '';
    for (let k = 0; tokens.length < length; k++) {
      const w = words[k % words.length] ?? '';
      const pos = w === 'would' ? 'AUX' : w === 'work' || w === 'fall' ? 'VERB' : 'NOUN';
      tokens.push({ i: tokens.length, text: w, lower: w, lemma: w, pos, start: text.length, end: text.length + w.length });
      text += w + ' ';
    }
    return { text, tokens, cues: [] };
  }

  // The fastest of several runs: other work on a shared machine only ever adds time.
  function fastestMs(length: number): number {
    const input = runOn(length);
    const times = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(() => {
      const started = performance.now();
      assessCertainty(input);
      return performance.now() - started;
    });
    return Math.min(...times);
  }

  it('grows linearly with sentence length', () => {
    fastestMs(5_000);
    const ratio = fastestMs(320_000) / fastestMs(10_000);
    // Linear work gives about 32; a look-back over the whole sentence per modal gives about 1,000. The wide
    // gap keeps a busy machine from failing a linear detector: with other work running, the time per token
    // of the longer input was measured at up to six times that of the shorter (cache and collector).
    expect(ratio).toBeLessThan(256);
  });
});

describe('assessCertainty: a forecast in "is expected by …" and "is projected to …"', () => {
  it('reads when a thing is expected, and a projection, as probable; not "projected onto"', () => {
    expect(certaintyOf('A ruling is expected by Friday.')).toBe('probable');
    expect(certaintyOf('The verdict is expected later this week.')).toBe('probable');
    expect(certaintyOf('The Greens are projected to win nine seats.')).toBe('probable');
    expect(certaintyOf('The film was projected onto the old mill.')).toBe('asserted');
    expect(certaintyOf('The result had been expected.')).toBe('asserted');
  });
});

describe('assessCertainty: "thought" as a noun', () => {
  it('is no hedge after "of", "much" or an adjective; the verb still is', () => {
    expect(certaintyOf('After a lot of thought, the club sold the ground.')).toBe('asserted');
    expect(certaintyOf('After careful thought, the club sold the ground.')).toBe('asserted');
    expect(certaintyOf('Police thought the driver had fled north.')).toBe('probable');
  });
});

describe('assessCertainty: "until" before a noun wink tags as a verb', () => {
  it('reads "until the very end" as a time, not a condition; "until the council pays" stays one', () => {
    expect(certaintyOf('She ran the shop until the very end.')).toBe('asserted');
    expect(certaintyOf('The road will stay shut until the council pays.')).toBe('possible');
  });
});
