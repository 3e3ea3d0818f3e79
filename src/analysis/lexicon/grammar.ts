// Function words, punctuation and small verb classes that the verb and subject rules test: written by hand.

/** Every spelling of an auxiliary verb; a capitalised word wink tags AUX that is none of them is a name ("Rohan Das"). */
export const AUXILIARY_FORMS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'done',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'wo', 'ca', 'need', 'dare', 'get', 'got', 'gets',
]);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);
/** Parts of speech that cannot stand right before a subject: "by officials", "the report", "helped voters". */
export const NOT_BEFORE_SUBJECT: ReadonlySet<string> = new Set(['ADP', 'DET', 'VERB', 'AUX', 'ADJ']);
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'yet']);
/** Conjunctions wink tags as prepositions; a subject may follow them: "although they say", "as Lindqvist said". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'if', 'although', 'though', 'whereas', 'once', 'unless', 'where', 'whom', 'whether']);
/** Words that lead a participle clause sharing the sentence's subject: "responded by saying …". */
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', 'before', 'after', 'while', 'when', 'without', 'in', 'since', 'from', 'for', 'despite', 'upon', 'on']);
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);
export const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'begin', 'start']);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'whom']);
/** "has said little", "said nothing": no content is attributed. */
export const NOTHING_SAID: ReadonlySet<string> = new Set(['little', 'nothing', 'less', 'anything']);
export const DUMMY_SUBJECTS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that']);
export const INVERTED_SPEAKER_ENDS: ReadonlySet<string> = new Set([',', '(', ':', '.', ';', '—', '–']);
/** Verbs that take an object or addressee and so never come before their speaker. */
export const NO_INVERSION: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'advise', 'urge', 'accuse', 'blame', 'thank', 'call', 'cite', 'encourage', 'implore', 'post', 'send', 'publish']);
/** Verbs that attribute whatever follows them, even sharing a subject with an earlier verb. */
export const CORE_SPEECH: ReadonlySet<string> = new Set(['say', 'add', 'tell', 'write', 'tweet', 'note', 'warn', 'argue', 'claim', 'insist', 'deny', 'suggest', 'explain', 'predict', 'acknowledge', 'admit', 'assert', 'state', 'declare', 'announce', 'complain', 'allege', 'ask', 'reply', 'respond', 'stress', 'contend', 'urge', 'vow', 'promise']);
/** Parenthetical adverbs set off by commas between subject and verb: "Some councillors, however, question …". */
export const PARENTHETICAL_ADVERBS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'nevertheless', 'moreover', 'furthermore', 'likewise', 'similarly', 'in', 'turn', 'for', 'example', 'instance', 'meantime', 'though']);
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'re", '’re', "'s", '’s', 'be', 'been', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'appear', 'appears', 'appeared', 'grow', 'grew', 'become', 'became', 'am', "'m", '’m']);
export const ADJECTIVE_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'about', 'of', 'to', 'with', 'over', 'whether', 'if', 'how', 'what', 'at', 'by', 'on']);
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['”', '"', '’', "'", "''"]);
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where']);
/** Verbs that take "that" without reporting anything: "ensure that", "mean that". */
export const NOT_REPORTING: ReadonlySet<string> = new Set(['ensure', 'mean', 'make', 'see', 'be', 'have', 'do', 'so', 'require', 'provide', 'order', 'guarantee', 'happen', 'matter', 'prove', 'turn', 'become', 'seem', 'appear', 'take', 'get', 'help', 'cause', 'lead', 'allow', 'demand', 'stipulate', 'specify', 'dictate', 'given']);
export const SENTENCE_INITIAL_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'asked', 'wrote', 'writes', 'told', 'tweeted']);
export const CONTRACTED_S: ReadonlySet<string> = new Set(["'s", '’s']);
export const VOICE_VERBS: ReadonlySet<string> = new Set(['shout', 'yell', 'scream', 'laugh', 'smile', 'grin', 'sneer', 'snap', 'bark', 'chuckle', 'nod', 'shrug', 'sigh']);
/** Promises and threats report something only with what is promised: "pledged to …", not "pledged closer ties". */
export const COMMITMENT_VERBS: ReadonlySet<string> = new Set(['pledge', 'vow', 'promise', 'threaten', 'swear', 'profess']);
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['would', 'might', 'could', 'may', "'d", '’d']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Pronouns that stand for a gap in the clause a cue after them reports: "which Okafor says will fail". */
export const CLAUSE_GAPS: ReadonlySet<string> = new Set(['which', 'what']);
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'why', 'whether', 'whatever']);
export const DASH_DELIMITERS: ReadonlySet<string> = new Set(['--', '—', '–']);
export const BARE_GROUPS: ReadonlySet<string> = new Set(['some', 'others', 'many', 'most', 'few', 'none', 'all', 'both', 'several', 'those', 'critics', 'supporters']);
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
/** "Friday night", "Monday morning": a part of the day after a day. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** "compared with last year": "compare" straight before one of these measures figures, not people. */
export const COMPARISON_PREPS: ReadonlySet<string> = new Set(['to', 'with']);
/** Belief verbs that take a stance on an object with "as": "sees the toll as unfair". */
export const SEEING_AS_VERBS: ReadonlySet<string> = new Set(['see']);
/** Belief verbs that also report words with a plain object: "offered his condolences", "offered no specifics". */
export const OFFERING_VERBS: ReadonlySet<string> = new Set(['offer']);
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'earlier', 'just', 'later', 'last', 'this', 'next', 'in', 'since', 'past']);
export const ASKED_LEADS: ReadonlySet<string> = new Set(['when', 'after', 'once', 'if', 'as']);
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['about', 'whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'to']);
export const ASKED_ASIDES: ReadonlySet<string> = new Set(['by', 'on', 'during', 'in', 'at', 'later', 'again', 'directly', 'specifically', 'repeatedly']);
/** Verbs whose passive reports what somebody said of the subject: "was accused of", "has been criticized as". */
export const PASSIVE_CUES: ReadonlySet<string> = new Set([
  'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'praise', 'describe', 'label', 'brand', 'dub', 'call',
  'quote', 'cite', 'endorse', 'back', 'support', 'oppose', 'attack', 'deride', 'mock', 'hail', 'credit', 'fault',
  'rebuke', 'denounce', 'slam', 'blast', 'question', 'challenge', 'dispute', 'reject', 'urge', 'warn', 'tell',
  'ask', 'characterize', 'characterise', 'portray', 'hail', 'applaud', 'welcome', 'rate',
]);
/** Verbs whose object comes before their complement ("ordered him to", "charged her with"): with no object
 * after them they are passive ("ordered to surrender", "charged with fraud"). */
export const OBJECT_FIRST_VERBS: ReadonlySet<string> = new Set(['order', 'charge', 'accuse', 'urge', 'tell', 'instruct', 'force', 'convict']);
export const PASSIVE_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'as', 'with', 'to']);
/** Verbs whose passive reports only with its agent: "was first reported by the Ledger", "were echoed by economists"
 * ("the theft was reported to police" reports nothing). */
