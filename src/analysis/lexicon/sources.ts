// Words that say what kind of source a mention is. Lowercase.

/** Head nouns of unnamed people and groups: "a senior official", "some analysts", "people familiar with …". */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'adviser', 'advisers',
  'advisor', 'advisors', 'aide', 'aides', 'person', 'people', 'persons', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'diplomat', 'diplomats', 'insider', 'insiders', 'critic', 'critics', 'observer',
  'observers', 'witness', 'witnesses', 'resident', 'residents', 'lawmaker', 'lawmakers', 'councillors', 'councilors', 'legislator',
  'legislators', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'researcher', 'researchers',
  'scientist', 'scientists', 'economist', 'economists', 'doctor', 'doctors', 'officer', 'officers', 'authorities',
  'executive', 'executives', 'employee', 'employees', 'staffer', 'staffers', 'member', 'members', 'leader',
  'leaders', 'supporter', 'supporters', 'opponent', 'opponents', 'voter', 'voters', 'activist', 'activists',
  'strategist', 'strategists', 'operative', 'operatives', 'consultant', 'consultants', 'pollster', 'pollsters',
  'historian', 'historians', 'scholar', 'scholars', 'academic', 'academics', 'commentator', 'commentators',
  'pundit', 'pundits', 'campaigner', 'campaigners', 'protester', 'protesters', 'protestor', 'protestors',
  'victim', 'victims', 'family', 'families', 'relative', 'relatives', 'friend', 'friends', 'colleague',
  'colleagues', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'student', 'students', 'teacher',
  'teachers', 'parent', 'parents', 'worker', 'workers', 'union', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'representative', 'representatives', 'minister', 'ministers', 'negotiator', 'negotiators', 'mediator',
  'general', 'generals', 'commander', 'commanders', 'soldier', 'soldiers', 'troops', 'police', 'detective',
  'detectives', 'agent', 'agents', 'regulator', 'regulators', 'investor', 'investors', 'trader', 'traders',
  'banker', 'bankers', 'manager', 'managers', 'director', 'directors', 'chief', 'chiefs', 'head', 'president',
  'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'owner', 'owners', 'candidate', 'candidates', 'nominee',
  'senator', 'senators', 'congressman', 'congresswoman', 'governor', 'governors', 'mayor', 'judge', 'judges',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'tories', 'americans', 'britons',
  'citizens', 'fans', 'users', 'customers', 'consumers', 'patients', 'survivors', 'organizers', 'organisers',
  'others', 'another', 'some', 'many', 'most', 'several', 'few', 'both', 'all', 'everyone', 'somebody', 'someone',
  'anyone', 'nobody', 'authors', 'author', 'team', 'staff', 'panel', 'committee', 'campaign', 'administration',
  'government', 'company', 'firm', 'group', 'groups', 'agency', 'department', 'ministry', 'council', 'court', 'board',
  'party', 'office', 'organization', 'organisation', 'military', 'army', 'regime', 'authority', 'institute',
  'coalition', 'alliance', 'bank', 'network', 'club', 'league', 'federation', 'association', 'commission',
  'opposition', 'side', 'camp', 'lab', 'laboratory', 'university', 'school', 'hospital', 'charity',
  'administrator', 'administrators', 'percent', 'majority', 'minority', 'narrator', 'host', 'anchor', 'reporter', 'reporters', 'journalist',
  'journalists', 'editor', 'editors', 'columnist', 'businessman', 'businesswoman', 'incumbent',
  'challenger', 'rival', 'rivals', 'partner', 'partners', 'sponsor', 'sponsors', 'donor', 'donors', 'lender',
  'lenders', 'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'suspect', 'suspects', 'mother', 'father',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'man', 'woman', 'men', 'women', 'child', 'children',
  'veteran', 'veterans', 'secretary', 'envoy', 'ambassador', 'delegate', 'delegates', 'speaker', 'senate',
  'proponents', 'advocates', 'backers', 'skeptics', 'sceptics', 'detractors', 'allies', 'foes', 'defenders',
  'participants', 'respondents', 'forecaster', 'forecasters', 'meteorologist', 'meteorologists', 'seismologists',
  'epidemiologists', 'farmers', 'exporters', 'importers', 'shoppers', 'passengers', 'commuters', 'villagers',
  'rescuers', 'firefighters', 'nurses', 'engineers', 'physicians', 'retailers', 'landlords', 'tenants', 'homeowners',
]);

