// Words that attribute a claim to somebody: verbs by how they take their content, noun cues, channels.
// All entries are lemmas (lowercase) unless said otherwise.

/** Verbs of saying: attribute whatever follows or precedes them, with a subject or inverted ("said X"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'write', 'tweet', 'retweet', 'post', 'state', 'declare', 'announce', 'explain', 'note',
  'argue', 'insist', 'claim', 'admit', 'acknowledge', 'concede', 'deny', 'warn', 'suggest', 'reply', 'respond',
  'report', 'recall', 'stress', 'predict', 'reveal', 'confirm', 'complain', 'allege', 'assert', 'contend',
  'maintain', 'observe', 'testify', 'emphasize', 'emphasise', 'estimate', 'conclude', 'agree', 'ask', 'wonder',
  'comment', 'remark', 'quip', 'joke', 'boast', 'brag', 'counter', 'retort', 'caution', 'indicate', 'hint',
  'imply', 'interpret', 'reiterate', 'repeat', 'mention', 'describe', 'characterize', 'characterise',
  'dismiss', 'question', 'speculate', 'disclose', 'recount', 'point', 'blog', 'text', 'email', 'chant',
  'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim', 'proclaim', 'affirm', 'lament', 'concur', 'object',
  'protest', 'charge', 'accuse', 'blame', 'urge', 'demand', 'threaten', 'vow', 'promise', 'pledge', 'swear',
  'forecast', 'project', 'tout', 'signal', 'advise', 'inform', 'assure', 'remind', 'brief',
  'publish', 'reason', 'theorize', 'theorise', 'posit', 'surmise', 'cite', 'echo',
  'encourage', 'implore', 'bemoan', 'chastise', 'liken', 'invoke', 'reference', 'label', 'brand',
  'apologize', 'apologise', 'plead', 'beg', 'recommend', 'advocate', 'rule', 'outline', 'detail', 'read',
  'express', 'voice', 'articulate', 'underscore', 'highlight', 'request', 'term', 'summarize', 'summarise',
  'underline', 'reaffirm', 'disagree', 'grumble', 'justify', 'answer', 'divulge', 'float', 'pitch',
  'refute', 'rebut', 'confess', 'muse', 'inquire', 'enquire', 'attest', 'hypothesize', 'hypothesise', 'gripe',
  'fume', 'deplore', 'admonish', 'taunt', 'lampoon', 'exhort', 'interject', 'confide', 'gloat',
  'bark', 'boom', 'grouse', 'recite', 'utter', 'clarify',
]);

/** Speech verbs with common other senses ("it would add layers", "Battleground state"): cues only before a
 * clause or quotation, or after their content ("…, he added."). */
export const CLAUSE_ONLY_SPEECH_VERBS: ReadonlySet<string> = new Set(['add', 'state', 'post', 'text', 'project', 'rule', 'read', 'object', 'counter', 'maintain']);

/** Adjectives of belief and feeling that attribute with a copula: "are afraid that", "is confident of". */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = new Set([
  'afraid', 'confident', 'convinced', 'sure', 'certain', 'worried', 'concerned', 'hopeful', 'optimistic',
  'pessimistic', 'skeptical', 'sceptical', 'adamant', 'aware', 'critical', 'opposed', 'unhappy', 'happy',
  'angry', 'upset', 'pleased', 'proud', 'eager', 'determined', 'keen', 'reluctant', 'unwilling', 'willing',
  'doubtful', 'fearful', 'frustrated', 'furious', 'disappointed', 'satisfied', 'unconvinced', 'wary',
  'supportive', 'dismissive', 'clear', 'unsure', 'uncertain', 'insistent', 'confused', 'alarmed', 'troubled',
  'passionate', 'enthusiastic', 'ambivalent', 'hesitant', 'emphatic', 'unequivocal',
  'candid', 'frank', 'coy', 'cagey', 'evasive', 'blunt', 'defiant', 'apologetic', 'bullish', 'bearish',
  'outraged', 'startled', 'upbeat', 'intrigued',
]);

/** Verbs that attribute only a quotation around them, with no object: "“…,” he continued." */
export const BARE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'continue', 'go', 'smile', 'laugh', 'shrug', 'nod', 'sigh', 'grin', 'begin', 'finish', 'chuckle', 'cry', 'plead',
]);