export const AGENT_PASSIVE_CUES: ReadonlySet<string> = new Set(['report', 'echo', 'reveal', 'confirm', 'announce', 'predict', 'disclose', 'document', 'detail', 'suggest', 'deny', 'dismiss', 'argue', 'claim', 'allege', 'note', 'state']);
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '‘', '’', '"', "'", "''", '``']);
/** Words that open a clause or a second conjunct between a passive and a later "by": no agent of the passive follows. */
export const AGENT_BARRIERS: ReadonlySet<string> = new Set(['that', 'and', 'or', 'but', 'who', 'which', 'whether', 'if', 'because', 'as']);
/** "two days later", "a week ago": words that turn a noun phrase into a time adverbial. */
/** Words that open a question before its auxiliary: "Why had he said …?" */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['why']);
/** Auxiliaries of a question about what someone did or does: "Did the council refuse …?" */
export const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'has', 'have', 'had']);
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before', 'after']);
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on']);
/** "Critics, including two senators, said": examples of the speaker belong to the mention ("Clinton, like Obama," only compares). */
export const EXAMPLE_ASIDES: ReadonlySet<string> = new Set(['including', 'notably']);
export const ASIDE_WORDS: ReadonlySet<string> = new Set(['like', 'unlike', 'after', 'before', 'while', 'when', 'during', 'at', 'on', 'in', 'speaking', 'appearing', 'addressing', 'writing']);
export const FOCUS_WORDS: ReadonlySet<string> = new Set(['only', 'nearly', 'almost', 'roughly', 'about', 'just', 'not', 'some', 'over', 'fully']);
export const PARTITIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'all', 'both', 'several', 'each', 'none', 'few', 'one', 'two', 'three', 'half', 'majority', 'members']);
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which', 'whom']);
export const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
export const CONTACT_PARTICLES: ReadonlySet<string> = new Set(['to', 'with']);
export const PREDETERMINERS: ReadonlySet<string> = new Set(['all', 'both', 'half']);
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'by', 'released', 'published', 'conducted', 'commissioned', 'issued', 'obtained', 'seen', 'filed']);
export const INVERTED_POSTMOD_PREPS: ReadonlySet<string> = new Set(['for', 'at', 'with', 'to', 'from', 'in', 'on']);
export const INVERTED_RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);
/** The possessive ending as a token: "Okafor's", "the senators'". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** Lowercase words inside an organisation's or a person's name: "Bank of England", "Ursula von der Leyen". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'de', 'del', 'von', 'van', 'der', 'al', 'bin', 'la', 'le', 'du', 'on']);
/** Adverbs that link a sentence to the one before it: "However, the fares …" is the writer's link, not the report. */
export const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'additionally', 'still', 'instead', 'consequently']);
/** Two-word linking phrases, written "first second": "In fact, …", "For example, …". */
export const SENTENCE_CONNECTIVE_PAIRS: ReadonlySet<string> = new Set(['in addition', 'in fact', 'for example', 'for instance', 'of course', 'after all']);
/** Words after a mid-sentence tag's comma that carry the report on: "…, she said, and …", "…, he said, because …". */
export const TAG_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'since', 'because', 'although', 'though']);
/** Compound nouns whose first word wink may read as a verb ("a Leeds-based think/VERB tank"): first word → second words. */
export const NOUN_COMPOUNDS_WITH_VERB_FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([['think', new Set(['tank', 'tanks'])]]);
/** Conjunctions that open an adverbial clause of sequence or cause: attributions inside one leave the main
 * clause in the writer's voice ("Shares fell after the carrier warned …"). Not "when" or "while", which often
 * bring in the substance ("The row began when Okafor tweeted that …"), "as" ("as Okafor said") or "if". */
