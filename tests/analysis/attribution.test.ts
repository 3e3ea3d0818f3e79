// One short sentence of our own per attribution pattern: who is the source, what is the cue, where is
// the content, what kind and channel.
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution, type Claim } from '../../src/analysis/index.js';

function claimOf(text: string, index = 0): Claim {
  const claim = analyze(text).claims[index];
  if (!claim) throw new Error(`no claim ${index} in: ${text}`);
  return claim;
}

function primary(text: string, index = 0): Attribution {
  const a = claimOf(text, index).attributions[0];
  if (!a) throw new Error(`claim ${index} has no attribution in: ${text}`);
  return a;
}

describe('named sources with verbs of saying', () => {
  it('takes a floating quantifier and frequency adverbs into the verb group, not the subject: “Officials all agreed”', () => {
    const a = primary('Harbour officials all agreed that the port should close.');
    expect(a.mention?.text).toBe('Harbour officials');
    expect(a.cue?.text).toBe('all agreed');
    expect(primary('All agreed that the port should close.').mention?.text).toBe('All');
    expect(primary('Okafor sometimes says that the port should close.').cue?.text).toBe('sometimes says');
  });

  it('reads "X said (that) …" with the content after the cue', () => {
    const a = primary('Mayor Jane Hollis said that the bridge would reopen in May.');
    expect(a.mention?.text).toBe('Mayor Jane Hollis');
    expect(a.cue?.text).toBe('said');
    expect(a.content?.text).toBe('that the bridge would reopen in May');
    expect(a.kind).toBe('named_person');
    expect(a.source?.name).toBe('Jane Hollis');
    expect(a.quote).toBe('indirect');
  });

  it('reads "…, X said." with the content before the source', () => {
    const a = primary('The bridge will reopen in May, Hollis said.');
    expect(a.mention?.text).toBe('Hollis');
    expect(a.content?.text).toBe('The bridge will reopen in May');
  });

  it('reads a direct quotation tagged "X told Sky News" as media', () => {
    const a = primary('“We are ready,” Hollis told Sky News on Friday.');
    expect(a.cue?.text).toBe('told');
    expect(a.quote).toBe('direct');
    expect(a.channel).toBe('media');
  });

  it('reads an inverted tag "said X"', () => {
    const a = primary('“The budget is balanced,” said Tom Reyes, the city treasurer.');
    expect(a.source?.name).toBe('Tom Reyes');
    expect(a.content?.text).toContain('The budget is balanced');
  });

  it('takes a closing "who" clause after an inverted speaker into the mention, unless it reports something itself', () => {
    const a = primary('“We are ready,” said Tom Reyes, a lawyer for the Harbor Trust, who has fought the toll for years.');
    expect(a.mention?.text).toBe('Tom Reyes, a lawyer for the Harbor Trust, who has fought the toll for years');
    expect(a.source?.name).toBe('Tom Reyes');
    const claim = claimOf('“We are ready,” said Tom Reyes, who stressed that the toll was unfair.');
    expect(claim.attributions[0]?.mention?.text).toBe('Tom Reyes');
    expect(claim.attributions.some((x) => x.cue?.text === 'stressed')).toBe(true);
    expect(primary('“We are ready,” said Ana Ruiz, head of the Harbor Trust, which owns the pier.').mention?.text).toBe('Ana Ruiz, head of the Harbor Trust');
  });

  it('ends a speaker\'s mention before a "who" clause that reports something itself: "Hollis, who endorsed …, said"', () => {
    const claim = claimOf('Dana Hollis, who endorsed the mayor on Tuesday, said the vote was close.');
    expect(claim.attributions[0]?.mention?.text).toBe('Dana Hollis');
    expect(claim.attributions[0]?.cue?.text).toBe('said');
    expect(claim.attributions.some((x) => x.mention?.text === 'who' && x.cue?.text === 'endorsed')).toBe(true);
    expect(primary('Dana Hollis, who lives by the pier, said the vote was close.').mention?.text).toBe('Dana Hollis, who lives by the pier');
  });

  it('reads an apposition after an inverted speaker\'s party label: "said Rep. Jo Hart (D-Ohio), a critic of …"', () => {
    const a = primary('“We are ready,” said Rep. Jo Hart (D-Ohio), a leading critic of the toll.');
    expect(a.mention?.text).toBe('Rep. Jo Hart (D-Ohio), a leading critic of the toll');
    expect(a.source?.name).toBe('Jo Hart');
  });

  it('reads an inverted speaker with a partitive or a post-modifier: "said a person close to the mayor"', () => {
    expect(primary('“It is over,” said a person close to the mayor.').mention?.text).toBe('a person close to the mayor');
    expect(primary('“We are ready,” said one of the advisers.').mention?.text).toBe('one of the advisers');
    expect(primary('“No,” said the man who built the bridge.').mention?.text).toBe('the man who built the bridge');
    expect(primary('“No,” said a spokesman for the council on Friday.').mention?.text).toBe('a spokesman for the council');
    expect(primary('“No,” said Hollis in Leeds.').mention?.text).toBe('Hollis');
  });

  it('skips the apposition to find the speaker', () => {
    const text = 'Sir Alan Brooke, chief inspector in the inquiry into former Governor Paul Denton, said the report was “damning”.';
    const a = primary(text);
    expect(a.source?.name).toBe('Alan Brooke');
    expect(a.quote).toBe('partial');
    const report = analyze(text);
    expect(report.sources.find((s) => s.name === 'Alan Brooke')?.descriptions[0]).toBe('chief inspector in the inquiry into former Governor Paul Denton');
    expect(report.sources.some((s) => /Denton/.test(s.name))).toBe(false);
  });

  it('takes the name from an apposition after a description: "His lawyer, Amy Cole, said"', () => {
    const a = primary('His lawyer, Amy Cole, said the charges would be dropped.');
    expect(a.source?.name).toBe('Amy Cole');
    expect(a.kind).toBe('named_person');
  });

  it('leaves an aside about where or how someone spoke out of the mention', () => {
    expect(primary('Hollis, speaking to farmers in Leeds, said the fees would fall.').mention?.text).toBe('Hollis');
    expect(primary('Pike, at a rally on Monday, said the vote was rigged.').mention?.text).toBe('Pike');
    expect(primary('Tom Reyes, the city treasurer, said the budget was balanced.').mention?.text).toBe('Tom Reyes, the city treasurer');
  });

  it('reads relative "that" after a speaker or document as the mention', () => {
    const a = primary('Hollis read a report that says the dam is weak.');
    expect(a.mention?.text).toBe('that');
    expect(a.cue?.text).toBe('says');
    expect(claimOf('Hollis said that backs were sore.').attributions[0]?.mention?.text).toBe('Hollis');
  });

  it('keeps a number written with a hyphen whole: “Sixty-two percent of Republicans agreed”', () => {
    const a = primary('The poll was out on Monday. Sixty-two percent of Republicans agreed.', 1);
    expect(a.mention?.text).toBe('Sixty-two percent of Republicans');
    expect(a.content).toBeNull();
    expect(primary('Twenty-one members said the pier was safe.').mention?.text).toBe('Twenty-one members');
  });

  it('keeps a focus word and a party label in the mention', () => {
    expect(primary('Only 52 percent of voters said the count was fair.').mention?.text).toBe('Only 52 percent of voters');
    const a = primary('Rep. Jo Hart (D-Ohio), head of the caucus, said the bill was dead.');
    expect(a.mention?.text).toBe('Rep. Jo Hart (D-Ohio), head of the caucus');
    expect(a.source?.name).toBe('Jo Hart');
    expect(primary('“It is over,” said Pike, speaking to reporters.').mention?.text).toBe('Pike');
  });

  it('reads a coordinated subject as one mention', () => {
    expect(primary('Local farmers and some shopkeepers say the market should stay open.').mention?.text).toBe('Local farmers and some shopkeepers');
    expect(primary('Federal and state officials said the road was closed.').mention?.text).toBe('Federal and state officials');
    expect(primary('The talks ended. Canada, Mexico and Brazil said the tariffs were illegal.', 1).mention?.text).toBe('Canada, Mexico and Brazil');
    expect(primary('The bridge closed and officials said it was unsafe.').mention?.text).toBe('officials');
    const late = primary('Buses stopped and the pier was shut until Sunday evening, harbour and ferry officials said.');
    expect(late.mention?.text).toBe('harbour and ferry officials');
    expect(late.content?.text).toBe('Buses stopped and the pier was shut until Sunday evening');
  });

  it('reads a subject with a relative clause that has no "that": "Everyone I interviewed said"', () => {
    expect(primary('Everyone I interviewed said the new tax was unfair.').mention?.text).toBe('Everyone I interviewed');
    expect(primary('The experts we spoke to said the dam would hold.').mention?.text).toBe('The experts we spoke to');
    expect(primary('All the farmers I have met believe the fees are too high.').mention?.text).toBe('All the farmers I have met');
  });

  it('takes a manner adverb right after the verb into the cue: "said sarcastically"', () => {
    const a = primary('Growers complain bitterly that the rules are too strict.');
    expect(a.cue?.text).toBe('complain bitterly');
    expect(a.content?.text).toBe('that the rules are too strict');
    expect(primary('The union has called for immediately raising wages.').cue?.text).toBe('has called for');
  });

  it('ends indirect content before a participle clause after a comma', () => {
    const claim = claimOf('Pike said the count was wrong, arguing that the machines had failed.');
    expect(claim.attributions[0]?.content?.text).toBe('the count was wrong');
    expect(claim.attributions[1]?.cue?.text).toBe('arguing');
  });

  it('ends indirect content before ", and" with a new subject, not before a list or a shared subject', () => {
    expect(primary('Hollis said the toll would rise, and the council has since voted against it.').content?.text).toBe('the toll would rise');
    expect(primary('Hollis said the toll would rise, and would stay high until 2030.').content?.text).toBe('the toll would rise, and would stay high until 2030');
    expect(primary('Hollis said the toll would rise for cars, vans, and lorries.').content?.text).toBe('the toll would rise for cars, vans, and lorries');
  });

  it('runs reported content on over ", but" and a modal, and stops before ", but" and the speaker\'s own act', () => {
    expect(primary('Hollis said the bridge was safe, but would close for repairs.').content?.text).toBe('the bridge was safe, but would close for repairs');
    expect(primary('Hollis said the bridge was safe, but ordered an inspection.').content?.text).toBe('the bridge was safe');
  });

  it('reads a participle after a quoted phrase that closes on its comma: "the “harbor spirit,” saying …"', () => {
    const claim = claimOf('Okafor has praised the “harbor spirit,” saying the town had shown courage.');
    expect(claim.attributions[0]?.content?.text).toBe('the “harbor spirit');
    const saying = claim.attributions.find((x) => x.cue?.text === 'saying');
    expect(saying?.content?.text).toBe('the town had shown courage');
    expect(saying?.source?.name).toBe('Okafor');
  });

  it('finds the subject of a participle clause past a party label: "Rep. Jo Hart (D-Ohio) answered …, saying"', () => {
    const claim = claimOf('In a letter on Monday, Rep. Jo Hart (D-Ohio) answered the council, saying the toll was unfair.');
    const saying = claim.attributions.find((x) => x.cue?.text === 'saying');
    expect(saying?.source?.name).toBe('Jo Hart');
  });

  it('ends indirect content before a single closing dash aside, not before a list or a pair of dashes', () => {
    expect(primary('Hollis said the toll would rise by a third -- far more than the council had planned.').content?.text).toBe('the toll would rise by a third');
    expect(primary('Hollis said the toll would cover everything -- from bridges to buses.').content?.text).toBe('the toll would cover everything -- from bridges to buses');
    expect(primary('Hollis said the toll -- the highest in the region -- would rise.').content?.text).toBe('the toll -- the highest in the region -- would rise');
  });

  it('ends indirect content before a closing indefinite apposition, the writer\'s comment', () => {
    expect(primary('Hollis said the toll would rise by a third, a heavy blow to growers.').content?.text).toBe('the toll would rise by a third');
    expect(primary('Hollis said the toll, a burden on growers, would rise.').content?.text).toBe('the toll, a burden on growers, would rise');
  });

  it('ends content inside a fronted subordinate clause where the main clause begins', () => {
    expect(primary('Although Okafor has admitted missing the deadline, she has not resigned.').content?.text).toBe('missing the deadline');
    expect(primary('While Hollis said the toll was unfair, the council voted for it.').content?.text).toBe('the toll was unfair');
    expect(primary('Hollis said that while the toll was unfair, the council would keep it.').content?.text).toBe('that while the toll was unfair, the council would keep it');
  });

  it('ends indirect content before a closing ", which …" aside, not before one inside it', () => {
    expect(primary('Hollis said the toll would rise, which the council has opposed.').content?.text).toBe('the toll would rise');
    expect(primary('Hollis said the toll, which rose last year, would rise again.').content?.text).toBe('the toll, which rose last year, would rise again');
  });

  it('ends a stance verb\'s object before a time adjunct', () => {
    expect(primary('Hollis criticized the toll plan during a stop in Leeds.').content?.text).toBe('the toll plan');
    expect(primary('The growers’ union endorsed Ms. Okafor on Thursday.').content?.text).toBe('Ms. Okafor');
    expect(primary('The council rejected the toll plan in a statement.').content?.text).toBe('the toll plan');
    expect(primary('Hollis praised the bridge repairs in 2019.').content?.text).toBe('the bridge repairs');
    expect(primary('The council condemned the toll rise as drivers queued at the bridge.').content?.text).toBe('the toll rise');
    expect(primary('The council described the toll as a burden.').content?.text).toBe('the toll as a burden');
  });

  it('reads "many of whom say" and ends the content where the main clause resumes', () => {
    const a = primary('The growers, many of whom say the quota is unfair, signed the petition.');
    expect(a.mention?.text).toBe('many of whom');
    expect(a.content?.text).toBe('the quota is unfair');
    expect(primary('Reyes, who has said the count was wrong, left early.').content?.text).toBe('the count was wrong');
  });

  it('reads other verbs of saying: wrote, added, warned, denied, called for', () => {
    expect(primary('Dana Pike wrote that the vote was rigged.').cue?.text).toBe('wrote');
    expect(primary('The plan is costly, Pike added.').cue?.text).toBe('added');
    expect(primary('Pike warned that prices would rise.').cue?.text).toBe('warned');
    expect(primary('Pike denied taking the money.').cue?.text).toBe('denied');
    expect(primary('The union called for a strike next week.').cue?.text).toBe('called for');
  });

  it('includes the auxiliaries of the verb group in the cue', () => {
    expect(primary('Pike has also said the plan is costly.').cue?.text).toBe('has also said');
  });

  it('takes the preposition that introduces the topic into the cue: "complained about"', () => {
    const a = primary('Farmers complained about the new water charges.');
    expect(a.cue?.text).toBe('complained about');
    expect(a.content?.text).toBe('the new water charges');
    expect(primary('The council warned against cutting bus routes.').cue?.text).toBe('warned against');
    expect(primary('Hollis was critical of the new budget.').cue?.text).toBe('was critical of');
  });

  it('opens the content at "that" after a place or audience phrase: "said in Leeds that"', () => {
    const a = primary('Okafor said in Leeds that the toll would rise.');
    expect(a.cue?.text).toBe('said');
    expect(a.content?.text).toBe('that the toll would rise');
    expect(primary('Ms. Lin told a crowd of growers on Friday that prices would fall.').content?.text).toBe('that prices would fall');
    expect(primary('The growers complained about the rules that govern exports.').content?.text).toBe('the rules that govern exports');
  });

  it('gives a verb after "yet" the subject of the clause before it', () => {
    const claim = claimOf('Okafor criticized the council, yet refuses to publish her own accounts.');
    const refuses = claim.attributions.find((x) => x.cue?.text === 'refuses');
    expect(refuses?.source?.name).toBe('Okafor');
  });

  it('keeps the person urged or told in the content of an object-control verb: "urged growers to …"', () => {
    const a = primary('Okafor urged growers to vote for the toll.');
    expect(a.cue?.text).toBe('urged');
    expect(a.content?.text).toBe('growers to vote for the toll');
    expect(primary('Hollis told reporters that the toll would rise.').content?.text).toBe('that the toll would rise');
  });

  it('keeps the preposition out of a plain "said": "said of the plan"', () => {
    expect(primary('“It will never work,” Hollis said of the plan.').cue?.text).toBe('said');
  });

  it('joins a subject before a middle tag to a quoted predicate after it: "Farmers, she said, are ‘fed up’"', () => {
    expect(primary('Farmers, Hollis said, are “fed up with the toll”.').content?.text).toBe('Farmers, Hollis said, are “fed up with the toll');
    expect(primary('As for the toll, Hollis said, “Nobody asked us.”').content?.text).toBe('“Nobody asked us');
  });

  it('takes the quotation before the tag as the content, not a phrase after it: "“…,” Hollis said at a rally"', () => {
    const a = primary('“It will never work,” Hollis said of the plan.');
    expect(a.content?.text).toContain('It will never work');
    expect(a.quote).toBe('direct');
    expect(primary('“The toll is unfair,” Okafor said at a campaign stop this week.').content?.text).toContain('The toll is unfair');
    expect(primary('“We are ready,” Hollis said, “and so is the town.”').content?.text).toContain('and so is the town');
  });

  it('does not count a negated verb with nothing reported', () => {
    expect(claimOf('Pike did not speculate on what the deal would cost.').kind).toBe('unattributed');
  });
});