/** Headline verbs: punchy stance words headlines use for "criticised" or "said" ("Rips", "Hammers", "Slams"). */
/** Adverbs a headline puts before its verb, which join the cue: "Okafor Just Announced …". */
export const HEADLINE_ADVERBS: ReadonlySet<string> = new Set(['just', 'finally', 'fully', 'now', 'also', 'again', 'quietly', 'openly', 'publicly', 'secretly']);
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'rip', 'hammer', 'slam', 'blast', 'knock', 'hit', 'bash', 'torch', 'scorch', 'speak', 'seek', 'see', 'eye',
  'push', 'pitch', 'tout', 'float', 'back', 'pan', 'trash', 'mock', 'roast', 'dismiss', 'rebuke', 'decry',
]);

/** Verbs of belief, intention and feeling: need a clause ("believes that …", "wants to …") to be cues. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe', 'think', 'expect', 'fear', 'hope', 'suspect', 'doubt', 'feel', 'know', 'assume', 'worry', 'want',
  'plan', 'intend', 'consider', 'reckon', 'understand', 'suppose', 'presume', 'anticipate', 'wish',
  'prefer', 'imagine', 'realize', 'realise', 'recognize', 'recognise', 'learn', 'hear', 'find', 'see', 'decide',
  'seem', 'appear', 'determine',
  'aim', 'seek', 'figure', 'trust', 'bet', 'envision', 'foresee', 'dread', 'regret', 'like',
  'refuse', 'decline', 'agree', 'offer', 'recommend', 'call', 'remember',
]);

/** Verbs of stance towards something named: cues when a person, group or pronoun is the subject. */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'support', 'oppose', 'endorse', 'criticize', 'criticise', 'praise', 'condemn', 'defend', 'denounce', 'slam',
  'blast', 'attack', 'welcome', 'reject', 'back', 'applaud', 'decry', 'hail', 'laud', 'champion', 'dispute',
  'challenge', 'rebuke', 'chide', 'fault', 'credit', 'thank', 'congratulate', 'mock', 'ridicule', 'deride',
  'lambast', 'lambaste', 'castigate', 'berate', 'scold', 'excoriate', 'disparage', 'belittle', 'insult',
  'admire', 'embrace', 'favor', 'favour', 'dislike', 'distrust', 'trust', 'respect',
  'propose', 'promote', 'herald', 'commend', 'view', 'regard', 'portray', 'depict', 'paint',
  'link', 'connect', 'associate', 'discuss', 'address', 'rate',
  'love', 'hate', 'loathe', 'despise', 'resent', 'adore', 'detest',
  'rebuff', 'spurn', 'salute', 'skewer', 'pillory', 'reprimand', 'lament', 'downplay', 'grill',
  'compare', 'order', 'name', 'list', 'quote', 'identify', 'appoint',
  'ponder', 'hammer', 'deem', 'savage', 'trumpet', 'bash', 'trash', 'pummel',
  'mull', 'assail', 'relish', 'contemplate', 'disavow', 'knock',
]);

/** Stance verbs that mean something else straight before one of these words: "identify with a party". */
export const NOT_STANCE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['identify', new Set(['with'])]]);

/** Belief verbs that forecast a quantity or event named by a plain object: "expects sales of $2 billion",
 * "anticipates first production in 2027". */
export const FORECAST_VERBS: ReadonlySet<string> = new Set(['expect', 'anticipate', 'foresee']);

/** Verbs whose subject is typically a document, poll or study ("the poll found", "data show"). */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set([
  'show', 'find', 'suggest', 'indicate', 'reveal', 'conclude', 'estimate', 'say', 'state', 'report', 'note',
  'predict', 'project', 'warn', 'confirm', 'demonstrate', 'document', 'detail', 'outline', 'allege', 'accuse',
  'claim', 'argue', 'describe', 'link', 'tie', 'associate', 'attribute',
  'examine', 'explore', 'chronicle', 'profile', 'investigate', 'analyze', 'analyse', 'illustrate', 'highlight',
]);

