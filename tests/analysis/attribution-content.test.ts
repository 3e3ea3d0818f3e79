// Where the content of an attribution begins and ends: one invented case per boundary rule.
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution } from '../../src/analysis/index.js';

/** The attributions of every sentence, in order, with their sentence's text. */
function attributions(text: string): Array<{ sentence: string; a: Attribution }> {
  return analyze(text).claims.flatMap((c) => c.attributions.map((a) => ({ sentence: c.text, a })));
}

function withCue(text: string, cue: string): Attribution {
  const found = attributions(text).find((x) => x.a.cue?.text === cue)?.a;
  if (!found) throw new Error(`no attribution with cue "${cue}" in: ${text}`);
  return found;
}

describe('content across sentences', () => {
  it('gives a tag left alone after "?”" the quotation before it', () => {
    const text = 'Ferry fares rise\n\n“Why is the bridge still closed?” Vitter demanded.\n\nThe council meets on Monday.';
    const a = withCue(text, 'demanded');
    expect(a.content?.text).toBe('“Why is the bridge still closed?”');
    expect(a.quote).toBe('direct');
    const quoted = analyze(text).claims.find((c) => c.text.startsWith('“Why'));
    expect(quoted).toMatchObject({ source: { name: 'Vitter' }, attributions: [], continues: (quoted?.id ?? 0) + 1 });
  });

  it('gives that tag the quotation also when a phrase of when or of whom follows the verb', () => {
    const text = 'Ferry fares rise\n\n“Who do they think they are?” Okafor said of the harbor board in May, when the toll rose.';
    const a = withCue(text, 'said');
    expect(a.content?.text).toBe('“Who do they think they are?”');
    expect(a.quote).toBe('direct');
  });

  it('runs that content on over the quotation after the tag', () => {
    const text = 'Ferry fares rise\n\n“Who would have thought it?” Okafor said, smiling. “We waited ten years.”';
    expect(withCue(text, 'said').content?.text).toBe('“Who would have thought it?” Okafor said, smiling. “We waited ten years.”');
  });
});

describe('a tag that ends its sentence on a colon', () => {
  it('reports the quotation after it, not the phrase before it', () => {
    const text = 'When the old pier burned, Mayor Dana Hollis released a statement:\n\n“We will rebuild it. The town owes its fishermen that much.”\n\nThe council meets on Monday.';
    expect(withCue(text, 'released a statement').content?.text).toBe('“We will rebuild it. The town owes its fishermen that much.”');
  });

  it('reports the unquoted paragraph after it', () => {
    const text = 'At a rally in May, Okafor said:\n\nNobody should doubt the plan. The ferry will run again.\n\nThe council meets on Monday.';
    expect(withCue(text, 'said').content?.text).toBe('Nobody should doubt the plan. The ferry will run again.');
  });
});

describe('a quotation that opens after the primary cue and runs on', () => {
  it('widens the content of the attribution that opened it, not the primary one', () => {
    const text = 'Ferry fares rise\n\nThe mayor praised the crews, adding, “They worked all night. Nobody asked them to.”';
    expect(withCue(text, 'praised').content?.text).toBe('the crews');
    expect(withCue(text, 'adding').content?.text).toBe('“They worked all night. Nobody asked them to.”');
  });
});

describe('content right after the cue', () => {
  it('starts at a possessive weekday, which is the content’s own determiner', () => {
    expect(withCue('The council called Friday’s vote “a disgrace.”', 'called').content?.text).toBe('Friday’s vote “a disgrace');
  });

  it('is none, not the main clause, for a cue with nothing after it in an adverbial clause', () => {
    expect(withCue('Holt was arrested in 2022 after a colleague raised concerns.', 'raised concerns').content).toBeNull();
  });

  it('leaves an adverb set off by commas out: "cautioned, however, that …"', () => {
    expect(withCue('Lowe cautioned, however, that the study was small.', 'cautioned').content?.text).toBe('that the study was small');
  });
});

