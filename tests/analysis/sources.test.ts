import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

/** The primary source of the claim that starts with `starts`, as "kind: name". */
function sourceOf(text: string, starts: string): string {
  const claim = analyze(text).claims.find((c) => c.text.startsWith(starts));
  if (!claim) throw new Error(`no claim starts with "${starts}"`);
  return `${claim.kind}: ${claim.source?.name ?? '(none)'}`;
}

const cited = (text: string) =>
  analyze(text)
    .sources.filter((s) => s.claims > 0)
    .map((s) => `${s.kind}: ${s.name}`);

describe('pronouns', () => {
  it('resolve to the subject named earlier in the same sentence', () => {
    const text = 'Anna Price toured the plant on Monday, where she said the line would reopen in May.';
    expect(sourceOf(text, 'Anna Price')).toBe('named_person: Anna Price');
  });

  it('resolve to a person named in the sentence before when no speaker is nearer, matching he and she', () => {
    const text = [
      'Mr Hale said the bridge had been unsafe for years.',
      'For Mrs Dunn, the worry is the school run.',
      '“I drive across it every day,” she said.',
    ].join('\n');
    expect(sourceOf(text, '“I drive')).toBe('named_person: Dunn');
  });

  it('prefer the speaker over a person merely mentioned in the same sentence', () => {
    const text = 'Tom Reed said the ruling by Judge Ellen Shaw was a mistake. He said he would appeal.';
    expect(sourceOf(text, 'He said')).toBe('named_person: Tom Reed');
  });

  it('skip a name that opens a quotation: it is the speaker’s words, not the sentence’s subject', () => {
    const text = [
      'Boris Lenkov, who served at the embassy until 2019, said the president had lost patience.',
      '“Viktor Orlov trusts nobody now, not even his oldest friends,” he added.',
    ].join('\n');
    expect(sourceOf(text, '“Viktor')).toBe('named_person: Boris Lenkov');
  });

  it('skip captions and names inside quotations', () => {
    const text = [
      'Detective Sergeant Ann Cole said officers were searching the area.',
      'Peter Vance at the scene on Friday',
      '“Anyone who was on Mill Road should call us,” she said.',
    ].join('\n');
    expect(sourceOf(text, '“Anyone')).toBe('named_person: Ann Cole');
  });
});

