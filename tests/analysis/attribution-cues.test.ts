// Cue recall: phrasings whose cue is more than a verb of saying. One invented sentence per rule.
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution } from '../../src/analysis/index.js';

function attributionWithCue(text: string, cue: string): Attribution {
  const all = analyze(text).claims.flatMap((c) => c.attributions);
  const a = all.find((x) => x.cue?.text === cue);
  if (!a) throw new Error(`no cue "${cue}" in: ${text} (got ${all.map((x) => x.cue?.text).join(', ')})`);
  return a;
}

describe('light-verb cues', () => {
  it('reads a light verb with its stance noun and preposition as one cue: "made the case for", "took aim at"', () => {
    expect(attributionWithCue('Mayor Ana Ruiz made the case for a new toll bridge.', 'made the case for').mention?.text).toBe('Mayor Ana Ruiz');
    expect(attributionWithCue('The harbor union took aim at the port authority.', 'took aim at').mention?.text).toBe('The harbor union');
    expect(attributionWithCue('Several councillors have voiced deep concern about the budget.', 'have voiced deep concern about').content?.text).toBe('the budget');
    expect(attributionWithCue('Lindqvist has no illusions about the vote.', 'has no illusions about').mention?.text).toBe('Lindqvist');
    expect(attributionWithCue('Okafor has been a consistent and outspoken critic of the tax.', 'has been a consistent and outspoken critic of').mention?.text).toBe('Okafor');
  });

  it('reads "made it clear that" and "has made plain that" as one cue, but not "made the sky clear"', () => {
    expect(attributionWithCue('Okafor made it clear that the toll would stay.', 'made it clear').content?.text).toBe('that the toll would stay');
    expect(attributionWithCue('The port board has made plain that it will sue.', 'has made plain').mention?.text).toBe('The port board');
    expect(analyze('The wind made the sky clear.').claims[0]?.attributions).toEqual([]);
  });

  it('does not read a light verb with a noun that points back at earlier words as a new cue', () => {
    expect(analyze('Okafor made the comments at a rally in Leeds.').claims[0]?.attributions).toEqual([]);
    expect(analyze('Okafor made these remarks on Monday.').claims[0]?.attributions).toEqual([]);
  });
});

describe('verb forms wink reads as adjectives', () => {
  it('reads "is promising" and ", promising to" as cues, but not "the results are promising"', () => {
    expect(attributionWithCue('Mayor Ana Ruiz is promising lower tolls.', 'is promising').mention?.text).toBe('Mayor Ana Ruiz');
    expect(attributionWithCue('Ruiz spoke at the pier, promising to lift the toll.', 'promising').content?.text).toBe('to lift the toll');
    expect(analyze('The first results are promising.').claims[0]?.attributions).toEqual([]);
  });

  it('reads the past form of a speech or stance verb tagged as an adjective as the cue: "the mayor alleged that"', () => {
    expect(attributionWithCue('The harbor mayor alleged that the port had lied.', 'alleged').mention?.text).toBe('The harbor mayor');
    expect(analyze('The alleged bribe was small.').claims[0]?.attributions).toEqual([]);
  });
});

describe('"put it" of words', () => {
  it('reads "as X put it" and "put it bluntly:" as cues, but not a thing put somewhere', () => {
    const a = attributionWithCue('As Ana Ruiz put it in a statement, the toll is a tax on the poor.', 'put it in a statement');
    expect(a.mention?.text).toBe('Ana Ruiz');
    expect(a.content?.text).toBe('the toll is a tax on the poor');
    expect(attributionWithCue('Hollis put it bluntly: the toll is a tax.', 'put it bluntly').content?.text).toBe('the toll is a tax');
    expect(analyze('Hollis put it in the drawer.').claims[0]?.attributions).toEqual([]);
  });
});