describe('organizations and places as speakers', () => {
  it('reads institutions and countries as organizations', () => {
    expect(primary('The Kremlin says the sanctions are illegal.').kind).toBe('named_organization');
    expect(primary('The war will last years, Ukraine believes.').kind).toBe('named_organization');
    expect(primary('The ICC said the warrant stands.').kind).toBe('named_organization');
  });

  it('resolves "It" to the organization named just before', () => {
    const report = analyze('The Port Authority closed the terminal on Monday. It said the closure was temporary.');
    expect(report.claims[1]?.source?.name).toBe('Port Authority');
  });

  it('expands an acronym to the name the article spells out', () => {
    const report = analyze('The International Energy Agency published its outlook. The IEA said demand would peak.');
    expect(report.claims[1]?.source?.name).toBe('International Energy Agency');
  });
});

describe('anonymous sources', () => {
  it('reads a share of those polled as the speaker: "Six in 10 say", "a third said", "45% of growers believe"', () => {
    expect(primary('Six in 10 say the toll is too high.').mention?.text).toBe('Six in 10');
    expect(primary('A third said the plan was unfair.').mention?.text).toBe('A third');
    expect(primary('Just 45% of growers believe the toll is fair.').mention?.text).toBe('Just 45% of growers');
    expect(primary('About three-quarters, 74 percent, say they back the toll.').mention?.text).toBe('About three-quarters, 74 percent');
  });

  it.each([
    ['Officials said the talks had stalled.', 'Officials'],
    ['Some analysts have interpreted the move as a retreat.', 'Some analysts'],
    ['A senior official said the talks had stalled.', 'A senior official'],
    ['People familiar with the matter said the deal was close.', 'People familiar with the matter'],
    ['Experts not involved in the study said the results were useful.', 'Experts not involved in the study'],
    ['One driver, who asked not to be named, said the pier was unsafe.', 'One driver, who asked not to be named'],
    ['The deal is close, according to a person close to the company.', 'a person close to the company'],
  ])('%s', (text, mention) => {
    const a = primary(text);
    expect(a.kind).toBe('anonymous');
    expect(a.mention?.text).toBe(mention);
  });
});