describe('content after "on"', () => {
  it('takes a name with a possessive after "on" as the content, not as a date', () => {
    const a = withCue('Okafor has also commented on Lindqvist’s decision.', 'has also commented on');
    expect(a.content?.text).toBe('Lindqvist’s decision');
  });
});

describe('a quotation before its tag', () => {
  it('is the content when an unquoted phrase follows the tag after a comma', () => {
    const a = withCue('“The vote will go ahead,” Okafor said, under a rule that allows for delays.', 'said');
    expect(a.content?.text).toBe('“The vote will go ahead,”');
    expect(a.quote).toBe('direct');
  });
});

describe('dates after the cue', () => {
  it('skips a month with its year, as it skips a month alone', () => {
    expect(withCue('Moreau said in June 2012 the ferry would run daily.', 'said').content?.text).toBe('the ferry would run daily');
  });
});

describe('a phrase between the cue and a quotation', () => {
  it('leaves the person spoken to or the topic out of the content', () => {
    expect(withCue('The mayor says of Lindqvist, “He will sell the pier.”', 'says').content?.text).toBe('“He will sell the pier');
    expect(withCue('Vitter scolded him: “The engineers are against you.”', 'scolded').content?.text).toBe('“The engineers are against you');
    expect(withCue('Hollis told his radio audience on Monday, “The council has sent its orders.”', 'told').content?.text).toBe('“The council has sent its orders');
  });

  it('keeps "that," and an adverbial before the quotation', () => {
    expect(withCue('Okafor said that, “for once, the ferry was early.”', 'said').content?.text).toBe('that, “for once, the ferry was early');
  });
});

describe('a list of examples after a comma', () => {
  it('stays in a reported clause and in a stance verb’s object', () => {
    expect(withCue('Okafor said the storm closed three piers, including the one at Eastgate.', 'said').content?.text).toBe('the storm closed three piers, including the one at Eastgate');
    expect(withCue('Moreau criticized the fare rises, including those for students.', 'criticized').content?.text).toBe('the fare rises, including those for students');
  });
});

describe('an object pronoun after "told"', () => {
  it('is the person addressed, not the content', () => {
    expect(withCue('Vitter told him the ferry would stop running in May.', 'told').content?.text).toBe('the ferry would stop running in May');
    expect(withCue('Okafor told them that the pier was unsafe.', 'told').content?.text).toBe('that the pier was unsafe');
  });
});

describe('a cue inside a relative clause', () => {
  it('starts the content at the pronoun that stands for the gap in the reported clause', () => {
    expect(withCue('The council backed the tram plan, which Okafor says will bankrupt the town.', 'says').content?.text).toBe('which Okafor says will bankrupt the town');
    expect(withCue('The fare rise is what Moreau said was a betrayal of commuters.', 'said').content?.text).toBe('what Moreau said was a betrayal of commuters');
  });
});

describe('the object of a stance verb', () => {
  it('ends before "and" or "but" with a finite verb of the subject’s own', () => {
    expect(withCue('Okafor rejected the tram plan but did not resign from the board.', 'rejected').content?.text).toBe('the tram plan');
    expect(withCue('Moreau praised the pier repairs and has since left the council.', 'praised').content?.text).toBe('the pier repairs');
  });
});

describe('", but" after a quoted phrase', () => {
  it('ends the reported clause when the comma sits inside the closing quotation mark', () => {
    expect(withCue('Okafor said the repairs were “nearly done,” but the pier stayed closed all summer.', 'said').content?.text).toBe('the repairs were “nearly done');
  });
});

describe('where it was said, after the content', () => {
  it('closes the content: a venue of speech or a platform at the end of the sentence', () => {
    expect(withCue('Okafor called for two more night ferries in a statement on Friday.', 'called for').content?.text).toBe('two more night ferries');
  });

  it('stays in the content when the clause goes on after it', () => {
    expect(withCue('Moreau said the figures in the report were wrong.', 'said').content?.text).toBe('the figures in the report were wrong');
  });
});