describe('passives of saying with their agent', () => {
  it('reads "was first reported by" and "were echoed by" with the agent as source, the subject as content, and "by" out of the cue', () => {
    const a = attributionWithCue('The toll plan was first reported by the Harbor Ledger.', 'was first reported');
    expect(a.mention?.text).toBe('the Harbor Ledger');
    expect(a.content?.text).toBe('The toll plan');
    expect(attributionWithCue('His doubts were echoed by several port economists.', 'were echoed').mention?.text).toBe('several port economists');
  });
});

describe('partitive phrases as sources', () => {
  it('keeps "dozens of unions" and "many of the experts" whole after "by"', () => {
    expect(attributionWithCue('The toll plan was endorsed by dozens of unions.', 'was endorsed').mention?.text).toBe('dozens of unions');
    expect(attributionWithCue('The toll plan was criticized by many of the port economists.', 'was criticized').mention?.text).toBe('many of the port economists');
  });
});

describe('a participle opening the sentence', () => {
  it('speaks for the subject after its comma: "Citing an old survey, Ruiz accused …"', () => {
    const a = attributionWithCue('The port lost money. Citing an old survey, Ruiz accused the port of waste.', 'Citing');
    expect(a.mention?.text).toBe('Ruiz');
    expect(a.content?.text).toBe('an old survey');
  });
});