/** Cues that only count when followed by a particle: "called for", "pointed out". Lemma → particles. */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on'])],
  ['point', new Set(['out', 'to'])],
  ['refer', new Set(['to'])],
  ['talk', new Set(['about'])],
  ['speak', new Set(['of', 'about', 'out'])],
  ['push', new Set(['for'])],
  ['press', new Set(['for'])],
  ['argue', new Set(['for', 'against'])],
  ['weigh', new Set(['in'])],
  ['sign', new Set(['off'])],
  ['go', new Set(['further', 'on', 'after'])],
  ['vote', new Set(['for', 'against'])],
  ['lay', new Set(['out'])],
  ['sum', new Set(['up'])],
  ['rail', new Set(['against'])],
  ['double', new Set(['down'])],
  ['seize', new Set(['on', 'upon'])],
  ['bristle', new Set(['at'])],
  ['balk', new Set(['at'])],
  ['lash', new Set(['out'])],
  ['chime', new Set(['in'])],
  ['put', new Set(['it'])],
  ['focus', new Set(['on'])],
  ['side', new Set(['with'])],
  ['touch', new Set(['on', 'upon'])],
  ['shrug', new Set(['off'])],
  ['rattle', new Set(['off'])],
  ['hint', new Set(['at'])],
]);

/** Prepositions that introduce what a cue is about and belong to the cue: "complained about the fees",
 * "warned against cuts", "agreed with the ruling". */
export const CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'against', 'of', 'with', 'over', 'on', 'for']);

/** Nouns of opinion polling: "in the latest poll" attributes the figures to the poll. */
export const SURVEY_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** Cue verbs that must not be read as cues without a particle (their bare uses are too often literal). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set([
  'call', 'point', 'refer', 'talk', 'speak', 'push', 'press', 'weigh', 'sign', 'vote', 'lay', 'sum', 'rail', 'double',
  'seize', 'bristle', 'balk', 'lash', 'chime', 'put', 'focus', 'side', 'touch', 'shrug', 'rattle',
]);

/** Participles of these verbs attribute ("…, saying the West has ignored …"); other -ing forms do not. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'say', 'add', 'tell', 'write', 'tweet', 'note', 'argue', 'insist', 'claim', 'warn', 'suggest', 'explain',
  'call', 'accuse', 'describe', 'cite', 'urge', 'ask', 'refer', 'recall', 'acknowledge', 'deny',
  'predict', 'declare', 'announce', 'state', 'stress', 'complain', 'allege', 'point', 'blame',
  'criticize', 'criticise', 'praise', 'promise', 'vow', 'threaten', 'demand', 'question', 'reject', 'dismiss',
  'chant', 'shout', 'assert', 'emphasize', 'emphasise', 'reference', 'mention', 'invoke', 'quip', 'joke',
  'concede', 'admit', 'counter', 'reply', 'respond', 'reiterate', 'repeat', 'echo', 'encourage', 'implore',
  'back', 'support', 'oppose', 'endorse', 'condemn', 'defend', 'denounce', 'welcome', 'applaud', 'yell',
  'speak', 'talk',
]);

/** Participles that attribute only after a comma, speaking for the clause before it ("…, hoping to win back
 * the suburbs"); after a noun or "from" they are too often literal ("refrain from attacking"). */
export const COMMA_PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'seek', 'hope', 'offer', 'tout', 'pledge', 'propose', 'express', 'attack', 'slam', 'mock', 'ridicule', 'hail',
  'decry', 'challenge', 'lament', 'blast', 'boast', 'brag', 'confirm', 'reveal', 'thank', 'credit', 'fault',
  'rebuke', 'dispute', 'champion', 'chide', 'downplay', 'voice', 'recommend', 'advocate', 'plead', 'apologize',
  'apologise', 'assure', 'remind', 'caution', 'hint', 'speculate', 'characterize', 'characterise', 'label',
  'remark', 'believe', 'fear', 'recognize', 'recognise', 'imply', 'portray', 'paint', 'quote',
  'list', 'name', 'advise', 'trumpet', 'contrast', 'refuse', 'report', 'contend', 'reason', 'embrace', 'underscore',
  'bash', 'trash', 'promote', 'paraphrase', 'wonder', 'reassure', 'deem', 'outline', 'compare', 'inform',
]);

/** Verbs that post to social media by themselves. */
export const SOCIAL_VERBS: ReadonlySet<string> = new Set(['tweet', 'retweet', 'post', 'blog', 'livestream']);