describe('"that" after a place phrase', () => {
  it('opens the content when the phrase holds a compound noun', () => {
    expect(withCue('Okafor said at a campaign stop in Leeds, England, that the ferry would close.', 'said').content?.text).toBe('that the ferry would close');
  });
});

describe('an agentless passive cue', () => {
  it('reports the whole clause, from its subject on', () => {
    expect(withCue('The harbour master was accused of hiding the survey.', 'was accused of').content?.text).toBe('The harbour master was accused of hiding the survey');
  });
});

describe('"about" after a plain verb of saying', () => {
  it('leaves the content at the topic', () => {
    const a = withCue('Okafor wrote about the ferry timetable.', 'wrote about');
    expect(a.content?.text).toBe('the ferry timetable');
    expect(withCue('Moreau told reporters about the flooded pier.', 'told').content?.text).toBe('the flooded pier');
  });

  it('keeps "about" before a number', () => {
    expect(withCue('Moreau said about 20 boats were lost.', 'said').content?.text).toBe('about 20 boats were lost');
  });
});

describe('a tag in mid-sentence followed by ", and"', () => {
  it('takes both halves of the report as the content', () => {
    expect(withCue('Many of the ferries were old, she said, and “the crews knew it.”', 'said').content?.text).toBe('Many of the ferries were old, she said, and “the crews knew it');
  });
});

describe('a dateline opening the sentence', () => {
  it('stays out of content that starts the sentence', () => {
    expect(withCue('PORTHAVEN (AP) — The ferry will stop running in May, Okafor said.', 'said').content?.text).toBe('The ferry will stop running in May');
    expect(withCue('NATO must act now, Okafor said.', 'said').content?.text).toBe('NATO must act now');
  });
});

describe('content with no verb of its own', () => {
  it('ends before "and" with the subject’s next verb', () => {
    expect(withCue('Okafor called for more night buses and left the meeting early.', 'called for').content?.text).toBe('more night buses');
  });

  it('runs on through "and" inside a reported clause', () => {
    expect(withCue('Okafor said the buses were late and the drivers were tired.', 'said').content?.text).toBe('the buses were late and the drivers were tired');
  });
});

describe('a time clause right after a one-word object', () => {
  it('is no part of the object', () => {
    expect(withCue('Okafor has criticized Moreau since the storm.', 'has criticized').content?.text).toBe('Moreau');
  });
});

describe('a raising verb with a subject', () => {
  it('reports the whole clause, its subject included', () => {
    expect(withCue('The mayor appears to have changed his mind.', 'appears').content?.text).toBe('The mayor appears to have changed his mind');
  });
});

describe('a tag in mid-sentence followed by ", because"', () => {
  it('takes both halves of the report as the content', () => {
    expect(withCue('The fare rise hurt commuters, Okafor said, because most of them earn little.', 'said').content?.text).toBe('The fare rise hurt commuters, Okafor said, because most of them earn little');
  });
});

describe('a quoted programme title after "told"', () => {
  it('counts the title as the one addressed and starts the content at "that"', () => {
    expect(withCue('The mayor told Channel 9’s “Morning Ferry” on Friday that the bridge will reopen soon.', 'told').content?.text).toBe('that the bridge will reopen soon');
  });
});

describe('a linking adverb that opens the sentence', () => {
  it('leaves "However," and "In addition," out of the content', () => {
    expect(withCue('However, the bridge will stay closed until May, the mayor said.', 'said').content?.text).toBe('the bridge will stay closed until May');
    expect(withCue('In addition, the ferry will run every hour, Okafor said.', 'said').content?.text).toBe('the ferry will run every hour');
  });
});

describe('"asked someone about" a topic', () => {
  it('takes the topic after "about" as the content', () => {
    expect(withCue('The host asked Okafor about the closure of the bridge.', 'asked').content?.text).toBe('the closure of the bridge');
  });
});