describe('stance verbs of attack and play-down', () => {
  it('reads "downplayed", "grilled" and "exhorted" as cues', () => {
    expect(attributionWithCue('Hollis downplayed the risk of a port strike.', 'downplayed').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The senators grilled the port director about the tolls.', 'grilled').mention?.text).toBe('The senators');
    expect(attributionWithCue('Okafor exhorted the crowd to vote.', 'exhorted').mention?.text).toBe('Okafor');
  });

  it('reads "went after" a person as a cue, but not "went after" an event', () => {
    expect(attributionWithCue('Ruiz went after Hollis over the tolls.', 'went after').mention?.text).toBe('Ruiz');
    expect(analyze('Ruiz went after the meeting to the pier.').claims[0]?.attributions).toEqual([]);
  });
});

describe('lists of plain nouns as one subject', () => {
  it('keeps "Farmers, lawyers and dockers" whole as the source', () => {
    expect(attributionWithCue('Farmers, lawyers and dockers said the toll was unfair.', 'said').mention?.text).toBe('Farmers, lawyers and dockers');
  });
});

describe('coordinated subjects with an "of" phrase', () => {
  it('keeps "The head of the dockers\' union and the mayor" whole as the source', () => {
    expect(attributionWithCue('The chair of the port board and the mayor said the toll was unfair.', 'said').mention?.text).toBe('The chair of the port board and the mayor');
  });
});

describe('outlet names ending in a time word', () => {
  it('keeps "USA Today" whole as the source', () => {
    expect(attributionWithCue('USA Today reported that the toll would rise.', 'reported').mention?.text).toBe('USA Today');
  });
});

describe('"speaking of" and "talking about" after a speaker', () => {
  it('reads the participle with its particle as a cue of the same speaker', () => {
    const a = attributionWithCue('Ruiz said the toll was a tax, talking about the harbor plan.', 'talking about');
    expect(a.mention?.text ?? a.source?.name).toBe('Ruiz');
    expect(a.content?.text).toBe('the harbor plan');
  });
});

describe('a naming "called" after "and"', () => {
  it('shares the subject of the clause before it: "said … and called it a tax"', () => {
    const a = attributionWithCue('Hollis said the vote was close and called the toll a tax.', 'called');
    expect(a.content?.text).toBe('the toll a tax');
  });
});

describe('a "who" relative clause on the subject', () => {
  it('takes any noun with "who" as the speaker, with its partitive: "One of the dockers who …"', () => {
    expect(attributionWithCue('One of the dockers who signed the petition said the toll was unfair.', 'said').mention?.text).toBe('One of the dockers who signed the petition');
    expect(attributionWithCue('The farmers who wrote the petition called Hollis a fraud.', 'called').mention?.text).toBe('The farmers who wrote the petition');
  });
});

describe('when and where between subject and verb', () => {
  it('leaves "in a radio interview" and "in March" out of the subject', () => {
    expect(attributionWithCue('Hollis in a radio interview said the toll was a tax.', 'said').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The dockers in March said the toll was a tax.', 'said').mention?.text).toBe('The dockers');
  });
});

describe('an age after the name', () => {
  it('keeps the name with its age and relative clause: "Hollis, 61, who …, said"', () => {
    expect(attributionWithCue('Hollis, 61, who has run the port board since 2009, said the toll was unfair.', 'said').mention?.text).toBe('Hollis, 61, who has run the port board since 2009');
  });
});

describe('an "including" aside on the subject', () => {
  it('keeps the examples in the mention, but not a "like" comparison', () => {
    expect(attributionWithCue('Dockers, including their union chief, said the toll was unfair.', 'said').mention?.text).toBe('Dockers, including their union chief');
    expect(attributionWithCue('Hollis, like Ruiz, said the toll was unfair.', 'said').mention?.text).toBe('Hollis');
  });
});

describe('a document with a reduced relative clause', () => {
  it('reads a strong participle ("taken", "drawn") as the start of the relative clause', () => {
    expect(attributionWithCue('A poll taken last week shows Hollis ahead.', 'shows').mention?.text).toBe('A poll taken last week');
  });
});

describe('a raising verb before a cue verb', () => {
  it('keeps "appeared to suggest" whole, but "seems" alone before "to have"', () => {
    expect(attributionWithCue('Hollis appeared to suggest that the toll was unfair.', 'appeared to suggest').mention?.text).toBe('Hollis');
  });
});

describe('a participle aside on a document subject', () => {
  it('reads "The report, released by the port board on Friday, found" with the aside in the mention', () => {
    expect(attributionWithCue('The report, released by the port board on Friday, found that tolls hurt the poor.', 'found').mention?.text).toBe('The report, released by the port board on Friday');
  });
});

describe('a day right after a verb of saying', () => {
  it('keeps the day in the cue and out of the content: "said Friday that", "said Monday night", "“…,” Hollis said Friday."', () => {
    const lead = attributionWithCue('Hollis said Friday that the toll was unfair.', 'said Friday');
    expect(lead.content?.text).toBe('that the toll was unfair');
    expect(attributionWithCue('Hollis said Monday night that the toll was unfair.', 'said Monday night').content?.text).toBe('that the toll was unfair');
    expect(attributionWithCue('“The toll is unfair,” Hollis said Friday.', 'said Friday').content?.text).toBe('“The toll is unfair,”');
    expect(attributionWithCue('Hollis said yesterday.', 'said yesterday').mention?.text).toBe('Hollis');
    expect(attributionWithCue('Hollis said Friday’s vote was a sham.', 'said').content?.text).toBe('Friday’s vote was a sham');
  });
});

describe('"compare" as a stance verb', () => {
  it('reads a person comparing one thing to another as a cue, but not figures "compared with" others', () => {
    expect(attributionWithCue('Hollis compared the toll to a robbery.', 'compared').content?.text).toBe('the toll to a robbery');
    const figures = analyze('Fares rose 5 percent, compared with 3 percent a year earlier.').claims.flatMap((c) => c.attributions);
    expect(figures.map((a) => a.cue?.text)).not.toContain('compared');
  });
});

describe('"focus on" as a cue', () => {
  it('reads "has focused on" with its particle as the cue', () => {
    expect(attributionWithCue('The senator has focused on the port budget.', 'has focused on').content?.text).toBe('the port budget');
  });
});

describe('"wrote in" a venue', () => {
  it('keeps the venue in the cue: "wrote in an email that …"', () => {
    expect(attributionWithCue('Hollis wrote in an email that the toll was unfair.', 'wrote in an email').content?.text).toBe('that the toll was unfair');
  });
});

describe('"see" an object "as" something', () => {
  it('reads "sees the toll as unfair" as a stance cue with the object and its description as content', () => {
    expect(attributionWithCue('Most voters see the toll as unfair.', 'see').content?.text).toBe('the toll as unfair');
  });
});

describe('a passive before an infinitive', () => {
  it('leaves the "to" of the infinitive out of the cue: "was asked | to resign", but "was accused of"', () => {
    expect(attributionWithCue('Hollis was asked to resign.', 'was asked').content?.text).toBe('Hollis was asked to resign');
    expect(attributionWithCue('Hollis was accused of lying.', 'was accused of').content?.text).toBe('Hollis was accused of lying');
  });
});

describe('"offer" with a plain object', () => {
  it('reads "offered her thoughts on …" as a stance cue, but not a shop offering a discount', () => {
    expect(attributionWithCue('Hollis offered her thoughts on the toll.', 'offered').content?.text).toBe('her thoughts on the toll');
    const shop = analyze('The shop offered a discount.').claims.flatMap((c) => c.attributions);
    expect(shop).toHaveLength(0);
  });
});

describe('a document with an "of" phrase and a reduced relative', () => {
  it('reads "A survey of 800 parents released on Monday showed" with the whole phrase as the mention', () => {
    expect(attributionWithCue('A survey of 800 parents released on Monday showed that most want longer school days.', 'showed').mention?.text).toBe('A survey of 800 parents released on Monday');
  });
});

describe('"asked by" an agent', () => {
  it('reads the agent of "Asked by a reporter about the toll," as the one who put the question', () => {
    const asked = attributionWithCue('Asked by a reporter about the toll, Hollis said it was unfair.', 'Asked');
    expect(asked.mention?.text).toBe('a reporter');
    expect(asked.content?.text).toBe('about the toll');
  });
});

describe('a passive agent after a short complement', () => {
  it('finds the agent of "was endorsed on Friday by the teachers union", but not past a second verb', () => {
    expect(attributionWithCue('Hollis was endorsed on Friday by the teachers union.', 'was endorsed').mention?.text).toBe('the teachers union');
    const told = analyze('Hollis was told to leave by police.').claims.flatMap((c) => c.attributions);
    expect(told.some((a) => a.mention?.text === 'police')).toBe(false);
  });
});

describe('a trailing participle after a fronted time span or participle clause', () => {
  it('gives "saying" the subject after "Hours later," and "Facing criticism from both parties,"', () => {
    expect(attributionWithCue('Hours later, Hollis returned the favour, telling reporters the toll was fair.', 'telling').mention?.text).toBe('Hollis');
    expect(attributionWithCue('Facing criticism from both parties, Hollis went back to the pier, saying the toll was fair.', 'saying').mention?.text).toBe('Hollis');
  });
});

describe('an opening phrase that ends in a state and a date', () => {
  it('gives "saying" the subject after "At a town hall in Dayton, Ohio, on Sunday,"', () => {
    expect(attributionWithCue('At a town hall in Dayton, Ohio, on Sunday, Hollis tried to explain her vote, saying the toll was fair.', 'saying').mention?.text).toBe('Hollis');
  });
});

describe('stance and intention participles after a comma', () => {
  it('gives ", hoping to", ", seeking" and ", slamming" the subject of the clause before the comma', () => {
    expect(attributionWithCue('The harbor union toured three ports in June, hoping to win over the dockers.', 'hoping').mention?.text).toBe('The harbor union');
    expect(attributionWithCue('Okafor sued the county on Friday, seeking an end to the toll.', 'seeking').content?.text).toBe('an end to the toll');
    expect(attributionWithCue('Lindqvist kept up her campaign against the mayor, slamming his bridge plan.', 'slamming').mention?.text).toBe('Lindqvist');
  });

  it('reads a participle after a comma that wink tags as a noun: ", warning that", ", mocking his plan"', () => {
    expect(attributionWithCue('The union struck on Monday, warning that the port would close.', 'warning').mention?.text).toBe('The union');
    expect(attributionWithCue('Lindqvist kept up her campaign against the mayor, mocking his bridge plan.', 'mocking').content?.text).toBe('his bridge plan');
  });

  it('does not read such a participle after a noun or "from" as a cue', () => {
    expect(analyze('The rules keep candidates from attacking each other.').claims[0]?.attributions).toEqual([]);
  });
});

describe('acts of naming, listing, quoting and ordering as stance verbs', () => {
  it('reads "ordered", "named", "listed", "quoted", "identified" and "appointed" with a speaker as cues', () => {
    expect(attributionWithCue('A federal judge ordered the release of the harbor records.', 'ordered').content?.text).toBe('the release of the harbor records');
    expect(attributionWithCue('The mayor named Okafor as her deputy.', 'named').mention?.text).toBe('The mayor');
    expect(attributionWithCue('The port board lists the toll at four dollars.', 'lists').mention?.text).toBe('The port board');
    expect(attributionWithCue('The Ledger quoted a dock worker as saying the pier was unsafe.', 'quoted').mention?.text).toBe('The Ledger');
    expect(attributionWithCue('Investigators identified the driver as a local man.', 'identified').mention?.text).toBe('Investigators');
    expect(attributionWithCue('The governor appointed Hollis to the port board.', 'appointed').mention?.text).toBe('The governor');
  });

  it('does not read "identify with" as a cue', () => {
    const found = analyze('Many dock workers identify with the union.').claims.flatMap((c) => c.attributions);
    expect(found.map((a) => a.cue?.text)).not.toContain('identify with');
    expect(found.map((a) => a.cue?.text)).not.toContain('identify');
  });
});

describe('"was asked about" and "was asked whether"', () => {
  it('reads the passive of a question as a cue with the question as its content and nobody named who asked', () => {
    const about = attributionWithCue('At a town hall, Okafor was asked about the harbor toll.', 'was asked about');
    expect(about.content?.text).toBe('the harbor toll');
    expect(about.mention).toBeNull();
    expect(attributionWithCue('Hollis was asked whether the pier would reopen.', 'was asked').content?.text).toBe('whether the pier would reopen');
  });

  it('does not read "to ask why" after another verb as a question put to somebody', () => {
    const found = analyze('Okafor urged voters to ask why the toll rose.').claims.flatMap((c) => c.attributions);
    expect(found.map((a) => a.cue?.text)).toEqual(['urged']);
  });
});

describe('more hand-written stance, speech and particle cues', () => {
  it('reads "assailed", "relishes", "disavowed", "knocked", "contemplated" and "remembers that" as cues', () => {
    expect(attributionWithCue('Okafor assailed the toll plan.', 'assailed').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Hollis relishes the fight over the pier.', 'relishes').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The union quickly disavowed the leaflet.', 'quickly disavowed').mention?.text).toBe('The union');
    expect(attributionWithCue('Ruiz has knocked the port board for its delays.', 'has knocked').mention?.text).toBe('Ruiz');
    expect(attributionWithCue('Lindqvist seriously contemplated a run for mayor.', 'seriously contemplated').mention?.text).toBe('Lindqvist');
    expect(attributionWithCue('Okafor remembers that the pier flooded in 1998.', 'remembers').content?.text).toBe('that the pier flooded in 1998');
  });

  it('reads "interjected", "confided" and "gloated" as verbs of saying', () => {
    expect(attributionWithCue('“Not true,” Hollis interjected.', 'interjected').mention?.text).toBe('Hollis');
    expect(attributionWithCue('Ruiz confided that the toll would stay.', 'confided').mention?.text).toBe('Ruiz');
    expect(attributionWithCue('Okafor gloated that the vote was won.', 'gloated').mention?.text).toBe('Okafor');
  });

  it('reads "sided with", "touched on", "shrugged off" and "hinted at" with their particle as the cue', () => {
    expect(attributionWithCue('The council sided with the dock workers.', 'sided with').mention?.text).toBe('The council');
    expect(attributionWithCue('Ruiz also touched on the toll.', 'also touched on').mention?.text).toBe('Ruiz');
    expect(attributionWithCue('Okafor shrugged off the criticism.', 'shrugged off').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Lindqvist hinted at a new toll.', 'hinted at').mention?.text).toBe('Lindqvist');
  });
});

describe('naming "called X Y" past an apposition', () => {
  it('reads "called" as a cue when an apposition between commas stands between the object and the quoted name', () => {
    expect(attributionWithCue('Hollis called Okafor, his rival for mayor, a “fraud.”', 'called').mention?.text).toBe('Hollis');
  });
});

describe('a published document with a participle of saying', () => {
  it('reads "released a statement saying" and "issued a statement Thursday night condemning" as one cue', () => {
    expect(attributionWithCue('The port board released a statement saying the pier was safe.', 'released a statement saying').content?.text).toBe('the pier was safe');
    expect(attributionWithCue('The union issued a statement Thursday night condemning the toll.', 'issued a statement Thursday night condemning').mention?.text).toBe('The union');
    expect(attributionWithCue('The mayor released a list of donors.', 'released a list of').content?.text).toBe('donors');
  });

  it('does not read a released video as a cue', () => {
    expect(analyze('The police released the video on Friday.').claims[0]?.attributions).toEqual([]);
  });
});

describe('more feelings and deliberation', () => {
  it('reads "were outraged", "is upbeat about", "was intrigued" and "are mulling" as cues', () => {
    expect(attributionWithCue('Dock workers were outraged that the pier closed.', 'were outraged').mention?.text).toBe('Dock workers');
    expect(attributionWithCue('Okafor is upbeat about the vote.', 'is upbeat about').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Hollis was intrigued by the plan.', 'was intrigued').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The port board members are mulling a new toll.', 'are mulling').mention?.text).toBe('The port board members');
  });
});

describe('a publishing verb with its document and a verb of saying', () => {
  it('reads "sent a letter this week urging" and "is running a TV spot attacking" as one cue, but not "ran a marathon"', () => {
    expect(attributionWithCue('The doctors sent a letter this week urging the council to act.', 'sent a letter this week urging').content?.text).toBe('the council to act');
    expect(attributionWithCue('The group is running a TV spot attacking Hollis.', 'is running a TV spot attacking').mention?.text).toBe('The group');
    expect(analyze('Okafor ran a marathon on Sunday.').claims[0]?.attributions).toEqual([]);
  });

  it('reads where the document went ("on Telegram", "to the board") and "appearing to show" into the cue, crediting the poster', () => {
    const video = attributionWithCue('The army posted a video on Telegram appearing to show troops leaving the port.', 'posted a video on Telegram appearing to show');
    expect(video.mention?.text).toBe('The army');
    expect(video.content?.text).toBe('troops leaving the port');
    expect(video.channel).toBe('social_media');
    expect(attributionWithCue('The ministry posted footage showing the damage.', 'posted footage showing').mention?.text).toBe('The ministry');
    const letter = attributionWithCue('The senator sent a letter to the Harbor Commission urging it to delay the vote.', 'sent a letter to the Harbor Commission urging');
    expect(letter.mention?.text).toBe('The senator');
  });

  it('never takes what was posted or sent as the speaker after the verb', () => {
    const mentions = analyze('Her ex-boyfriend, the actor Theo Grant, posted a message of support on X.').claims[0]?.attributions.map((a) => a.mention?.text);
    expect(mentions ?? []).not.toContain('a message of support');
  });
});

describe('"made no mention of"', () => {
  it('reads "made no mention of" as one light-verb cue', () => {
    expect(attributionWithCue('Hollis made no mention of the toll.', 'made no mention of').content?.text).toBe('the toll');
  });
});

describe('more participles after a comma', () => {
  it('reads ", remarking", ", portraying", ", advising" and ", recognizing" as cues of the clause before them', () => {
    expect(attributionWithCue('Okafor toured the pier, remarking that it looked tired.', 'remarking').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Hollis spoke at the pier, portraying Okafor as a spendthrift.', 'portraying').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The board wrote to the families, advising them to stay away.', 'advising').mention?.text).toBe('The board');
    expect(attributionWithCue('Ruiz spoke for an hour, recognizing that the toll had hurt families.', 'recognizing').mention?.text).toBe('Ruiz');
  });
});