describe('agentless and vague attributions', () => {
  it('keeps a modal in a raising cue and never lets it cut a named speaker’s words: “could be expected to …, analysts said”', () => {
    const [said, expected] = claimOf('The ferry deal could be expected to pass, analysts said.').attributions;
    expect(said?.mention?.text).toBe('analysts');
    expect(said?.content?.text).toBe('The ferry deal could be expected to pass');
    expect(expected?.cue?.text).toBe('could be expected');
  });

  it.each([
    ['It is believed that the minister will resign.', 'believed'],
    ['It is understood the firm has hired advisers.', 'understood'],
    ['The plan is widely seen as a gamble.', 'widely seen'],
    ['There have been reports of unrest in the capital.', 'There have been reports'],
    ['The minister reportedly plans to resign.', 'reportedly'],
    ['The suspect allegedly stole three cars.', 'allegedly'],
  ])('%s', (text, cue) => {
    const claim = claimOf(text);
    expect(claim.kind).toBe('vague');
    expect(claim.source).toBeNull();
    expect(claim.attributions[0]?.cue?.text).toBe(cue);
  });

  it('lets a named or anonymous source outrank an agentless cue in the same sentence', () => {
    const claim = claimOf('According to a diplomat in Paris, it is believed that the talks failed.');
    expect(claim.kind).toBe('anonymous');
    expect(claim.attributions.map((a) => a.kind)).toContain('vague');
  });

  it('keeps an agentless frame around a claim primary over a source named inside it', () => {
    const claim = claimOf('It is understood that the plan was criticised by the Harbor Institute, the port’s auditor.');
    expect(claim.kind).toBe('vague');
    expect(claim.attributions[0]?.cue?.text).toBe('understood');
  });

  it('reads a standing appeal in the present ("is asked to call") as no attribution, a past request as one', () => {
    expect(claimOf('Anyone with information is asked to call police on 101.').kind).toBe('unattributed');
    expect(claimOf('Residents are urged to keep their windows closed.').kind).toBe('unattributed');
    expect(claimOf('The mayor was asked to resign.').kind).toBe('vague');
  });

  it('reads "charged" with a price as no accusation, "charged two developers" still as one', () => {
    expect(claimOf('Councillor Ann Lowe charged £3,400 in travel costs to the council.').attributions).toEqual([]);
    expect(claimOf('Councillor Ann Lowe charged 3,400 pounds in travel costs.').attributions).toEqual([]);
    expect(claimOf('Prosecutors charged two developers with fraud.').attributions.map((a) => a.cue?.text)).toEqual(['charged']);
  });

  it('reads "… laws show that" as a verb of showing where wink tags "show" as a noun', () => {
    const a = primary('Documents obtained under freedom of information laws show that the mayor spent the money.');
    expect(a.kind).toBe('document');
    expect(a.cue?.text).toBe('show');
    expect(primary('Documents obtained under freedom of information laws show that Councillor Ann Lowe spent £3,400.').kind).toBe('document');
  });

  it('takes unnamed councillors as speakers and "the government" as the named body', () => {
    expect(claimOf('Opposition councillors have called for Mr Hollins to resign.').kind).toBe('anonymous');
    expect(claimOf('The government insists it has done enough to help.').kind).toBe('named_organization');
  });

  it('reads a negated verb of publishing ("does not publish its figures") as reporting nothing', () => {
    expect(claimOf('The ministry does not publish its own casualty figures.').attributions).toEqual([]);
  });

  it('reads a dummy "it" before a passive ("It is not known how many …") as naming nobody', () => {
    expect(claimOf('It is not known how many people bought the tablets.').attributions).toEqual([]);
  });

  it('reads "X is accused of" as an attribution with no named accuser', () => {
    expect(claimOf('The mayor was accused of taking bribes.').kind).toBe('vague');
  });

  it('reads "Asked on the radio who …" and "… when asked how …", but not "when asked to do so"', () => {
    expect(claimOf('Asked on the radio who leads the party, Okafor said he did.').attributions.map((a) => a.cue?.text)).toEqual(['said', 'Asked']);
    const when = claimOf('“It is fine,” Okafor told reporters on Monday when asked how the talks went.');
    expect(when.attributions.map((a) => a.cue?.text)).toEqual(['told', 'asked']);
    const request = claimOf('Hollis said the driver stopped when asked to leave the bridge.');
    expect(request.attributions.map((a) => a.cue?.text)).toEqual(['said']);
  });

  it('reads "Asked about …, X said" as the question beside the answer, the speaker first', () => {
    const claim = claimOf('Asked about the closure, Hollis said it was temporary.');
    expect(claim.attributions.map((a) => a.cue?.text)).toEqual(['said', 'Asked about']);
    expect(claim.attributions[1]?.content?.text).toBe('the closure');
    expect(claimOf('When asked whether she would run, the mayor said no.').attributions.map((a) => a.cue?.text)).toContain('asked');
  });

  it('leaves "Asked about …" alone when nobody answers in the sentence', () => {
    expect(claimOf('Asked about the closure, Hollis walked away.').kind).toBe('unattributed');
  });
});