export const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'because', 'once']);
/** Words that open a relative clause inside a speaker's phrase ("One mother, who asked …, said"). */
export const RELATIVE_WORDS_IN_MENTIONS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Present forms of reporting verbs wink may read as nouns after a plural noun ("… laws show/NOUN that"): form → lemma. */
export const REPORTING_VERBS_TAGGED_NOUN: ReadonlyMap<string, string> = new Map([
  ['show', 'show'], ['suggest', 'suggest'], ['indicate', 'indicate'], ['say', 'say'], ['claim', 'claim'], ['reveal', 'reveal'],
]);
/** Verbs of saying wink may read as plural nouns when they follow their content ("…, claims Ukrainian
 * adviser"): form → lemma. */
export const INVERTED_VERBS_TAGGED_NOUN: ReadonlyMap<string, string> = new Map([
  ['claims', 'claim'], ['tweets', 'tweet'], ['reports', 'report'], ['posts', 'post'], ['comments', 'comment'],
]);
/** The last character of a line that ends a sentence; a line without one is a headline or a caption. */
export const FINAL_PUNCTUATION = /[.!?…:;"”’')\]]$/u;
/** Tokens that end a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Words that make a number a price: "charged 3,400 pounds". */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['pounds', 'dollars', 'euros', 'cents', 'pence', 'yen', 'francs', 'rupees', 'million', 'billion']);
/** Regular and strong past participles: "released", "taken", "drawn", "done". */
export const PAST_PARTICIPLE_ENDING = /(?:ed|en|wn|ne)$/;

/** Words that open a clause, so a speaker found by scanning back from its verb starts after them: "what
 * analysts said was …", "less than aides say". */
export const LOOSE_SUBJECT_STOPS: ReadonlySet<string> = new Set(['that', 'what', 'which', 'than', 'but', 'so', 'nor', 'whether', 'how', 'why', 'whose', 'to']);

/** Words that cannot head a speaker found by scanning back: dummies, possessives ("their say"), a generic "you". */
export const NO_LOOSE_HEADS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that', 'you', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'what', 'everything', 'anything', 'nothing']);

/** The commonest verbs of saying: a verb group of one of them before a clause or after a quotation reports, even
 * when its speaker is a phrase the parser does not know. */
export const LOOSE_SPEAKER_VERBS: ReadonlySet<string> = new Set(['say', 'tell']);