describe('further participles after a comma', () => {
  it('reads ", comparing", ", reasoning" and ", informing" as cues of the clause before them', () => {
    expect(attributionWithCue('Okafor spoke at the pier, comparing the toll to a robbery.', 'comparing').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Hollis voted no, reasoning that the toll was unfair.', 'reasoning').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The board wrote to the families, informing them that the pier would close.', 'informing').mention?.text).toBe('The board');
  });
});

describe('more attack and judgement verbs', () => {
  it('reads "has hammered", "trashed", "deems" and "pummeled" as stance cues', () => {
    expect(attributionWithCue('Okafor has hammered the port board for months.', 'has hammered').mention?.text).toBe('Okafor');
    expect(attributionWithCue('Hollis trashed the toll plan.', 'trashed').mention?.text).toBe('Hollis');
    expect(attributionWithCue('The union deems the toll unfair.', 'deems').mention?.text).toBe('The union');
    expect(attributionWithCue('Ruiz pummeled the mayor over the pier.', 'pummeled').mention?.text).toBe('Ruiz');
  });
});

describe('more verbs of saying and pondering', () => {
  it('reads "barked", "groused", "later clarified" and "pondered" as cues', () => {
    expect(attributionWithCue('“Sit down,” Hollis barked.', 'barked').mention?.text).toBe('Hollis');
    expect(attributionWithCue('Okafor groused that the toll was too high.', 'groused').mention?.text).toBe('Okafor');
    expect(attributionWithCue('The mayor later clarified that the pier would stay open.', 'later clarified').mention?.text).toBe('The mayor');
    expect(attributionWithCue('Ruiz pondered a run for the council.', 'pondered').mention?.text).toBe('Ruiz');
  });
});