describe('documents and outlets', () => {
  it('takes an adjective after a determiner or possessive as the head: "the brief said"', () => {
    expect(primary('The brief said that the port was closed.').mention?.text).toBe('The brief');
    expect(primary('Her lawyer’s brief said that the port was closed.').mention?.text).toBe('Her lawyer’s brief');
  });

  it('gives "According to X, an apposition," the apposition as a description, not content', () => {
    const report = analyze('According to Ann Lowe, an analyst at Harbor Research, the toll will rise in May.');
    const a = report.claims[0]?.attributions[0];
    expect(a?.mention?.text).toBe('Ann Lowe, an analyst at Harbor Research');
    expect(a?.content?.text).toBe('the toll will rise in May');
    expect(report.sources[0]).toMatchObject({ name: 'Ann Lowe', kind: 'named_person', descriptions: ['an analyst at Harbor Research'] });
    const institute = analyze('According to the Harbor Institute, a Leeds-based think tank, losses rose by a third.').claims[0];
    expect(institute?.attributions[0]?.content?.text).toBe('losses rose by a third');
    expect(institute?.certainty).toBe('asserted');
    // A phrase with a verb of its own is the content's start, not an apposition.
    expect(primary('According to the report, a draft seen by this paper, the pier will close.').mention?.text).toBe('the report');
  });

  it('reads "According to documents seen by X" as a document, the reduced relative inside the mention', () => {
    const a = primary('According to documents seen by the Harbor Gazette, the board was warned in May.');
    expect(a.kind).toBe('document');
    expect(a.mention?.text).toBe('documents seen by the Harbor Gazette');
    expect(a.content?.text).toBe('the board was warned in May');
  });

  it('keeps a joint pollster name written with a slash whole: "the Ledger/KTV poll"', () => {
    expect(primary('The latest Harbor/Lindqvist poll shows Okafor ahead.').mention?.text).toBe('The latest Harbor/Lindqvist poll');
    expect(primary('According to the Ledger/KTV poll, Okafor leads.').mention?.text).toBe('the Ledger/KTV poll');
  });

  it('reads documents, studies and polls as documents', () => {
    expect(primary('Court documents show that the loan was never repaid.').kind).toBe('document');
    expect(primary('A study published in the journal found that sleep protects memory.').kind).toBe('document');
    expect(primary('The payments continued for years, according to court documents.').kind).toBe('document');
    expect(primary('A chart in the filing shows that rents doubled.').kind).toBe('document');
    expect(primary('The new campaign ad says the senator voted twice.').kind).toBe('document');
  });

  it('reads on through a phrase attached to the venue: "in an interview with …"', () => {
    const a = primary('“We will rebuild,” Hollis said in an interview with the Ledger.');
    expect(a.cue?.text).toBe('said in an interview with the Ledger');
    expect(a.content?.text).toContain('We will rebuild');
    expect(a.content?.text).not.toContain('Ledger');
  });

  it('reads a month after the cue as time, not content', () => {
    expect(primary('“We will rebuild,” Hollis said in August.').content?.text).not.toContain('August');
  });

  it('reads "found" with an object only for a document: "A study by … found 31 cases"', () => {
    const a = primary('A 2019 study by Leeds professor Anna Cole found 31 cases of fraud.');
    expect(a.mention?.text).toBe('A 2019 study by Leeds professor Anna Cole');
    expect(a.content?.text).toBe('31 cases of fraud');
    expect(claimOf('Police found a knife in the car.').kind).toBe('unattributed');
  });

  it('reads a film or report that examines, explores or chronicles something', () => {
    expect(primary('The documentary explores how the mill town lost its jobs.').cue?.text).toBe('explores');
    expect(primary('The report chronicles the failures of the flood agency.').kind).toBe('document');
  });

  it('reads "in the latest poll" as the poll reporting the figures', () => {
    const a = primary('In the latest Gallup poll released Monday, Reyes leads by four points.');
    expect(a.cue?.text).toBe('In');
    expect(a.mention?.text).toBe('the latest Gallup poll released Monday');
    expect(a.content?.text).toBe('Reyes leads by four points');
    expect(a.channel).toBe('document');
    expect(primary('Reyes has gained ground in several recent polls.').mention?.text).toBe('several recent polls');
    expect(claimOf('Reyes gained ground in the north.').kind).toBe('unattributed');
  });

  it('takes "in" as a poll cue only when its own phrase names the poll', () => {
    expect(claimOf('Voters in the northern towns will go to the polls on Tuesday.').kind).toBe('unattributed');
    expect(claimOf('Reyes has slipped in the polls since the debate.').kind).toBe('unattributed');
    expect(primary('Reyes has slipped in the latest polls.').mention?.text).toBe('the latest polls');
  });

  it('marks "said in a statement" with the statement channel', () => {
    const a = primary('Harbor Freight said in a statement that it would appeal.');
    expect(a.cue?.text).toBe('said in a statement');
    expect(a.channel).toBe('statement');
  });
});