describe('a list as the object of a stance verb', () => {
  it('runs the object on over the commas to the last item', () => {
    expect(withCue('The mayor praised the drivers, the nurses and the teachers.', 'praised').content?.text).toBe('the drivers, the nurses and the teachers');
  });

  it('runs on over a list of names whose last two the name chunker joined', () => {
    expect(withCue('The mayor praised Okafor, Moreau and Diaz.', 'praised').content?.text).toBe('Okafor, Moreau and Diaz');
  });
});

describe('a two-word linking phrase that opens the sentence', () => {
  it('leaves "In fact," out of the content', () => {
    expect(withCue('In fact, the ferry lost money every year, Okafor said.', 'said').content?.text).toBe('the ferry lost money every year');
  });
});

describe('a bare verb after "and" inside a reported infinitive', () => {
  it('keeps it in the content instead of making it a cue of its own', () => {
    const text = 'Okafor urged the harbour board to reopen the pier and apologize to the fishermen.';
    expect(withCue(text, 'urged').content?.text).toBe('the harbour board to reopen the pier and apologize to the fishermen');
    expect(attributions(text).map((x) => x.a.cue?.text)).toEqual(['urged']);
  });

  it('still gives the speaker a second verb in the past tense', () => {
    const text = 'Okafor urged the harbour board to reopen the pier and said the fishermen had waited long enough.';
    expect(attributions(text).map((x) => x.a.cue?.text)).toEqual(['urged', 'said']);
  });
});

describe('a verb that shares the subject of the verb before "and"', () => {
  it('ends its object where the time phrase begins, as a verb with its own subject does', () => {
    expect(withCue('Hollis toured the harbour and praised the lifeboat crews on Tuesday.', 'praised').content?.text).toBe('the lifeboat crews');
  });

  it('ends its reported clause before a participle clause of the speaker’s own', () => {
    expect(withCue('Hollis toured the harbour and said the pier was unsafe, pointing to the rusted rails.', 'said').content?.text).toBe('the pier was unsafe');
  });
});

describe('a participle cue after a comma', () => {
  it('ends a stance object where the time phrase begins', () => {
    expect(withCue('Hollis closed the pier, criticizing the harbour board on Tuesday.', 'criticizing').content?.text).toBe('the harbour board');
  });

  it('ends a reported clause before ", but" and a new subject', () => {
    expect(withCue('Hollis closed the pier, saying the rails were unsafe, but the ferry kept running.', 'saying').content?.text).toBe('the rails were unsafe');
  });
});

describe('a subordinate clause after an opening adverb', () => {
  it('ends its content where the main clause begins, as at the start of the sentence', () => {
    expect(withCue('Later, when the board argued the pier was safe, the mayor closed it anyway.', 'argued').content?.text).toBe('the pier was safe');
  });
});

describe('a fronted clause that ends on a quotation or opens with "now that"', () => {
  it('ends its content at the comma inside the closing quotation mark', () => {
    expect(withCue('While the riders said Ann Okafor has the “best record,” Ben Lowe is the one they trust.', 'said').content?.text).toBe('Ann Okafor has the “best record');
  });

  it('ends its content where the main clause begins after "Now that …,"', () => {
    expect(withCue('Now that the engineers know the rails are rusted, the pier looks doomed.', 'know').content?.text).toBe('the rails are rusted');
  });
});

describe('", but that" after a reported clause', () => {
  it('goes on with the content as a second clause of the same report', () => {
    expect(withCue('Okafor said the pier was safe, but that the rails would need repairs.', 'said').content?.text).toBe('the pier was safe, but that the rails would need repairs');
  });

  it('still ends the content before "but that" + a noun or a verb', () => {
    expect(withCue('Lowe said the ferry was late, but that report was wrong.', 'said').content?.text).toBe('the ferry was late');
  });
});

describe('a cue inside "in which …"', () => {
  it('leaves "which" out of the content: after a preposition it is where it was said', () => {
    expect(withCue('Okafor gave an interview on Friday, in which she said the pier would close.', 'said').content?.text).toBe('the pier would close');
  });

  it('still opens the content at a "which" that is the gap', () => {
    expect(withCue('The toll, which Lowe said was fair, rose in May.', 'said').content?.text).toBe('which Lowe said was fair');
  });
});