describe('back-references', () => {
  it('"the trust" is the trust named earlier', () => {
    const text = 'A spokesperson for the Dunmore Valley NHS Trust said the ward was safe. The trust said it had no plans to close it.';
    expect(sourceOf(text, 'The trust')).toBe('named_organization: Dunmore Valley NHS Trust');
  });

  it('"the company" is a business that opens a later sentence in passing, not an earlier speaker', () => {
    const text = 'The Bank of Dunmore said rates would stay. Shares in Harwell Quarry jumped after the company said it found copper. The company expects output in May, it said.';
    expect(sourceOf(text, 'The company expects')).toBe('named_organization: Harwell Quarry');
    const bought = 'Corbel Systems said it would buy Halden Aerospace. The company said the deal was fair.';
    expect(sourceOf(bought, 'The company said')).toBe('named_organization: Corbel Systems');
  });

  it('a described person after a relation is the source: "Her ex-husband, the actor Theo Marsh, posted …"', () => {
    expect(sourceOf('Her ex-husband, the actor Theo Marsh, posted on Instagram that he was sad.', 'Her ex-husband')).toBe('named_person: Theo Marsh');
    expect(sourceOf('Her lawyer, the best in town, said the case was weak.', 'Her lawyer')).toBe('anonymous: Her lawyer');
  });

  it('a tag\'s "it" is the company its own sentence opens with: "The company expects …, it said"', () => {
    const text = 'The Bank of Dunmore said rates would stay. Shares in Harwell Quarry jumped after the company found copper. The company expects output in May, it said.';
    expect(sourceOf(text, 'The company expects')).toBe('named_organization: Harwell Quarry');
  });

  it('"the newspaper" is the outlet named before, known by its apposition', () => {
    const text = 'The Dunmore Courier, a tabloid owned by the ruling party, said exporters were to blame. The newspaper cited officials as saying the drug was found.';
    expect(sourceOf(text, 'The newspaper')).toBe('named_organization: Dunmore Courier');
  });

  it('"the company" is the business named earlier', () => {
    const text = 'Corbel Systems said profits fell by a third. The company said it would cut 200 jobs.';
    expect(sourceOf(text, 'The company')).toBe('named_organization: Corbel Systems');
  });

  it('"the label" is the record company named before it', () => {
    const text = 'Bluefin Records denied there was any rift with the band.\n“We are proud of them,” the label said.';
    expect(sourceOf(text, '“We are')).toBe('named_organization: Bluefin Records');
  });

  it('"the airline" is the business named in passing, not only one that spoke, and never one named after it', () => {
    const text = [
      'Shares in Eastwind Airways fell on Thursday after the carrier warned of cancellations.',
      'The airline said profits would be lower than forecast.',
      'The company blamed its engine supplier, Halden Aerospace, for the delays.',
      'Halden said it had met every deadline.',
    ].join('\n');
    expect(sourceOf(text, 'The airline')).toBe('named_organization: Eastwind Airways');
    expect(sourceOf(text, 'The company')).toBe('named_organization: Eastwind Airways');
    expect(sourceOf(text, 'Halden said')).toBe('named_organization: Halden Aerospace');
  });

  it('"the court" is the court named in passing, whose name keeps a word that is elsewhere a title ("Crown")', () => {
    const text = 'Ann Holt admitted theft at Leeds Crown Court on Friday.\nThe court heard that she took 3,000 tablets.';
    expect(sourceOf(text, 'The court')).toBe('named_organization: Leeds Crown Court');
  });

  it('"the company" never means a public body', () => {
    const text = 'The Transport Ministry said the line would close. The company said it was surprised.';
    expect(sourceOf(text, 'The company')).toBe('anonymous: The company');
  });

  it('"the union" is the union named earlier, and the acronym alone is the same body', () => {
    const text = 'The RMT union said the strike would go ahead. The union said talks had failed. The RMT said members were angry.';
    expect(cited(text)).toEqual(['named_organization: RMT union']);
  });

  it('"the spokesman" and "the person" are the unnamed sources introduced earlier', () => {
    const text = [
      '“Prices will rise,” a company spokesman said. The spokesman said no jobs were at risk.',
      'A person familiar with the talks said a deal was close. “Both sides want it,” the person said.',
    ].join('\n');
    expect(cited(text)).toEqual(['anonymous: a company spokesman', 'anonymous: A person familiar with the talks']);
  });

  it('"the defence ministry" is "the Ministry of Defence"', () => {
    const text = 'The Ministry of Defence said the contract was fair. The defence ministry said the review was over.';
    expect(cited(text)).toEqual(['named_organization: Ministry of Defence']);
  });
});

describe('names', () => {
  it('"Sir Alan" is Sir Alan Grove, and surnames are full names without titles', () => {
    const text = 'Sir Alan Grove said the plan worked. Sir Alan said more was needed. Board member Rev. Jane Holt said the vote was rushed. Holt said she would resign.';
    expect(cited(text)).toEqual(['named_person: Alan Grove', 'named_person: Jane Holt']);
  });

  it('keep a descriptor written before the name as a description, not in the name', () => {
    const report = analyze('Economy minister Eva Lind said talks should resume.');
    expect(report.sources[0]?.name).toBe('Eva Lind');
    expect(report.sources[0]?.descriptions).toEqual(['Economy minister']);
  });

  it('take a closing "who" clause after an inverted speaker as a description, not part of the name', () => {
    const text = '“Sleep is no luxury,” said Professor Ann Lowe, who led the research.\nShe cautioned that the study was small.';
    expect(sourceOf(text, '“Sleep')).toBe('named_person: Ann Lowe');
    expect(sourceOf(text, 'She cautioned')).toBe('named_person: Ann Lowe');
    expect(analyze(text).sources[0]?.descriptions).toEqual(['who led the research']);
  });

  it('take the name from an apposition to a role', () => {
    const report = analyze('Its chief economist, Dr Mia Stone, said the rate would rise.');
    expect(report.sources.map((s) => `${s.kind}: ${s.name}`)).toEqual(['named_person: Mia Stone']);
    expect(report.sources[0]?.descriptions).toEqual(['Its chief economist']);
  });

  it('do not make a person only mentioned in an unnamed source a source', () => {
    const text = 'Aides to Delgado said the bill would pass. People close to Mr Hart said he acted on advice.';
    expect(cited(text)).toEqual(['anonymous: Aides to Delgado', 'anonymous: People close to Mr Hart']);
  });
});