describe('social media', () => {
  it.each([
    ['Gerald Moss tweeted that the game was rigged.'],
    ['Gerald Moss wrote on X that the game was rigged.'],
    ['Gerald Moss said on Telegram that the game was rigged.'],
    ['Gerald Moss posted that the game was rigged.'],
  ])('%s', (text) => {
    expect(primary(text).channel).toBe('social_media');
  });
});

describe('beliefs, intentions and stances', () => {
  it('needs a clause for a belief verb to attribute', () => {
    expect(primary('Ministers believe the plan will work.').cue?.text).toBe('believe');
    expect(primary('Hollis doesn’t think so.').cue?.text).toContain('think');
    expect(claimOf('Ministers believe in miracles.').kind).toBe('unattributed');
  });

  it('starts the cue at an aspect verb: "continues to insist", "went on to say"', () => {
    expect(primary('Pike continues to insist that the count was wrong.').cue?.text).toBe('continues to insist');
    const a = primary('Hollis went on to say that the bridge was unsafe.');
    expect(a.cue?.text).toBe('went on to say');
    expect(a.mention?.text).toBe('Hollis');
    expect(primary('Small groups of farmers continued to call for lower fees.').mention?.text).toBe('Small groups of farmers');
  });

  it('reads particle cues: "laid out", "railed against", "seized on", "bristled at"', () => {
    expect(primary('Hollis laid out her plan for the harbour.').cue?.text).toBe('laid out');
    expect(primary('The senator railed against the new toll.').cue?.text).toBe('railed against');
    expect(primary('Reyes has seized on the leaked memo.').cue?.text).toBe('has seized on');
    expect(primary('Pike bristled at the suggestion that he was unready.').cue?.text).toBe('bristled at');
    expect(claimOf('The workers laid the cables.').kind).toBe('unattributed');
  });

  it('reads rarer verbs of saying and stance: refute, confess, muse, rebuff, salute', () => {
    expect(primary('Hollis refuted the claim that the bridge was unsafe.').cue?.text).toBe('refuted');
    expect(primary('Reyes confessed that he had never read the report.').cue?.text).toBe('confessed');
    expect(primary('The mayor rebuffed the offer from the developers.').cue?.text).toBe('rebuffed');
  });

  it('reads adjectives of stance with a copula: "were coy about", "is bullish on"', () => {
    expect(primary('The mayor’s aides were coy about whether the fare would rise.').cue?.text).toBe('were coy about');
    expect(primary('Reyes is bullish on the harbour project.').cue?.text).toBe('is bullish on');
  });

  it('ends the cue at a raising verb before a verb that is no cue: "seemed to have" → "seemed"', () => {
    const a = primary('Hollis seemed to have doubts about the vote.');
    expect(a.cue?.text).toBe('seemed');
    // How Hollis seemed is the writer's impression: Hollis is inside the content, not its source.
    expect(a.mention).toBeNull();
  });

  it('reads "vowed not to …" as a promise, and "asked not to be named" as no claim', () => {
    expect(primary('The minister vowed not to repeat the mistake.').content?.text).toBe('not to repeat the mistake');
    expect(claimOf('One official, who asked not to be named, said the talks failed.').attributions.map((a) => a.cue?.text)).toEqual(['said']);
  });

  it('reads a noun-tagged "plans" after an apposition when "to" and a verb follow', () => {
    expect(primary('The mayor’s deputy, Councillor Anna Cole, plans to release the report soon.').cue?.text).toBe('plans');
    expect(claimOf('In the city, plans to widen the road were shelved.').kind).toBe('unattributed');
  });

  it('reads love and hate of something as a stance', () => {
    expect(primary('Hollis loves the old market hall.').cue?.text).toBe('loves');
    expect(primary('Many residents resent the new quota.').mention?.text).toBe('Many residents');
  });

  it('reads a person discussing, addressing or rating something as a stance', () => {
    expect(primary('Hollis discussed the flood defences with residents.').cue?.text).toBe('discussed');
    expect(primary('The mayor did not address the budget gap.').cue?.text).toBe('did not address');
    expect(claimOf('The figures compared with last year.').kind).toBe('unattributed');
  });

  it('reads a coordinated belief or promise: "… and expects them to", "… and vowed to sharply …"', () => {
    expect(primary('Reyes is gloomy about rents and expects them to climb further.').cue?.text).toBe('expects');
    const claim = claimOf('The senator outlined her budget and vowed to sharply cut waste.');
    expect(claim.attributions.map((a) => a.cue?.text)).toContain('vowed');
  });

  it('looks past a parenthetical adverb to the subject', () => {
    expect(primary('Some analysts, however, question the value of the subsidy.').mention?.text).toBe('Some analysts');
    expect(primary('On Thursday, however, Reyes spoke to farmers, saying fees would fall.').mention?.text).toBe('Reyes');
  });

  it('reads a participle clause that opens the sentence with the subject after it', () => {
    const a = primary('After saying the pier was unsafe, Hollis closed it.');
    expect(a.cue?.text).toBe('saying');
    expect(a.mention?.text).toBe('Hollis');
    expect(a.content?.text).toBe('the pier was unsafe');
  });

  it('reads a participle after a preposition: "apart from saying", "for saying"', () => {
    const claim = claimOf('Hollis refused to name a date, apart from saying the bridge would open in spring.');
    expect(claim.attributions.map((a) => a.cue?.text)).toContain('saying');
  });

  it('reads a participle that shares the subject', () => {
    const claim = claimOf('Officials denied the report, saying it was false.');
    expect(claim.attributions.map((a) => a.cue?.text)).toEqual(['denied', 'saying']);
    expect(claim.attributions[1]?.source?.name).toBe(claim.attributions[0]?.source?.name);
    expect(claim.attributions[1]?.mention?.text).toBe('Officials');
  });

  it('lists a quotation carried into the next sentence once, where its cue is, and points there', () => {
    const report = analyze('“We are ready,” Hollis said. “The bridge will open.”');
    expect(report.claims[1]?.attributions).toEqual([]);
    expect(report.claims[1]?.continues).toBe(0);
    expect(report.claims[0]?.continues).toBeNull();
  });

  it('reads a held noun cue after a modifier: "the police\'s earlier claim that …"', () => {
    const a = primary('The video undercut the police’s earlier claim that the man was armed.');
    expect(a.cue?.text).toBe('claim');
    expect(a.mention?.text).toBe('the police’s');
  });

  it('reads noun cues with a holder', () => {
    const a = primary('The senator’s claim that the law is unconstitutional was rejected.');
    expect(a.cue?.text).toBe('claim');
    expect(a.mention?.text).toBe('The senator’s');
  });
});