describe('participle clauses after the main clause', () => {
  it('finds the speaker of ", saying …" as the subject of the verb before the comma, past an opening or a time phrase', () => {
    expect(attributionWithCue('But a week later, Senator Ann Okafor reversed herself again, telling the Harbor Ledger that the toll was set.', 'telling').mention?.text).toBe('Senator Ann Okafor');
    expect(attributionWithCue('Okafor on Thursday stepped up her attacks on Hollis, saying he is weak on tolls.', 'saying').mention?.text).toBe('Okafor');
    expect(analyze('The storm flooded the harbor, prompting calls for a wall.').claims[0]?.attributions).toEqual([]);
  });
});

describe('naming "call" with a pronoun object', () => {
  it('reads "calls this a myth" and "called it the worst deal" as naming, but not "called her the next morning"', () => {
    expect(attributionWithCue('The Harbor Institute calls this a costly myth.', 'calls').content?.text).toBe('this a costly myth');
    expect(attributionWithCue('Union leaders call it the worst deal in decades.', 'call').mention?.text).toBe('Union leaders');
    expect(analyze('Okafor called her the next morning.').claims[0]?.attributions).toEqual([]);
  });
});

describe('bare verbs before an ASCII opening quotation mark', () => {
  it("reads \"continued: ''…''\" as a cue, as with curly marks", () => {
    expect(attributionWithCue("Mayor Ana Ruiz continued: ''The bridge will be ours again.''", 'continued').mention?.text).toBe('Mayor Ana Ruiz');
    expect(analyze('Mayor Ana Ruiz continued along the pier.').claims[0]?.attributions).toEqual([]);
  });
});