/** Platforms: "on X", "on Telegram", "in a post on Instagram" make the channel social media. */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'telegram', 'facebook', 'instagram', 'tiktok', 'threads', 'bluesky', 'mastodon', 'truth',
  'youtube', 'reddit', 'linkedin', 'snapchat', 'weibo', 'wechat', 'vk', 'vkontakte', 'gab', 'parler',
  'substack', 'social',
]);

/** Nouns that name a post ("in a tweet", "in a post"). */
export const SOCIAL_NOUNS: ReadonlySet<string> = new Set(['tweet', 'post', 'posting', 'video', 'livestream', 'thread', 'story']);

/** Nouns after "in a/an" that belong to the cue and name its channel ("said in a statement"). */
export const CUE_VENUES: ReadonlyMap<string, 'statement' | 'media' | 'document' | 'social_media'> = new Map([
  ['statement', 'statement'],
  ['release', 'statement'],
  ['announcement', 'statement'],
  ['speech', 'statement'],
  ['address', 'statement'],
  ['briefing', 'statement'],
  ['conference', 'statement'],
  ['testimony', 'statement'],
  ['interview', 'media'],
  ['op-ed', 'media'],
  ['column', 'media'],
  ['editorial', 'media'],
  ['broadcast', 'media'],
  ['podcast', 'media'],
  ['letter', 'document'],
  ['memo', 'document'],
  ['filing', 'document'],
  ['report', 'document'],
  ['email', 'document'],
  ['e-mail', 'document'],
  ['note', 'document'],
  ['complaint', 'document'],
  ['lawsuit', 'document'],
  ['affidavit', 'document'],
  ['tweet', 'social_media'],
  ['post', 'social_media'],
  ['video', 'social_media'],
]);

/** News outlets: telling one of these, or appearing in one, makes the channel `media`. Lowercase, space-joined. */
export const MEDIA_OUTLETS: ReadonlySet<string> = new Set([
  'bbc', 'bbc news', 'bbc radio 4', 'cnn', 'sky news', 'fox news', 'fox', 'nbc', 'nbc news', 'abc', 'abc news',
  'cbs', 'cbs news', 'npr', 'pbs', 'msnbc', 'cnbc', 'reuters', 'ap', 'afp', 'the associated press',
  'associated press', 'bloomberg', 'bloomberg news', 'politico', 'axios', 'the new york times', 'new york times',
  'the times', 'the washington post', 'washington post', 'the wall street journal', 'wall street journal',
  'the guardian', 'guardian', 'the telegraph', 'telegraph', 'the independent', 'the financial times',
  'financial times', 'the economist', 'al jazeera', 'itv', 'itv news', 'channel 4 news', 'lbc', 'times radio',
  'the sun', 'the mirror', 'daily mail', 'the daily mail', 'mailonline', 'the observer', 'usa today',
  'the hill', 'the atlantic', 'newsweek', 'time', 'vox', 'buzzfeed news', 'the new yorker', 'the post',
  'the journal', 'radio', 'television', 'tv', 'the newspaper', 'this newspaper', 'the outlet', 'the paper',
  'reporters', 'journalists', 'the press', 'rte', 'cbc', 'abc radio', 'deutsche welle', 'dw', 'france 24',
  'tass', 'ria novosti', 'interfax', 'xinhua', 'the kyiv independent', 'the moscow times', 'breitbart',
]);