/** Market nouns wink tags as names when they open a sentence; never a name's first word there ("Shares of
 * Lumora rose" names Lumora, not "Shares of Lumora"). */
export const MARKET_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stocks', 'sales', 'profits', 'profit', 'revenue', 'revenues', 'earnings', 'exports', 'imports',
  'prices', 'bonds', 'yields', 'orders', 'deliveries', 'output',
]);

/** Nouns by which an article refers back to a news outlet it named: "the newspaper", "the tabloid". */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'tabloid', 'daily', 'broadsheet', 'magazine', 'broadcaster', 'channel', 'outlet', 'website',
]);

/** Collective nouns that stand for an institution rather than people; an article's earlier named
 * organization of the same sort can be what they refer to ("the company said"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'agency', 'department', 'ministry', 'council', 'court', 'board', 'party',
  'office', 'organization', 'organisation', 'military', 'army', 'regime', 'authority', 'institute', 'coalition',
  'alliance', 'bank', 'network', 'club', 'league', 'federation', 'association', 'commission', 'campaign',
  'administration', 'government', 'committee', 'panel', 'team', 'union', 'university', 'school', 'hospital',
  'charity', 'lab', 'laboratory', 'district', 'trust', 'service',
]);

/** Head nouns of documents and data: "a report by …", "court documents", "the poll". */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'poll', 'polls', 'survey', 'surveys', 'statement', 'statements',
  'document', 'documents', 'filing', 'filings', 'data', 'figures', 'statistics', 'analysis', 'analyses', 'memo',
  'memos', 'letter', 'letters', 'lawsuit', 'suit', 'complaint', 'indictment', 'affidavit', 'records', 'record',
  'paper', 'research', 'review', 'audit', 'investigation', 'inquiry', 'findings', 'assessment', 'estimate',
  'estimates', 'projections', 'forecast', 'model', 'transcript', 'transcripts', 'release', 'guidance', 'ruling',
  'judgment', 'judgement', 'verdict', 'order', 'warrant', 'charge', 'charges', 'emails', 'email', 'footage',
  'video', 'post', 'tweet', 'tweets', 'website', 'census', 'index', 'budget', 'plan', 'proposal', 'bill',
  'legislation', 'law', 'policy', 'testimony', 'article', 'story', 'book', 'editorial', 'evidence',
  'results', 'numbers', 'count', 'tally', 'ranking', 'rankings', 'database', 'registry', 'log', 'logs',
  'minutes', 'notes', 'papers', 'files', 'cables', 'dossier', 'leak', 'leaks', 'trial', 'trials',
  'brief', 'briefs', 'average', 'averages', 'motion', 'petition', 'resolution', 'platform', 'manifesto',
  'copy', 'copies', 'extract', 'excerpt', 'draft', 'drafts', 'file',
  // Pictures, charts and recordings that show or say something.
  'chart', 'charts', 'graph', 'graphs', 'slide', 'slides', 'map', 'maps', 'table', 'photo', 'photos',
  'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'recording', 'recordings', 'clip',
  'clips', 'ad', 'ads', 'advert', 'advertisement', 'advertisements', 'commercial', 'film', 'documentary',
  'calculations', 'simulation', 'simulations', 'polling', 'tallies',
]);

