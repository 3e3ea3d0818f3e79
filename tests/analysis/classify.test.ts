import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/nlp.js';
import { classifyChunk } from '../../src/analysis/attribution/classify.js';

/** Classifies a phrase as the subject of "… said yesterday."; `head` picks the head word by its text. */
function kindOf(phrase: string, head?: string): string {
  const { tokens } = tokenize(`${phrase} said yesterday.`);
  const e = tokens.findIndex((t) => t.text === 'said') - 1;
  const h = head === undefined ? undefined : tokens.findIndex((t) => t.text === head);
  return classifyChunk(tokens, { s: 0, e, ...(h === undefined ? {} : { head: h }) }).kind;
}

describe('classifyChunk', () => {
  it('reads a sentence-initial plural common noun as unnamed people, not a name', () => {
    expect(kindOf('Prosecutors')).toBe('anonymous');
    expect(kindOf('Supporters of the plan', 'Supporters')).toBe('anonymous');
    expect(kindOf('People close to Mr Ames', 'People')).toBe('anonymous');
    expect(kindOf('Forecasters')).toBe('anonymous');
    expect(kindOf('Records')).toBe('document');
    expect(kindOf('Farmers')).toBe('anonymous');
  });

  it('types a name with an ampersand or after a sentence-opening business noun as an organization', () => {
    expect(kindOf('Penrose & Hart')).toBe('named_organization');
    expect(kindOf('Retailer Penrose & Hart')).toBe('named_organization');
    expect(kindOf('Carmaker Dunmore')).toBe('named_organization');
    expect(kindOf('Group Captain Ann Lowe')).toBe('named_person');
  });

  it('types a lowercase institution with a name or a definite description as an organization', () => {
    expect(kindOf('The RMT union')).toBe('named_organization');
    expect(kindOf('The Dunmore County school board')).toBe('named_organization');
    expect(kindOf('The transport ministry')).toBe('named_organization');
    expect(kindOf('The federal statistics office')).toBe('named_organization');
  });

  it('leaves a bare or generic institution noun, and a pronoun-owned one, unnamed', () => {
    expect(kindOf('The company')).toBe('anonymous');
    expect(kindOf('The same company')).toBe('anonymous');
    expect(kindOf('His office')).toBe('anonymous');
    expect(kindOf('A local council')).toBe('anonymous');
  });

  it('takes the name at the end of a descriptor phrase', () => {
    expect(kindOf('Board member Rev. Anne Lowe')).toBe('named_person');
    expect(kindOf('Shipping group Nordhaven')).toBe('named_organization');
    expect(kindOf('Economy minister Eva Lind')).toBe('named_person');
  });

  it('reads post-nominal letters as a person and company words as a business', () => {
    expect(kindOf('Rosa Tell MP')).toBe('named_person');
    expect(kindOf('Hartley Interiors')).toBe('named_organization');
    expect(kindOf('Quillon Communications')).toBe('named_organization');
  });
});

describe('classifyChunk with titles and joiners', () => {
  it('decides on the name after a title', () => {
    expect(kindOf('Harbour Board Press Secretary Lena Voss')).toBe('named_person');
    expect(kindOf('Senate Majority Leader Mitch Conlan')).toBe('named_person');
    expect(kindOf('The Department of Health and Social Care')).toBe('named_organization');
    expect(kindOf('The Ministry of Defence')).toBe('named_organization');
  });

  it('reads "X of Y" and "X for Y" names as organizations, and quantifiers as not names', () => {
    expect(kindOf('Citizens for Tax Justice')).toBe('named_organization');
    expect(kindOf('Many Democrats')).toBe('anonymous');
  });
});

describe('classifyChunk after a courtesy title', () => {
  it('reads "Mr. King" as a person although "king" is a title', () => {
    expect(kindOf('Mr. King')).toBe('named_person');
  });
});

describe('classifyChunk with a parenthesis', () => {
  it('heads "Rep. Joan Crowe (D-N.Y.)" by the name, not the state', () => {
    expect(kindOf('Rep. Joan Crowe (D-N.Y.)')).toBe('named_person');
  });
});

describe('classifyChunk with a utility’s or a housebuilder’s name, and Downing Street', () => {
  it('reads "Thornby Water", "Pellham Homes" and "Downing Street" as organizations', () => {
    expect(kindOf('Thornby Water')).toBe('named_organization');
    expect(kindOf('Pellham Homes')).toBe('named_organization');
    expect(kindOf('Downing Street')).toBe('named_organization');
  });
});
