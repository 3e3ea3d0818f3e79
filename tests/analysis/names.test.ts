import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment.js';
import { indexNames, wordsBetween } from '../../src/analysis/names.js';

const indexOf = (text: string) => {
  const { tokens, sentences } = segment(text);
  return { tokens, names: indexNames(tokens, sentences) };
};

describe('indexNames', () => {
  it('finds organization evidence in an apposition, a possessive, a relative "which" and a descriptor', () => {
    const { names } = indexOf(
      'The deal went to Brenmore, a firm based in Leeds. Quillon’s chairman resigned. Tarvik Holm, which runs the depot, was fined. Shipping group Nordhaven left.',
    );
    expect(names.isOrganization(['Brenmore'])).toBe(true);
    expect(names.isOrganization(['Quillon'])).toBe(true);
    expect(names.isOrganization(['Tarvik', 'Holm'])).toBe(true);
    expect(names.isOrganization(['Nordhaven'])).toBe(true);
  });

  it('lets person evidence and surnames win over organization evidence', () => {
    const { names } = indexOf('Dana Holt, who runs the shop, spoke. Donald Marsh founded Marsh Holdings.');
    expect(names.isOrganization(['Dana', 'Holt'])).toBe(false);
    expect(names.isOrganization(['Marsh'])).toBe(false);
    expect(names.isSurname('Marsh')).toBe(true);
    expect(names.organizationExpansion(['Marsh'])).toBeNull();
  });

  it('completes short forms from the form the article uses most', () => {
    const { names } = indexOf('Ada Okafor spoke. Defiant Okafor was a headline. Ada Okafor left. Sir Alan Grove arrived.');
    expect(names.fullestPersonName(['Okafor'], false)).toEqual(['Ada', 'Okafor']);
    expect(names.fullestPersonName(['Alan'], true)).toEqual(['Alan', 'Grove']);
  });

  it('starts a name after a title inside the run and records the sex a title tells', () => {
    const { names } = indexOf('Retired Air Force Gen. Norman Hale spoke. Mrs Dunn listened.');
    expect(names.runs.map((r) => r.words.join(' '))).toEqual(['Norman Hale', 'Dunn']);
    expect(names.runs.map((r) => r.gender)).toEqual([null, 'f']);
  });
});

describe('wordsBetween', () => {
  it('joins pieces written together and drops possessive endings', () => {
    const { tokens } = indexOf('Jo-Ann Tillery’s plan');
    expect(wordsBetween(tokens, 0, tokens.length - 2)).toEqual(['Jo-Ann', 'Tillery']);
  });
});

describe('indexNames appositions', () => {
  it('reads the head after a possessive: ", the campaign’s press secretary" is a person', () => {
    const { names } = indexOf('Brian Falk, the campaign’s press secretary, spoke.');
    expect(names.isOrganization(['Brian', 'Falk'])).toBe(false);
  });
});

describe('indexNames at the start of a sentence', () => {
  it('leaves a market noun out of the name it opens: “Shares of Harbor Mills rose”', () => {
    const { names } = indexOf('Shares of Harbor Mills rose. Sales of Northwind fell.');
    expect(names.runs.map((r) => r.words.join(' '))).toEqual(['Harbor Mills', 'Northwind']);
  });
});

describe('indexNames apposition heads after a place', () => {
  it('reads the head after a hyphenated place: ", the San Marco-based maker of …" is a company', () => {
    const { names } = indexOf('Tallow, the San Marco-based maker of budgeting apps, said it would cut jobs. Quill, the Leeds-based lender, agreed.');
    expect(names.isOrganization(['Tallow'])).toBe(true);
    expect(names.isOrganization(['Quill'])).toBe(true);
  });
});

describe('indexNames titles before a name used as a modifier', () => {
  it('gives no person evidence to a name between a title and a noun: “a former Tallow engineer”', () => {
    const { names } = indexOf('Tallow, the maker of budgeting apps, cut jobs. Mark Webb, a former Tallow engineer, wrote about it.');
    expect(names.isOrganization(['Tallow'])).toBe(true);
  });
});
