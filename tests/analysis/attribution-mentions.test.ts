// Where a source's mention starts and ends: appositions, relative clauses and asides around the speaker.
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution } from '../../src/analysis/index.js';

function primary(text: string, index = 0): Attribution {
  const a = analyze(text).claims[index]?.attributions[0];
  if (!a) throw new Error(`claim ${index} has no attribution in: ${text}`);
  return a;
}

describe('mentions after "according to"', () => {
  it('takes a restrictive "who" clause after the source whole: “according to an aide who asked not to be named”', () => {
    const a = primary('The toll will rise in May, according to a harbor official who spoke on the condition of anonymity.');
    expect(a.mention?.text).toBe('a harbor official who spoke on the condition of anonymity');
    expect(a.content?.text).toBe('The toll will rise in May');
    const b = primary('The ferry was late, according to two crew members who saw the delay, but no one was hurt.');
    expect(b.mention?.text).toBe('two crew members who saw the delay');
  });
});

describe('mentions after an inverted verb', () => {
  it('takes a second apposition that closes the sentence: “said Ana Pruitt, 41, a nurse from Dover.”', () => {
    expect(primary('“The toll is too high,” said Ana Pruitt, 41, a nurse from Dover.').mention?.text).toBe('Ana Pruitt, 41, a nurse from Dover');
    expect(primary('“We are ready,” said Tom Reyes, head of the Harbor Trust, a group of ferry owners.').mention?.text).toBe(
      'Tom Reyes, head of the Harbor Trust, a group of ferry owners',
    );
    expect(primary('“It was a long night,” said Lena Ortiz, 52, of Millbrook, Del.').mention?.text).toBe('Lena Ortiz, 52, of Millbrook, Del.');
  });

  it('leaves out a closing phrase of when or where: “said Tom Reyes, the treasurer, on Friday.”', () => {
    expect(primary('“We are ready,” said Tom Reyes, the treasurer, on Friday.').mention?.text).toBe('Tom Reyes, the treasurer');
    expect(primary('“We are ready,” said Tom Reyes, the treasurer, adding that the toll would stay.').mention?.text).toBe('Tom Reyes, the treasurer');
  });
});

describe('mentions before the verb', () => {
  it('starts at the name that a run of appositions describes: “Dan Ortiz, head of the Harbor Trust, a ferry group, said”', () => {
    expect(primary('Dan Ortiz, head of the Harbor Trust, a group of ferry owners, said the toll was unfair.').mention?.text).toBe(
      'Dan Ortiz, head of the Harbor Trust, a group of ferry owners',
    );
    expect(primary('Mara Lind, 67, a retired nurse in Dover, said the toll was unfair.').mention?.text).toBe('Mara Lind, 67, a retired nurse in Dover');
    expect(primary('The port’s director, Ana Ruiz, a former pilot, said the toll was unfair.').mention?.text).toBe(
      'The port’s director, Ana Ruiz, a former pilot',
    );
  });
});

describe('a state after its city', () => {
  it('is no edge of an apposition: “a broker in Tampa, Fla., who …” and “a pilot from Dover, Del., said”', () => {
    expect(primary('“Sales are slow,” said Ann Marsh, a broker based in Tampa, Fla., who sells boats.').mention?.text).toBe(
      'Ann Marsh, a broker based in Tampa, Fla., who sells boats',
    );
    expect(primary('Paul Lind, a pilot from Dover, Del., who flies the morning route, said the toll was unfair.').mention?.text).toBe(
      'Paul Lind, a pilot from Dover, Del., who flies the morning route',
    );
    expect(primary('Rita Kaye, a nurse from Albany, New York, said the toll was unfair.').mention?.text).toBe('Rita Kaye, a nurse from Albany, New York');
  });
});