/** Words that can follow a cue without ending it: time and manner ("said Tuesday", "said on Friday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'recently', 'earlier', 'later', 'previously', 'again', 'also', 'then', 'now', 'once',
  'repeatedly', 'publicly', 'privately', 'separately', 'afterwards', 'afterward', 'last', 'this', 'week',
  'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'ago', 'on', 'at', 'in', 'during',
]);

/** Adverbs and auxiliaries that can stand between a subject and its cue ("has also said", "had long argued"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'did', 'does', 'do', 'also', 'previously', 'repeatedly', 'later', 'earlier', 'long', 'often', 'once',
  'then', 'now', 'since', 'already', 'still', 'further', 'first', 'recently', 'publicly', 'privately', 'openly',
  'reportedly', 'allegedly', 'apparently', 'flatly', 'strongly', 'firmly', 'vehemently', 'angrily', 'quickly',
  'subsequently', 'separately', 'again', 'frequently', 'initially', 'originally', 'ultimately', 'finally',
  'just', 'even', 'always', 'been', 'sometimes', 'seldom', 'ever',
  'soon', 'only', 'instead', 'nonetheless', 'nevertheless', 'meanwhile',
  'being', 'be', 'ha', 'wa', "'s", '’s', "'re", '’re', "'ve", '’ve', "'d", '’d', "'ll", '’ll', 'together', 'jointly',
]);

/** Quantifiers that float after a plural subject into the verb group: "Officials all agreed", "they both said". */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/** Negations between subject and cue: "he did not say" attributes nothing to him. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', "'t", '’t', 'never', 'no', 'neither', 'nor']);

/** Participles of agentless attribution: "it is believed that", "is widely seen as". */
export const AGENTLESS_PARTICIPLES: ReadonlySet<string> = new Set([
  'believed', 'suspected', 'understood', 'thought', 'said', 'reported', 'claimed', 'alleged', 'feared',
  'expected', 'known', 'rumoured', 'rumored', 'assumed', 'estimated', 'argued', 'hoped', 'felt', 'considered',
  'seen', 'regarded', 'viewed', 'accepted', 'acknowledged', 'recognised', 'recognized', 'held', 'presumed',
  'speculated', 'predicted', 'suggested', 'noted', 'agreed', 'anticipated', 'projected', 'forecast', 'learned',
  'learnt', 'indicated', 'described', 'deemed',
]);

/** Adverbs that make a passive an agentless attribution ("is widely seen as"). */
export const AGENTLESS_ADVERBS: ReadonlySet<string> = new Set([
  'widely', 'generally', 'commonly', 'largely', 'broadly', 'popularly', 'universally', 'often', 'increasingly',
]);

/** Single words that attribute without an agent. */
export const AGENTLESS_ADVERB_CUES: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly',
]);

/** Nouns for hearsay without a source: "there have been reports", "rumours". */
export const HEARSAY_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'suggestions', 'claims',
  'allegations', 'indications', 'signs', 'whispers', 'murmurs', 'talk', 'word', 'accounts',
]);

/** Nouns of intention that take "to": "his promise to …", "their plan to …". */
export const INTENTION_NOUNS: ReadonlySet<string> = new Set([
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'threat', 'threats', 'call', 'calls', 'demand',
  'demands', 'bid', 'offer', 'intention', 'determination', 'commitment',
]);

/** Noun cues introducing content: "the claim that", "his view that". */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim', 'claims', 'belief', 'view', 'argument', 'assertion', 'allegation', 'allegations', 'suggestion',
  'insistence', 'contention', 'warning', 'promise', 'pledge', 'fear', 'fears', 'hope', 'hopes', 'statement',
  'remarks', 'comments', 'assessment', 'conclusion', 'prediction', 'accusation', 'accusations', 'charge',
  'charges', 'insinuation', 'denial', 'admission', 'concern', 'concerns', 'announcement', 'vow', 'threat',
  'criticism', 'opposition', 'support', 'demand', 'demands', 'call', 'calls', 'proposal', 'plan', 'plans',
  'suspicion', 'suspicions', 'expectation', 'expectations', 'theory', 'notion', 'idea', 'report', 'reports',
  'emphasis', 'worry', 'worries', 'message', 'impression', 'recognition', 'acknowledgment',
  'acknowledgement', 'bid', 'decision', 'offer', 'intention', 'desire', 'effort', 'efforts',
  'attempt', 'commitment', 'determination', 'wish', 'push', 'vows', 'threats', 'pledges', 'promises', 'complaint',
  'complaints', 'warnings', 'forecast', 'estimate', 'finding', 'findings', 'verdict', 'ruling',
  'judgment', 'reminder', 'concession', 'boast', 'pitch', 'arguments', 'case', 'point',
]);

/** Verb forms wink tags as adjectives even where they are verbs ("is promising lower taxes", "…, threatening
 * to walk out", "it referenced the ruling"). Form → verb lemma. */
export const VERB_FORMS_TAGGED_ADJECTIVE: ReadonlyMap<string, string> = new Map([
  ['promising', 'promise'], ['threatening', 'threaten'], ['pledging', 'pledge'], ['vowing', 'vow'],
  ['demanding', 'demand'], ['insisting', 'insist'], ['warning', 'warn'], ['urging', 'urge'],
  ['referenced', 'reference'], ['touted', 'tout'], ['criticized', 'criticize'], ['praised', 'praise'],
]);