/** Words that make a capitalised name an organization: "Supreme Court", "Acme Corp", "The Post". */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'court', 'ministry', 'department', 'party', 'committee', 'council', 'commission', 'agency', 'office',
  'association', 'union', 'institute', 'institution', 'university', 'college', 'school', 'bank', 'inc', 'inc.',
  'corp', 'corp.', 'corporation', 'company', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'campaign',
  'times', 'post', 'news', 'journal', 'press', 'herald', 'tribune', 'gazette', 'kremlin', 'house', 'pentagon',
  'congress', 'senate', 'parliament', 'assembly', 'police', 'army', 'navy', 'force', 'forces', 'government',
  'administration', 'foundation', 'fund', 'board', 'authority', 'service', 'services', 'bureau', 'centre',
  'center', 'network', 'federation', 'league', 'alliance', 'coalition', 'organization', 'organisation',
  'society', 'trust', 'club', 'command', 'guard', 'secretariat', 'cabinet', 'tribunal', 'prosecutor’s',
  'fbi', 'cia', 'nsa', 'nato', 'un', 'eu', 'who', 'imf', 'opec', 'icc', 'nhs', 'bbc', 'cnn', 'reuters', 'hospital',
  'laboratory', 'labs', 'systems', 'technologies', 'holdings', 'partners', 'capital', 'airlines', 'motors',
  'pharmaceuticals', 'energy', 'media', 'studios', 'records', 'observatory', 'museum',
  'directorate', 'inspectorate', 'embassy', 'consulate', 'mission', 'delegation', 'chamber',
  'caucus', 'commons', 'lords', 'statehouse', 'legislature', 'judiciary', 'regime', 'junta', 'ministry’s',
  'state', 'states', 'nations', 'union’s', 'watch', 'international', 'project', 'initiative', 'program',
  'programme', 'exchange', 'reserve', 'treasury', 'monitor', 'unit',
  // Words companies put in their names.
  'communications', 'logistics', 'logistik', 'industries', 'solutions', 'software', 'networks', 'telecom',
  'airways', 'aerospace', 'aviation', 'shipping', 'mining', 'resources', 'petroleum', 'insurance', 'bancorp', 'financial', 'securities',
  'investments', 'ventures', 'enterprises', 'associates', 'properties', 'estates', 'interiors', 'foods',
  'brands', 'stores', 'builders', 'developments', 'engineering', 'construction', 'electronics', 'chemicals',
  'pharma', 'biotech', 'therapeutics', 'semiconductor', 'semiconductors', 'productions', 'entertainment', 'events', 'promotions',
  'publishing', 'publications', 'consulting', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'spa', 'llp', 'lp', 'pty',
  'limited', 'incorporated', 'bros', 'bros.', 'plc.', 'coal', 'steel', 'oil', 'gas', 'water', 'homes', 'utilities',
]);

/** Places whose names stand for their governments when they speak ("Ukraine believes", "Beijing said"). */
export const PLACES: ReadonlySet<string> = new Set([
  'ukraine', 'russia', 'china', 'america', 'britain', 'france', 'germany', 'italy', 'spain', 'poland', 'japan',
  'india', 'pakistan', 'iran', 'iraq', 'israel', 'syria', 'turkey', 'egypt', 'canada', 'mexico', 'brazil',
  'australia', 'belarus', 'georgia', 'moldova', 'hungary', 'serbia', 'greece', 'sweden', 'finland', 'norway',
  'denmark', 'netherlands', 'belgium', 'austria', 'switzerland', 'ireland', 'scotland', 'wales', 'england',
  'portugal', 'romania', 'bulgaria', 'czechia', 'slovakia', 'estonia', 'latvia', 'lithuania', 'taiwan',
  'korea', 'vietnam', 'indonesia', 'philippines', 'thailand', 'malaysia', 'singapore', 'afghanistan',
  'saudi', 'qatar', 'lebanon', 'jordan', 'yemen', 'libya', 'nigeria', 'kenya', 'ethiopia', 'sudan',
  'argentina', 'chile', 'colombia', 'venezuela', 'cuba', 'peru', 'kazakhstan', 'tajikistan', 'armenia',
  'azerbaijan', 'gaza', 'palestine', 'moscow', 'beijing', 'kyiv', 'kiev', 'washington', 'london', 'paris',
  'berlin', 'brussels', 'tehran', 'jerusalem', 'ankara', 'tokyo', 'delhi', 'islamabad', 'pyongyang', 'seoul',
  'ottawa', 'canberra', 'warsaw', 'minsk', 'damascus', 'riyadh', 'cairo', 'taipei', 'westminster', 'whitehall',
  'downing', 'downing street', 'no 10', 'number 10', 'the us', 'the uk', 'the eu', 'us', 'uk', 'eu', 'u.s.', 'u.k.', 'usa', 'europe',
  'nato', 'the west', 'west', 'hamas', 'hezbollah', 'wagner', 'albany', 'sacramento', 'austin', 'tallahassee',
]);