describe('co-speakers', () => {
  it('each person of a coordinated subject is a source of the claim, the first one primary', () => {
    const report = analyze('Mr. Ortiz and Ms. Baker said the bridge would close. Lena Voss, Omar Haddad and Ruth Kemp said they objected.');
    expect(report.sources.map((s) => `${s.name}: ${s.claims}`)).toEqual(['Ortiz: 1', 'Baker: 1', 'Lena Voss: 1', 'Omar Haddad: 1', 'Ruth Kemp: 1']);
    const [first, second] = report.claims;
    expect(first?.source?.name).toBe('Ortiz');
    expect(first?.attributions.map((a) => `${a.source?.name} <${a.mention?.text}> ${a.cue?.text}`)).toEqual([
      'Ortiz <Mr. Ortiz and Ms. Baker> said',
      'Baker <Ms. Baker> said',
    ]);
    expect(second?.attributions.map((a) => a.source?.name)).toEqual(['Lena Voss', 'Omar Haddad', 'Ruth Kemp']);
    expect(first?.reasons[0]).toBe('On the record: Ortiz and Baker (“said”).');
  });

  it('countries and capitals joined by "and" are a source each, as governments', () => {
    expect(cited('Canada, Mexico and Brazil said the tariffs were unfair. Beijing and Moscow denied the report.')).toEqual([
      'named_organization: Canada',
      'named_organization: Mexico',
      'named_organization: Brazil',
      'named_organization: Beijing',
      'named_organization: Moscow',
    ]);
  });

  it('single words joined by "and" are one company, unless the article uses them as people’s names', () => {
    expect(cited('Marks and Spencer said sales rose. Procter and Gamble said prices would rise.')).toEqual([
      'named_organization: Marks and Spencer',
      'named_organization: Procter and Gamble',
    ]);
    const text = 'Dr. Ines Vogt and Mr. Park met the board. Vogt and Park said the audit was late.';
    expect(cited(text)).toEqual(['named_person: Ines Vogt', 'named_person: Park']);
  });
});

describe('organizations from what the article says about a name', () => {
  it('", which" after a name', () => {
    expect(sourceOf('Tarvik Holm, which runs the depot, said it was sorry.', 'Tarvik')).toBe('named_organization: Tarvik Holm');
  });

  it('an apposition with a business noun, or a descriptor before the name, elsewhere in the article', () => {
    const text = 'The deal went to Brenmore, a firm based in Leeds. Brenmore said it was pleased.';
    expect(sourceOf(text, 'Brenmore said')).toBe('named_organization: Brenmore');
  });

  it('a possessive with something only an organization has', () => {
    const text = "Quillon's chairman resigned on Friday. Quillon denied any wrongdoing.";
    expect(sourceOf(text, 'Quillon denied')).toBe('named_organization: Quillon');
  });

  it('a fuller name with a company word: the short form takes the full name', () => {
    const text = 'The contract went to Veldon Communications in March. Veldon denied any wrongdoing.';
    expect(sourceOf(text, 'Veldon denied')).toBe('named_organization: Veldon Communications');
  });

  it('an events company is an organization: "The promoter, Harbor Events, said"', () => {
    expect(sourceOf('The promoter, Harbor Events, said the tour would go ahead.', 'The promoter')).toBe('named_organization: Harbor Events');
  });

  it('person evidence wins: a title or ", who"', () => {
    const text = 'Dana Holt, who runs the shop, said sales fell. Mrs Holt said prices were too high.';
    expect(cited(text)).toEqual(['named_person: Dana Holt']);
  });
});