describe('infinitives beside another cue', () => {
  it('does not read "to support a rival" after "asked them" as a cue of its own', () => {
    const cues = analyze('Senator Ann Okafor asked the delegates to support a rival candidate.').claims.flatMap((c) => c.attributions).map((a) => a.cue?.text);
    expect(cues).toEqual(['asked']);
  });
});

describe('colon labels that are not speakers', () => {
  it('reads no speaker in "Question: …", "Contributing: …" or a table of counts ("Okafor: 1,769.")', () => {
    expect(analyze('Question: What do you call a toll that never ends?').claims[0]?.attributions).toEqual([]);
    expect(analyze('Contributing: Ann Hollis.').claims[0]?.attributions).toEqual([]);
    expect(analyze('Okafor: 1,769.').claims[0]?.attributions).toEqual([]);
    expect(attributionWithCue('Okafor: The toll must go.', ':').mention?.text).toBe('Okafor');
  });

  it('reads no speaker in a page timestamp: "PUBLISHED: 10:03 BST, 3 May 2026"', () => {
    expect(analyze('PUBLISHED: 10:03 BST, 3 May 2026 | UPDATED: 11:12 BST, 3 May 2026').claims[0]?.attributions).toEqual([]);
  });
});

describe('"claims" after its content', () => {
  it('reads "…, claims harbour adviser" as an inverted verb of saying, in a headline and after a quotation', () => {
    expect(attributionWithCue('The toll will double next year, claims harbour adviser', 'claims').mention?.text).toBe('harbour adviser');
    expect(attributionWithCue('“The toll will double,” claims Ann Okafor.', 'claims').mention?.text).toBe('Ann Okafor');
    expect(analyze('The claims harbour officials made were false.').claims[0]?.attributions).toEqual([]);
  });
});