/** Last words of names of places, events and laws, which are never people: "Hallam Road", "Labor Day". */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'road', 'street', 'avenue', 'lane', 'drive', 'way', 'place', 'square', 'park', 'bridge', 'river', 'valley',
  'hill', 'hills', 'airport', 'station', 'port', 'harbour', 'harbor', 'bay', 'island', 'islands', 'county',
  'city', 'town', 'village', 'hall', 'court', 'centre', 'center', 'stadium', 'arena', 'hospital', 'school',
  'church', 'cathedral', 'palace', 'tower', 'building', 'estate', 'close', 'crescent', 'terrace', 'gardens',
  'mountains', 'lake', 'sea', 'ocean', 'coast', 'forest', 'desert', 'province', 'region', 'state', 'district',
  'day', 'week', 'month', 'year', 'act', 'bill', 'law', 'amendment', 'plan', 'program', 'programme', 'war',
  'games', 'cup', 'festival', 'summit', 'treaty', 'accord', 'agreement', 'deal', 'scheme', 'fund', 'report',
]);

/** Titles before a person's name: dropped from the canonical name, kept in the mention. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'sir', 'dame', 'lord', 'lady', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.',
  'professor', 'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'sen', 'rep.', 'rep',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov', 'mayor', 'judge', 'justice',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'general', 'gen.', 'gen', 'colonel', 'col.', 'lt.',
  'lieutenant', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'admiral', 'adm.', 'commander',
  'chief', 'inspector', 'detective', 'officer', 'constable', 'superintendent', 'supt.', 'ambassador', 'pope',
  'father', 'rev.', 'reverend', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'speaker', 'leader',
  'attorney', 'district', 'deputy', 'assistant', 'acting', 'former', 'ex', 'late', 'then', 'house', 'senate',
  'majority', 'minority', 'whip', 'foreign', 'defence', 'defense', 'interior', 'health', 'finance', 'economy',
  'home', 'state', 'white', 'press', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'chairwoman',
  'founder', 'coach', 'manager', 'director', 'executive', 'chief-executive', 'mp', 'mep', 'councillor',
  'councilman', 'councilwoman', 'sheriff', 'commissioner', 'premier', 'ayatollah', 'sheikh', 'emir', 'sultan',
  'crown', 'duke', 'duchess', 'baroness', 'baron', 'lt', 'sgt', 'dep.', 'u.s.', 'us',
  'senators', 'sens', 'reps.', 'governors', 'ministers', 'messrs.',
  'democratic', 'republican', 'labour', 'conservative', 'tory', 'liberal', 'candidate', 'nominee', 'presidential',
  'first', 'national', 'security', 'adviser', 'advisor', 'envoy', 'special', 'counsel', 'general’s',
  'rev', 'maj', 'cmdr.', 'adm', 'pres.', 'insp.', 'det.', 'gens.', 'sens.', 'msgr.', 'fr.', 'cpl.', 'pvt.',
  'atty.', 'rt.', 'amb.', 'cllr', 'cllr.', 'mx', 'mx.', 'mme.', 'mlle.', 'hon.', 'rt', 'hon',
  'jr', 'jr.', 'sr', 'sr.', 'esq.', 'qc', 'kc', 'msp', 'obe', 'mbe', 'cbe', 'secretary-general', 'coroner', 'democrat', 'libertarian', 'del.', 'delegate', 'assemblyman', 'assemblywoman',
]);

/** Words of a title that tell a person's sex, for matching he and she. */
export const MALE_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'duke', 'baron', 'father', 'brother', 'congressman',
  'councilman', 'chairman', 'spokesman', 'businessman', 'monsieur', 'herr', 'señor',
]);
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'sister',
  'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'madame', 'mme.', 'mlle.',
  'frau', 'señora',
]);