describe('titles as back-references', () => {
  it('"the senator" is the person last named with that title, abbreviated or not', () => {
    const text = 'Sen. Paul Hendricks opposed the bill on Monday. The senator said it would never pass.';
    expect(sourceOf(text, 'The senator')).toBe('named_person: Paul Hendricks');
  });

  it('"the minister" after a lowercase title before the name', () => {
    const text = 'Talks stalled, economy minister Katrin Vollmer told reporters. The minister said both sides must compromise.';
    expect(sourceOf(text, 'The minister')).toBe('named_person: Katrin Vollmer');
  });
});

describe('people described by party', () => {
  it('"the Ohio Republican" is the person last named as a speaker or subject', () => {
    const text = 'Senator Mark Dell on Tuesday accused the port board of hiding the cost.\n“People deserve to know,” the Ohio Republican told reporters.';
    expect(sourceOf(text, '“People')).toBe('named_person: Mark Dell');
  });

  it('stays an unnamed source with nobody named before it', () => {
    expect(sourceOf('“People deserve to know,” the Ohio Republican told reporters.', '“People')).toBe('anonymous: the Ohio Republican');
  });

  it('"the first-term Democrat" refers back like "the Ohio Republican"', () => {
    const text = 'Councilman Ray Oduya voted against the levy.\n“This is a tax on renters,” the first-term Democrat said.';
    expect(sourceOf(text, '“This')).toBe('named_person: Ray Oduya');
  });
});

describe('people described by their trade', () => {
  it('"the defender", "the Welsh coach" and "the singer" are the person last named', () => {
    const text = [
      'Captain Tom Ashby admitted the side had been poor.',
      '“We let everyone down,” the defender said.',
      'Coach Ivo Marsh said he would not resign.',
      'The Welsh coach said the board still backed him.',
      'Pop star Lina Kerr has cancelled her tour.',
      'The singer said she needed rest.',
    ].join('\n');
    expect(sourceOf(text, '“We let')).toBe('named_person: Tom Ashby');
    expect(sourceOf(text, 'The Welsh coach')).toBe('named_person: Ivo Marsh');
    expect(sourceOf(text, 'The singer')).toBe('named_person: Lina Kerr');
  });
});

describe('person names inside longer mentions', () => {
  it('start after the last title and stop before "of …"', () => {
    const text = [
      'New Jersey Gov. Carl Brandt said the budget was balanced.',
      'Secretary of State Ruth Anand said talks would go on.',
      'Del. Marta Quinlan of the Virgin Islands said the vote was unfair.',
    ].join('\n');
    expect(cited(text)).toEqual(['named_person: Carl Brandt', 'named_person: Ruth Anand', 'named_person: Marta Quinlan']);
  });

  it('keep particles and hyphens', () => {
    const text = 'Mayor Tomas de Vries said the plan would pass. De Vries said it was cheap. Jo-Ann Tillery, a professor, said it was not.';
    expect(cited(text)).toEqual(['named_person: Tomas de Vries', 'named_person: Jo-Ann Tillery']);
  });

  it('"the senator from Ohio" refers back like "the senator"', () => {
    const text = 'Sen. Paul Hendry opposed the bill. The senator from Ohio said it would fail.';
    expect(sourceOf(text, 'The senator')).toBe('named_person: Paul Hendry');
  });

  it('"the state" is not a title that refers back to a secretary of state', () => {
    const text = 'Secretary of State Jon Hewitt defended the rules. The state said the rules were lawful.';
    expect(sourceOf(text, 'The state')).toBe('anonymous: The state');
  });
});

describe('surnames and companies', () => {
  it('a surname is never the company that shares it', () => {
    const text = 'Donald Marsh built the firm. Marsh Holdings closed in 2010. Marsh said the closure was planned.';
    expect(sourceOf(text, 'Marsh said')).toBe('named_person: Donald Marsh');
  });

  it('a common word opening a sentence is not a pronoun antecedent', () => {
    const text = 'General Norman Hale said the cuts hurt. Austerity came in 2013. He said it was a mistake.';
    expect(sourceOf(text, 'He said')).toBe('named_person: Norman Hale');
  });
});