describe('a tag after the content with no content of its own after it', () => {
  it('reports the clause before it when a semicolon follows the tag', () => {
    expect(withCue('To win, a mayor needs half the harbor vote, analysts say; in 2019, Lowe won a third.', 'say').content?.text).toBe('To win, a mayor needs half the harbor vote');
  });

  it('reports the clause before it when only a prepositional phrase follows the tag', () => {
    expect(withCue('The toll is fair, Okafor said in a video message to the council.', 'said').content?.text).toBe('The toll is fair');
  });
});

describe('a semicolon after a reported clause', () => {
  it('ends unquoted content', () => {
    expect(withCue('The harbor board said 40 percent of riders were pleased; 26 percent were not.', 'said').content?.text).toBe('40 percent of riders were pleased');
  });

  it('does not end a quotation', () => {
    expect(withCue('“The toll is high; it is unfair,” Lowe said.', 'said').content?.text).toBe('“The toll is high; it is unfair,”');
  });
});

describe('an adverb between the cue and "that"', () => {
  it('stays out of the content, with the phrases after it', () => {
    expect(withCue('Okafor told reporters here on Sunday that the toll is high.', 'told').content?.text).toBe('that the toll is high');
    expect(withCue('Lowe said, however, that the toll was fair.', 'said').content?.text).toBe('that the toll was fair');
  });

  it('and so does a phrase opened by "following"', () => {
    expect(withCue('Okafor said following a vote in 2019 that the toll was high.', 'said').content?.text).toBe('that the toll was high');
  });
});

describe('a comma right after the cue', () => {
  it('still reports a "that" clause after it', () => {
    expect(withCue('Okafor added, that the harbor board must hold a fair vote.', 'added').content?.text).toBe('that the harbor board must hold a fair vote');
  });

  it('reports a fronted subordinate clause with the main clause after it', () => {
    expect(withCue('Lowe said, if elected, she would keep the ferry running.', 'said').content?.text).toBe('if elected, she would keep the ferry running');
  });

  it('still reports nothing in an adverbial clause after a quotation', () => {
    expect(withCue('“We won,” Okafor told the crowd, as the band played.', 'told').content?.text).toBe('“We won,”');
  });
});

describe('a cue with nothing after it inside a relative clause', () => {
  it('reports the word or noun the clause hangs on, and leaves the outer content whole', () => {
    const text = 'Lowe said the mayor did not know what he was talking about.';
    expect(withCue(text, 'was talking about').content?.text).toBe('what');
    expect(withCue(text, 'said').content?.text).toBe('the mayor did not know what he was talking about');
  });

  it('takes a that-less relative on an indefinite pronoun', () => {
    expect(withCue('The harbor study found that most riders are robbed by someone they already know.', 'already know').content?.text).toBe('someone');
  });
});

describe('an "as" tag after the content', () => {
  it('leaves "as" out of the content before it', () => {
    expect(withCue('Ferry fares will rise, as Ann Okafor noted.', 'noted').content?.text).toBe('Ferry fares will rise');
  });

  it('reports the clause before it when only a prepositional phrase follows the tag', () => {
    expect(withCue('Ferry fares will rise, as Ann Okafor noted in the Harbor Ledger.', 'noted').content?.text).toBe('Ferry fares will rise');
  });
});

describe('a main clause with an adverb before its verb', () => {
  it('still ends the content of the fronted clause before it', () => {
    expect(withCue('Though the engineers argue the pier is safe, they also concede the rails are old.', 'argue').content?.text).toBe('the pier is safe');
  });
});

describe("a quoted phrase closed by a doubled apostrophe", () => {
  it("ends the content before a participle clause, as after a curly quotation mark", () => {
    expect(withCue("Okafor said the toll was ''far too high,'' adding that drivers would pay less next year.", 'said').content?.text).toBe("the toll was ''far too high");
  });
});