/** Common first names that tell a person's sex, for matching he and she when no title does. Names given to
 * both sexes (Alex, Sam, Jordan, Kim, Jean …) are left out. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'daniel',
  'matthew', 'anthony', 'mark', 'donald', 'steven', 'stephen', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin',
  'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'eric',
  'jonathan', 'peter', 'frank', 'scott', 'raymond', 'gregory', 'samuel', 'benjamin', 'patrick', 'jack', 'dennis',
  'henry', 'adam', 'nathan', 'douglas', 'harry', 'oliver', 'graham', 'nigel', 'simon', 'ian', 'neil',
  'martin', 'alan', 'colin', 'keith', 'gavin', 'tom', 'tim', 'ben', 'dan', 'mike', 'bill', 'bob', 'jim',
  'vladimir', 'sergei', 'dmitry', 'andrei', 'ivan', 'mohammed', 'muhammad', 'ahmed', 'ali', 'hans', 'pierre',
  'jean-pierre', 'juan', 'carlos', 'josé', 'luis', 'marco', 'giuseppe', 'francesco',
]);
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'amy', 'angela',
  'helen', 'anna', 'anne', 'ann', 'emma', 'olivia', 'sophie', 'sophia', 'charlotte', 'jane', 'claire', 'clare',
  'catherine', 'katherine', 'kate', 'rachel', 'hannah', 'julia', 'maria', 'fiona', 'alison', 'lucy', 'victoria',
  'harriet', 'alice', 'grace', 'ruth', 'diane', 'joanna', 'natalia', 'natalya', 'olga', 'irina', 'tatiana',
  'fatima', 'aisha', 'marie', 'isabel', 'isabelle', 'ana', 'carmen', 'elena', 'giulia', 'petra',
  'kayla', 'nicola', 'julie', 'hillary', 'theresa', 'teresa', 'ursula', 'kamala',
]);

/** Modifiers that do not make "the … ministry" one particular body: "the same company", "the new board". */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'same', 'other', 'new', 'old', 'whole', 'entire', 'former', 'current', 'previous', 'next', 'last', 'first',
  'own', 'main', 'only', 'such', 'local', 'big', 'large', 'small', 'major', 'leading', 'rival', 'parent',
]);

/** Nouns that name a business: before its name ("shipping group Nordlinie"), in apposition ("Veltrac, a
 * firm …") and in a back-reference ("the company said", "the chipmaker blamed"). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'business', 'corporation', 'conglomerate', 'chipmaker', 'carmaker', 'automaker',
  'manufacturer', 'maker', 'retailer', 'lender', 'bank', 'insurer', 'airline', 'carrier', 'operator',
  'supplier', 'broadcaster', 'utility', 'giant', 'startup', 'start-up', 'chain', 'provider', 'distributor',
  'exporter', 'importer', 'shipper', 'drugmaker', 'subsidiary', 'outfit', 'consultancy', 'label',
  'housebuilder', 'practice', 'studio',
]);

/** Words that make an organization a public body rather than a business: "the company" never means it. */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'police', 'council', 'court', 'government', 'parliament', 'party', 'union',
  'agency', 'commission', 'authority', 'senate', 'congress', 'committee', 'administration', 'army', 'navy',
  'military', 'kremlin', 'pentagon', 'cabinet', 'office', 'tribunal', 'judiciary', 'legislature', 'assembly',
  'embassy', 'prosecutor', 'prosecutors', 'service', 'nhs', 'fbi', 'cia', 'un', 'eu', 'nato', 'icc', 'who',
  'state', 'states', 'city', 'county', 'district', 'board', 'school', 'university', 'college', 'hospital',
  'institute', 'federation', 'league', 'coalition', 'alliance', 'campaign', 'charity', 'foundation', 'trust',
  'house', 'chamber', 'commons', 'lords', 'forces', 'force', 'guard', 'corps',
]);