describe('quotations across sentences', () => {
  it('carries a speaker into a following quoted sentence without a tag', () => {
    const report = analyze('“We will rebuild,” Dr. Ada Lund said. “Nobody is leaving.”');
    expect(report.claims[1]).toMatchObject({ kind: 'named_person', source: { name: 'Ada Lund' }, continues: 0, attributions: [] });
    expect(report.claims[0]?.attributions[0]?.content?.text).toBe('“We will rebuild,” Dr. Ada Lund said. “Nobody is leaving.”');
  });

  it('attributes the opening sentences of a quotation tagged at its end', () => {
    const report = analyze('“The water rose fast. We had minutes,” said Ruth Calder.');
    expect(report.claims[0]).toMatchObject({ source: { name: 'Ruth Calder' }, continues: 1, attributions: [] });
  });

  it('resolves a pronoun to the last person, skipping captions', () => {
    const report = analyze('Sir Alan Brooke said the report was fair.\nThe minister and the mayor at the launch in May\nHe added that it was overdue.');
    expect(report.claims[1]?.caption).toBe(true);
    expect(report.claims[2]?.source?.name).toBe('Alan Brooke');
  });
});

describe('punctuation tags', () => {
  it('reads a speaker label before a colon and a dash tag after a quotation', () => {
    expect(primary('HOLLIS: We will not back down.').source?.name).toMatch(/HOLLIS/i);
    expect(primary('“We will not back down.” ― Jane Hollis', 1).source?.name).toBe('Jane Hollis');
  });

  it('reads "Said Ellis: “…”" as an inverted verb, not a label', () => {
    const a = primary('The plan is complex. Said Hollis: “Nobody has read it.”', 1);
    expect(a.cue?.text).toBe('Said');
    expect(a.mention?.text).toBe('Hollis');
    expect(a.content?.text).toContain('Nobody has read it');
  });

  it('runs a transcript label\'s content over the rest of its paragraph', () => {
    const report = analyze('HOLLIS: We will not back down. The bridge stays open.\n\nThe hearing ended at noon.');
    expect(report.claims[0]?.attributions[0]?.content?.text).toBe('We will not back down. The bridge stays open.');
    expect(report.claims[2]?.kind).toBe('unattributed');
  });
});