describe('"states" as a noun', () => {
  it('reads no cue in "in other Western states" or "in battleground states", but keeps "the charter states that"', () => {
    expect(analyze('Okafor did well in the Midwest and other Western states.').claims[0]?.attributions).toEqual([]);
    expect(analyze('Hollis reserved ad time in four Harbor League states.').claims[0]?.attributions).toEqual([]);
    expect(attributionWithCue('The charter clearly states that tolls are legal.', 'clearly states').mention?.text).toBe('The charter');
  });
});

describe('"refusal" is no noun cue', () => {
  it('reads no attribution of its own in "Okafor\'s refusal to lower the toll"', () => {
    expect(analyze("Hollis said Okafor's refusal to lower the toll could hurt her.").claims[0]?.attributions.map((a) => a.cue?.text)).toEqual(['said']);
  });
});

describe('"maintain" only with a clause', () => {
  it('reads "maintained that …" as a cue, but not "maintains a wide lead"', () => {
    expect(analyze('Senator Ann Okafor maintains a wide lead over Hollis.').claims[0]?.attributions).toEqual([]);
    expect(attributionWithCue('Okafor maintained that the toll was fair.', 'maintained').content?.text).toBe('that the toll was fair');
  });
});

describe('speakers the phrase parser does not know, for "say" and "tell"', () => {
  it('reads the whole phrase before "said" or "say" as the speaker', () => {
    expect(attributionWithCue('Some 56 percent of farmers polled said they were less likely to plant corn.', 'said').mention?.text).toBe('Some 56 percent of farmers polled');
    expect(attributionWithCue('Farmers in Iowa who watched the debate said they were unfazed.', 'said').mention?.text).toBe('Farmers in Iowa who watched the debate');
    expect(attributionWithCue('Many speakers at the service — including farmers and teachers — said the loss is painful.', 'said').mention?.text).toBe('Many speakers at the service — including farmers and teachers');
    expect(attributionWithCue('Carter however said he would welcome the talks.', 'said').mention?.text).toBe('Carter');
  });

  it('reads the phrase after "said" right after a quotation as the speaker', () => {
    expect(attributionWithCue('"The river never flooded like this," said the old ferryman from Dover.', 'said').mention?.text).toBe('the old ferryman from Dover');
  });

  it('reads no speaker in "their say", "those who said" or a generic "you"', () => {
    expect(analyze('Residents should have their say on the new toll.').claims[0]?.attributions).toEqual([]);
    expect(analyze('Those who said the toll was fair split evenly.').claims[0]?.attributions).toEqual([]);
    expect(analyze('Whatever you say, the toll stays.').claims[0]?.attributions).toEqual([]);
  });
});