/** Nouns after a name's possessive that only an organization has: "Veltrac's chairman", "Corvane's shares". */
export const ORG_PARTS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chair', 'board', 'shares', 'stock', 'shareholders', 'investors', 'ceo',
  'executives', 'employees', 'staff', 'workforce', 'headquarters', 'subsidiary', 'subsidiaries', 'revenue',
  'revenues', 'profits', 'profit', 'earnings', 'sales', 'customers', 'plant', 'plants', 'factory', 'factories',
  'directors', 'founder', 'products', 'brand', 'stores', 'branches', 'members', 'membership', 'spokesperson',
  'website', 'annual', 'quarterly', 'share', 'offices', 'premises', 'warehouse', 'fleet', 'contract', 'bid',
]);

/** Letters and titles written after a person's name: "Priya Chandran MP", "John Ames Jr.". */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'mp', 'mep', 'msp', 'mla', 'td', 'qc', 'kc', 'jr', 'jr.', 'sr', 'sr.', 'esq', 'esq.', 'phd', 'obe', 'mbe', 'cbe',
]);

/** Abbreviated titles, for matching "the senator" with "Sen. Paul Hendricks". */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'], ['sen', 'senator'], ['gov.', 'governor'], ['gov', 'governor'], ['rep.', 'representative'],
  ['rep', 'representative'], ['gen.', 'general'], ['gen', 'general'], ['prof.', 'professor'], ['prof', 'professor'],
  ['supt.', 'superintendent'], ['insp.', 'inspector'], ['det.', 'detective'], ['capt.', 'captain'],
  ['col.', 'colonel'], ['sgt.', 'sergeant'], ['adm.', 'admiral'], ['rev.', 'reverend'], ['rev', 'reverend'],
]);

/** Courtesy titles: what follows is a name even when it is also a title word ("Mr. King", "Dr. Major"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord',
  'lady', 'rev', 'rev.', 'messrs.', 'mme.', 'mlle.',
]);

/** Titles that alone name one person when followed by a first name only ("Sir Geoffrey"). */
export const HONORIFICS_WITH_FIRST_NAME: ReadonlySet<string> = new Set(['sir', 'dame', 'lord', 'lady']);

/** Emphatic reflexives that close a subject: "Okafor himself said", "the dockers themselves argue". */
export const EMPHATIC_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

/** Pronouns that can stand for a source, and what they can refer to. */
export const SOURCE_PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'group'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['i', 'person'],
  ['it', 'thing'],
  ['they', 'group'],
  ['we', 'group'],
  ['who', 'person'],
  ['which', 'thing'],
]);

/** Shares of a group that speak in poll reports: "a third said", "45% of voters say", "six in 10 believe". */
export const PROPORTION_WORDS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'majority',
  'majorities', 'minority', 'minorities', 'plurality', 'percent', 'per', 'cent', '%', 'share', 'proportion',
]);

/** Words that qualify a proportion: "nearly half", "more than a third", "just 30 percent". */
export const PROPORTION_LEADS: ReadonlySet<string> = new Set([
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'more', 'less',
  'fewer', 'than', 'just', 'only', 'fully', 'barely', 'close', 'to', 'a', 'an', 'the', 'slim', 'narrow', 'large',
  'vast', 'clear', 'overwhelming', 'solid', 'small', 'bare', 'shy', 'of',
]);

/** A person named by trade, singular: "the defender", "the Portuguese coach", "the singer" mean a person named
 * before. Words that also head unnamed sources ("the manager", "the director") are left to those. */
export const PERSON_TRADE_NOUNS: ReadonlySet<string> = new Set([
  'coach', 'defender', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'forward', 'footballer',
  'player', 'cricketer', 'batsman', 'bowler', 'boxer', 'golfer', 'sprinter', 'athlete', 'swimmer', 'cyclist',
  'jockey', 'singer', 'star', 'actor', 'actress', 'rapper', 'musician', 'songwriter', 'comedian', 'presenter',
  'influencer', 'novelist', 'entrepreneur', 'billionaire', 'tycoon', 'mogul', 'magnate',
]);

/** A party member named by party, singular: "the Ohio Republican", "the veteran Democrat" mean a person named before. */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'republican', 'democrat', 'conservative', 'tory', 'liberal', 'libertarian', 'socialist', 'independent',
]);

/** Bodies a country has one of: "the government said" names that body, not an unnamed group. */
export const UNIQUE_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'treasury', 'cabinet', 'parliament', 'kremlin', 'pentagon']);