describe('headlines', () => {
  it('takes an adverb before the verb and a past tense in a Title Case headline: “Okafor Just Announced …”', () => {
    const a = primary('Mayor Okafor Just Announced Who She Wants On The Harbor Board.');
    expect(a.mention?.text).toBe('Mayor Okafor');
    expect(a.cue?.text).toBe('Just Announced');
    expect(primary('Okafor Accused Of Hiding Harbor Repair Costs.').cue?.text).toBe('Accused Of');
  });

  it('reads a Title Case first line with a bare present verb', () => {
    const report = analyze('Mayor Hollis Slams Budget As A Disgrace\n\nThe city council met on Monday.');
    expect(report.claims[0]?.source?.name).toBe('Hollis');
    expect(report.claims[0]?.attributions[0]?.cue?.text).toBe('Slams');
    expect(report.claims[1]?.kind).toBe('unattributed');
  });
});

describe('the publication’s own voice', () => {
  it('leaves plain narration unattributed', () => {
    const claim = claimOf('The bridge was closed for repairs in March.');
    expect(claim.kind).toBe('unattributed');
    expect(claim.attributions).toEqual([]);
  });

  it('does not take a quoted name for a speaker', () => {
    expect(claimOf('Forces continue to fight in what it calls a “special operation”.').kind).toBe('unattributed');
  });
});

describe('subjects set off from their verb', () => {
  it('takes a plain noun before an apposition as the speaker of a verb of saying: “Several fact checkers, including …, said”', () => {
    const a = primary('Several fact checkers, including the Harbor Ledger, said that the bridge is old.');
    expect(a.mention?.text).toBe('Several fact checkers, including the Harbor Ledger');
    expect(a.cue?.text).toBe('said');
    // A fronted clause with its own verb is no apposition: the speaker is the inverted name.
    const b = primary('Even as the ferry moves north, a route that she hoped to keep, the trip will be long, said Dana Okafor.');
    expect(b.mention?.text).toBe('Dana Okafor');
  });

  it('reads an apposition that ends in a quoted title: “Okafor, host of “Harbor Live,” said”', () => {
    const a = primary('Dana Okafor, host of the radio show “Harbor Live,” suggested that the bridge is old.');
    expect(a.mention?.text).toBe('Dana Okafor, host of the radio show “Harbor Live');
    expect(a.cue?.text).toBe('suggested');
    expect(primary("Dana Okafor, host of ''Harbor Live'', said the bridge is old.").mention?.text).toBe("Dana Okafor, host of ''Harbor Live''");
  });

  it('reads a bare group opening the clause before a verb wink tags as a noun: “Some say the …”', () => {
    const a = primary('Some say the bridge is too old to repair.');
    expect(a.mention?.text).toBe('Some');
    expect(a.cue?.text).toBe('say');
    expect(primary('However, many think the bridge is too old.').mention?.text).toBe('many');
    expect(claimOf('Voters have some say in the plan.').attributions).toHaveLength(0);
  });

  it('takes “those” with a participle, a preposition or a “who” clause as the speaker: “Those surveyed say”', () => {
    expect(primary('Again, those surveyed said the bridge is old.').mention?.text).toBe('those surveyed');
    expect(primary('Those around him acknowledge that the bridge is old.').mention?.text).toBe('Those around him');
    expect(primary('Those who have studied the bridge acknowledge that it is old.').mention?.text).toBe('Those who have studied the bridge');
  });

  it('reads poll shares with a participle before the noun and “out of”: “Nine in 10 registered voters say”', () => {
    expect(primary('Nine in 10 registered voters say they like the harbor plan.').mention?.text).toBe('Nine in 10 registered voters');
    expect(primary('Two out of three voters say the bridge is old.').mention?.text).toBe('Two out of three voters');
  });

  it('takes a noun wink tags as an adjective after other modifiers as the head: “The longtime socialist said”', () => {
    expect(primary('The longtime socialist said the bridge is old.').mention?.text).toBe('The longtime socialist');
    expect(primary('But the self-described socialist has vowed to keep the bridge open.').mention?.text).toBe('the self-described socialist');
  });

  it('finds the subject after the auxiliary of a question about what someone did: “But has he called for …?”', () => {
    const a = primary('But has the mayor called for a new toll on the bridge?');
    expect(a.mention?.text).toBe('the mayor');
    expect(a.cue?.text).toBe('called for');
    expect(primary('Did the council refuse to fund the repairs?').mention?.text).toBe('the council');
    expect(claimOf('Can the mayor keep the bridge open?').attributions).toHaveLength(0);
  });

  it('reads a participle after a noun with “by” + agent as a passive whose speaker is the agent: “a call echoed by Okafor”', () => {
    const a = claimOf('The council wants the toll lowered, a call echoed by Okafor on Saturday.').attributions.find((x) => x.cue?.text === 'echoed');
    expect(a?.mention?.text).toBe('Okafor');
    expect(a?.content?.text).toBe('a call');
  });

  it('takes a plain noun after a relative pronoun as the speaker of the clause: “…, which officials said would …”', () => {
    const a = primary('The toll changes, which officials said would begin in May, affect the bridge.');
    expect(a.mention?.text).toBe('officials');
    expect(a.cue?.text).toBe('said');
  });

  it('reads “neither” as a subject alone or as a determiner: “But neither man has spoken out about …”', () => {
    expect(primary('But neither man has spoken out about the bridge.').mention?.text).toBe('neither man');
  });

  it('skips “this past week” between the subject and its verb', () => {
    const a = primary('Pat Okafor, the council chairman, this past week announced that the bridge would close.');
    expect(a.mention?.text).toBe('Pat Okafor, the council chairman');
    expect(a.cue?.text).toBe('announced');
  });

  it('keeps the clause before a closing “according to X, who …” as what X reports', () => {
    const a = primary('The bridge is too old to repair, according to Okafor, who chairs the harbor board.');
    expect(a.cue?.text).toBe('according to');
    expect(a.content?.text).toBe('The bridge is too old to repair');
  });

  it('reads an irregular participle with its agent as an aside on the subject: “Okafor, struck by her story, told …”', () => {
    const a = primary('Okafor, struck by her story, told reporters the bridge is old.');
    expect(a.mention?.text).toBe('Okafor, struck by her story');
    expect(a.cue?.text).toBe('told');
  });
});