describe('a second participle after "and"', () => {
  it('ends the content of the participle cue before it', () => {
    expect(withCue('Hollis reopened the pier, thanking the crews and visiting the lifeboat station.', 'thanking').content?.text).toBe('the crews');
  });

  it('keeps participles coordinated inside the content', () => {
    expect(withCue('Hollis left early, saying the crews were resting and eating.', 'saying').content?.text).toBe('the crews were resting and eating');
  });
});

describe('a raising verb not followed by "to" + verb', () => {
  it('reports the whole clause, its subject included, as before "to" + verb', () => {
    expect(withCue('The old ferry seemed ready to sail.', 'seemed').content?.text).toBe('The old ferry seemed ready to sail');
  });
});

describe('a tag in mid-sentence before a lowercase quotation', () => {
  it('takes the clause before the tag too, whatever its voice', () => {
    expect(withCue('The harbour was empty, she added, “but the ferries will be back.”', 'added').content?.text).toBe('The harbour was empty, she added, “but the ferries will be back');
  });

  it('takes the subject before a quoted predicate', () => {
    expect(withCue('A longer season, she said, “could save the ferry.”', 'said').content?.text).toBe('A longer season, she said, “could save the ferry');
  });

  it('leaves out a fronted adverbial clause', () => {
    expect(withCue('When the pier closed, she said, “nobody came.”', 'said').content?.text).toBe('“nobody came');
  });
});

describe('a relative clause whose reported clause lacks its subject', () => {
  it('ends an aside set off by commas before the main clause resumes', () => {
    expect(withCue('The new toll, which Hollis says will fail, was approved on Monday.', 'says').content?.text).toBe('which Hollis says will fail');
  });

  it('opens a that-less relative at the noun it hangs on', () => {
    expect(withCue('The board hired the pilots it thought were the safest.', 'thought').content?.text).toBe('the pilots it thought were the safest');
  });
});

describe('a relative clause whose cue lacks its object', () => {
  it('opens the content at the relative pronoun before a preposition', () => {
    expect(withCue('The mayor praised Dana Hollis, whom the board described as a reliable partner.', 'described').content?.text).toBe('whom the board described as a reliable partner');
    expect(withCue('Residents posted photos that critics have likened to old postcards.', 'have likened').content?.text).toBe('that critics have likened to old postcards');
  });
});

describe('a tag after a semicolon', () => {
  it('does not take the clause before the semicolon as its content', () => {
    expect(withCue('The pier will close next month; the council disagreed.', 'disagreed').content).toBeNull();
  });
});

describe('a possessive time phrase after the cue', () => {
  it('opens the content instead of being skipped as when it was said', () => {
    expect(withCue('Okafor criticized this week’s vote on the pier.', 'criticized').content?.text).toBe('this week’s vote on the pier');
  });
});

describe('a quotation right after the cue, then a time or place phrase', () => {
  it('ends the content at the closing quotation mark', () => {
    expect(withCue('The crowd chanted “Open the pier!” as the mayor walked in.', 'chanted').content?.text).toBe('“Open the pier!”');
  });
});

describe('"in response" after a verb of saying', () => {
  it('is how it was said, so the tag still reports the quotation before it', () => {
    expect(withCue('Ferry fares rise\n\n“Why is the pier shut?” Hollis said in response.', 'said').content?.text).toBe('“Why is the pier shut?”');
  });
});

describe('a trailing tag around a stance after a coordinator', () => {
  it('keeps the clause before “…, minutes showed” as its content and ranks the tag first', () => {
    const text = 'But two harbour board members voted for a lower toll in May, minutes of the meeting showed.';
    expect(withCue(text, 'showed').content?.text).toContain('two harbour board members voted for a lower toll in May');
    expect(withCue(text, 'voted for').content?.text).toBe('a lower toll in May');
    expect(analyze(text).claims[0]?.kind).toBe('document');
  });
});