describe('an emphatic reflexive after the subject', () => {
  it('belongs to the mention, not the cue: “Okafor himself said”, “The dockers themselves have argued”', () => {
    const a = primary('Okafor himself said the toll was unfair.');
    expect(a.mention?.text).toBe('Okafor himself');
    expect(a.cue?.text).toBe('said');
    const b = primary('The dockers themselves have argued that the toll is unfair.');
    expect(b.mention?.text).toBe('The dockers themselves');
    expect(b.cue?.text).toBe('have argued');
  });
});

describe('credit lines', () => {
  it('are no attributions: “Okafor reported from Dover.”, “Contributing: Ann Lee.”', () => {
    expect(analyze('Okafor reported from Dover, Del.; Lind, from Albany.').claims.flatMap((c) => c.attributions)).toEqual([]);
    expect(analyze('Contributing: Ann Lee and Tom Marsh.').claims.flatMap((c) => c.attributions)).toEqual([]);
    expect(primary('Okafor reported from Dover that the ferry had sunk.').mention?.text).toBe('Okafor');
  });
});

describe('an apposition closing the sentence after “according to X”', () => {
  it('describes the source: “…, according to Ann Lowe, an analyst at Harbor Research.”', () => {
    const a = primary('The toll will rise, according to Ann Lowe, an analyst at Harbor Research.');
    expect(a.mention?.text).toBe('Ann Lowe, an analyst at Harbor Research');
    expect(a.content?.text).toBe('The toll will rise');
    expect(primary('Support for the toll fell, according to three recent polls, including one from the Harbor Institute.').mention?.text).toBe(
      'three recent polls, including one from the Harbor Institute',
    );
    expect(primary('The toll will rise, according to Ann Lowe, speaking on Friday.').mention?.text).toBe('Ann Lowe');
  });
});

describe('the end of the source after “according to”', () => {
  it('stops at a spaced hyphen or a parenthesis: “according to the Harbor Institute - a rise of …”', () => {
    expect(primary('The toll would raise $2 million, according to the Harbor Institute - a fifth of the budget.').mention?.text).toBe('the Harbor Institute');
    expect(primary('Most voters back the toll, according to exit polls (a narrow margin).').mention?.text).toBe('exit polls');
  });
});

describe('an aside between an apposition and the verb', () => {
  it('leaves the apposition with the name: “Ann Ruiz, a Democrat, despite her doubts, backed …”', () => {
    expect(primary('Ann Ruiz, a Democrat, despite her doubts, backed the toll.').mention?.text).toBe('Ann Ruiz, a Democrat');
    expect(primary('House Speaker Ann Ruiz, R-Wis., despite her doubts, backed the toll.').mention?.text).toBe('House Speaker Ann Ruiz, R-Wis.');
    expect(primary('Okafor, at the debate, said the toll was unfair.').mention?.text).toBe('Okafor');
  });
});

describe('British government sources', () => {
  it('reads "No 10" as a number, not a negative determiner, and Downing Street and No 10 as the government', () => {
    expect(primary('A No 10 spokesman said the toll was fair.').mention?.text).toBe('A No 10 spokesman');
    expect(primary('The No 10 spokesman said the toll was fair.').kind).toBe('anonymous');
    expect(primary('No 10 said the toll was fair.').kind).toBe('named_organization');
    expect(primary('Downing Street said the toll was fair.').kind).toBe('named_organization');
  });

  it('reads "Another said" as one more unnamed person', () => {
    const a = analyze('One harbour official called the toll unfair.\nAnother said it was long overdue.').claims[1]?.attributions[0];
    expect(a?.mention?.text).toBe('Another');
    expect(a?.kind).toBe('anonymous');
    expect(analyze('One after another, the harbour firms declared bankruptcy.').claims[0]?.attributions[0]?.mention?.text).toBe('the harbour firms');
  });
});

describe('surnames wink reads as auxiliaries', () => {
  it('keeps a capitalised word after a given name in the name: “said Mira Das, who …”', () => {
    expect(primary('“The next days are critical,” said Mira Das, who runs the shelter.').mention?.text).toBe('Mira Das, who runs the shelter');
    expect(primary('Mira Das said the shelter was full.').mention?.text).toBe('Mira Das');
  });
});