describe('a main clause in the writer’s voice', () => {
  it('keeps a sentence unattributed when its only attribution sits in a clause of sequence or cause', () => {
    const after = claimOf('Holt was arrested in 2022 after a colleague raised concerns about the pharmacy.');
    expect(after.kind).toBe('unattributed');
    expect(after.source).toBeNull();
    expect(after.attributions.map((a) => a.cue?.text)).toEqual(['raised concerns about']);
    expect(claimOf('Because the mayor said the pier was unsafe, the ferry stopped running.').kind).toBe('unattributed');
  });

  it('credits the speaker when the main clause is the report, or the clause only describes the speaker', () => {
    expect(claimOf('Okafor said the ferry stopped after the storm.').kind).toBe('named_person');
    expect(claimOf('One mother, who asked not to be named because her employer is a contractor, said the pier was unsafe.').kind).toBe('anonymous');
    expect(claimOf('The row began on Thursday, when Okafor tweeted that the club had missed every deadline.').kind).toBe('named_person');
  });
});

describe('a tag after a clause with its own auxiliary', () => {
  it('takes the speaker after the verb, not the clause before it as a speaker with an aside', () => {
    const a = primary('Kopp, meanwhile, may have approached the border, said Freeh.');
    expect(a.mention?.text).toBe('Freeh');
    expect(a.content?.text).toBe('Kopp, meanwhile, may have approached the border');
  });
});

describe('certainty of a claim whose speaker is described with a hedge', () => {
  it('leaves a hedge inside the speaker’s phrase out of the claim’s certainty', () => {
    const claim = claimOf('One driver, who feared for his job, said the pier was unsafe.');
    expect(claim.certainty).toBe('asserted');
    expect(claim.hedges).toEqual([]);
    expect(claimOf('One driver said the pier may be unsafe.').certainty).toBe('possible');
  });
});

describe('passives without their own auxiliary', () => {
  it('reads a verb that needs its object, with none, after a passive and "and" as passive: “was released and ordered to …”', () => {
    expect(claimOf('Ann Lowe was released on bail and ordered to hand over her passport.').kind).toBe('unattributed');
    expect(claimOf('Ann Lowe was arrested at the pier and charged with theft.').kind).toBe('unattributed');
    expect(primary('Ann Lowe was arrested at the pier and said she was innocent.').mention?.text).toBe('Ann Lowe');
    expect(primary('The mayor was re-elected and urged voters to back the pier.').mention?.text).toBe('The mayor');
  });

  it('reads a headline’s bare participle of such a verb as passive: “Harbour boss charged in fraud case”', () => {
    const claims = analyze('Former harbour boss charged in $2 million ferry fraud\nThe case opens in May.').claims;
    expect(claims[0]?.kind).toBe('unattributed');
    expect(claims[0]?.attributions).toEqual([]);
  });
});

describe('the question put to a speaker', () => {
  it('leaves the hedges of an “Asked whether …” clause out of the claim’s certainty', () => {
    expect(claimOf('Asked whether the council would retaliate, Ann Lowe said: “We do not want a fight.”').certainty).toBe('asserted');
    expect(claimOf('Asked whether the pier would close, Ann Lowe said it might close in May.').certainty).toBe('possible');
  });
});

describe('forecasts with a plain object', () => {
  it('reads “expects” before a noun object as a belief: “The retailer expects sales of about $2 billion”', () => {
    const a = primary('The ferry firm expects sales of about $2 billion this year.');
    expect(a.mention?.text).toBe('The ferry firm');
    expect(a.cue?.text).toBe('expects');
    expect(a.content?.text).toBe('sales of about $2 billion this year');
    expect(primary('Harbour analysts expect growth of 3% in May.').mention?.text).toBe('Harbour analysts');
  });
});

describe('a raising verb with a subject of its own', () => {
  it('names nobody: "Attendance appeared to be …" is the writer’s hedged claim, its subject no source', () => {
    const claim = claimOf('Attendance appeared to be lower than last spring.');
    expect(claim.kind).toBe('unattributed');
    expect(claim.certainty).toBe('probable');
    expect(claim.attributions[0]?.mention).toBeNull();
    expect(claimOf('The Greens seem to be gaining ground in the suburbs.').kind).toBe('unattributed');
  });

  it('keeps the speaker of a chained cue: "Hollis appeared to suggest that …"', () => {
    expect(primary('Hollis appeared to suggest that the toll was unfair.').mention?.text).toBe('Hollis');
  });
});

describe('"there were" hearsay with a participle before the noun', () => {
  it('reads "There were scattered reports of …" as agentless', () => {
    expect(claimOf('There were scattered reports of looting in the port.').kind).toBe('vague');
    expect(claimOf('There are conflicting accounts of the crash.').kind).toBe('vague');
  });
});

describe('a negated verb of saying with an adverb before its preposition', () => {
  it('attributes nothing: "has not commented publicly on …"', () => {
    expect(claimOf('Reyes has not commented publicly on the split.').kind).toBe('unattributed');
    expect(primary('Reyes has not publicly criticised the plan.').mention?.text).toBe('Reyes');
  });
});