describe('"the company" and news outlets', () => {
  it('skips a news outlet for the business named before it', () => {
    const text = 'Corbel Systems said profits fell. Reuters reported that sales had slowed. The company said it would cut jobs.';
    expect(sourceOf(text, 'The company')).toBe('named_organization: Corbel Systems');
  });
});

describe('shared surnames and appositive subjects', () => {
  it('keeps two people with one surname apart, so he and she find the right one', () => {
    const text = [
      'Loretta Lyle met Stephen Lyle on Monday.',
      'Stephen Lyle said he would vote no.',
      'Loretta Lyle spoke next.',
      '“We have the votes,” she said.',
    ].join('\n');
    expect(cited(text)).toEqual(['named_person: Stephen Lyle', 'named_person: Loretta Lyle']);
  });

  it('takes a subject with an apposition as the antecedent', () => {
    const text = 'Angela Brunner, a developer in Leeds, has campaigned for the scheme for years.\n“It is hard to explain,” she said.';
    expect(sourceOf(text, '“It is hard')).toBe('named_person: Angela Brunner');
  });
});

describe('short forms of organization names', () => {
  it('"the Post" is the one "… Post" the article names, and stays apart when there are two', () => {
    const one = 'The Ashford Post reported the deal on Monday. The Post said the price was £4 million.';
    expect(cited(one)).toEqual(['named_organization: Ashford Post']);
    const two = 'The Ashford Post and the Lydd Post covered the deal. The Post said the price was £4 million.';
    expect(sourceOf(two, 'The Post')).toBe('named_organization: Post');
  });
});

describe('bodies described in lowercase', () => {
  it('keep two descriptions apart and keep a modifier that is also a title word', () => {
    const text = 'The school district said counselors would be on hand.\nThe ambulance service said two people were hurt.\nThe health department said it would review the case.';
    expect(cited(text)).toEqual(['named_organization: school district', 'named_organization: ambulance service', 'named_organization: health department']);
  });

  it('"the district" refers back to the school district', () => {
    const text = 'The school district said counselors would be on hand.\nThe district said it would review security.';
    expect(sourceOf(text, 'The district')).toBe('named_organization: school district');
  });
});

describe('a lone capitalised plural opening a sentence', () => {
  it('is an unnamed group when the article never uses it as a surname: "Objectors claim …"', () => {
    const text = 'The quarry plan goes to a vote on Monday.\nObjectors claim the lorries would wreck the lanes.';
    expect(sourceOf(text, 'Objectors')).toBe('anonymous: Objectors');
  });

  it('stays a person where the article gives the word as a surname: "Dan Flowers … Flowers said"', () => {
    const text = 'Dan Flowers runs the quarry.\nFlowers said the lorries would use the bypass.';
    expect(sourceOf(text, 'Flowers said')).toBe('named_person: Dan Flowers');
  });
});

describe('"the housebuilder" and "the practice"', () => {
  it('refer back to the business named before', () => {
    const text = 'The estate was designed by Carrow Lane Architects and is being built by Pellham Homes.\nThe housebuilder insists the site is safe.';
    expect(sourceOf(text, 'The housebuilder')).toBe('named_organization: Pellham Homes');
    const practice = 'Harriet Moss founded the firm Moss Daley Partners in 1990.\nThe practice said she had retired in May.';
    expect(sourceOf(practice, 'The practice')).toBe('named_organization: Moss Daley Partners');
  });
});

describe('he and she with a first name that tells the sex', () => {
  it('skip a man named last for "she": the woman named before, or nobody', () => {
    const text = 'Councillor Jane Ruddock opened the meeting.\nThe treasurer, Peter Lang, presented the accounts.\n“We are in good shape,” she said.';
    expect(sourceOf(text, '“We are')).toBe('named_person: Jane Ruddock');
    const alone = 'Peter Lang presented the accounts on Monday.\n“We are in good shape,” she said.';
    expect(sourceOf(alone, '“We are')).toBe('anonymous: she (unresolved)');
  });
});
