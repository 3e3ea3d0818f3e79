// Light-verb cues: a verb that says little by itself, the stance noun that carries the meaning, and the
// preposition that introduces what the stance is about ("expressed deep concern about", "made the case
// for", "took aim at"). Written by hand from newsroom usage. Verb lemma → noun lemmas.

const FEELINGS = [
  'concern', 'doubt', 'support', 'opposition', 'outrage', 'frustration', 'misgiving', 'reservation', 'skepticism',
  'scepticism', 'confidence', 'hope', 'regret', 'surprise', 'dismay', 'alarm', 'sympathy', 'gratitude',
  'disappointment', 'anger', 'optimism', 'pessimism', 'fear', 'worry', 'displeasure', 'disapproval',
  'approval', 'admiration', 'condolence', 'solidarity', 'unease', 'interest', 'reluctance', 'willingness',
  'openness', 'objection', 'view', 'opinion', 'thought',
];

export const LIGHT_VERB_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['express', new Set(FEELINGS)],
  ['voice', new Set(FEELINGS)],
  ['share', new Set(['concern', 'view', 'opinion', 'thought', 'worry', 'doubt', 'fear', 'assessment', 'frustration'])],
  ['raise', new Set(['concern', 'question', 'doubt', 'alarm', 'objection', 'issue', 'possibility', 'prospect', 'specter', 'spectre'])],
  ['make', new Set([
    'case', 'argument', 'claim', 'promise', 'pledge', 'prediction', 'comment', 'remark', 'statement', 'announcement',
    'secret', 'condemnation', 'accusation', 'allegation', 'plea', 'appeal', 'pitch', 'point', 'assertion', 'vow',
    'threat', 'demand', 'suggestion', 'proposal', 'recommendation', 'admission', 'apology', 'reference', 'joke', 'mention',
  ])],
  ['take', new Set(['aim', 'issue', 'offense', 'offence', 'exception', 'swipe', 'shot', 'jab', 'stand', 'position', 'view', 'stance', 'credit'])],
  ['cast', new Set(['doubt', 'aspersion'])],
  ['sound', new Set(['alarm', 'call', 'warning', 'note', 'caution'])],
  ['release', new Set(['statement', 'ad', 'report', 'memo', 'letter', 'list', 'analysis', 'study'])],
  ['issue', new Set(['warning', 'statement', 'report', 'call', 'denial', 'threat', 'apology', 'plea', 'appeal', 'ultimatum', 'rebuke', 'condemnation', 'challenge'])],
  ['give', new Set(['assurance', 'warning', 'endorsement', 'support', 'assessment', 'account', 'backing', 'approval', 'blessing'])],
  ['offer', new Set(['support', 'praise', 'criticism', 'condolence', 'assessment', 'view', 'explanation', 'defense', 'defence', 'apology', 'assurance', 'reassurance', 'endorsement'])],
  ['pour', new Set(['scorn'])],
  ['heap', new Set(['praise', 'scorn', 'criticism', 'blame'])],
  ['level', new Set(['accusation', 'charge', 'criticism', 'allegation'])],
  ['lodge', new Set(['complaint', 'objection', 'protest'])],
  ['file', new Set(['complaint', 'objection'])],
  ['throw', new Set(['support', 'weight'])],
  ['lend', new Set(['support', 'weight', 'credence'])],
  ['pay', new Set(['tribute', 'homage'])],
  ['shed', new Set(['light'])],
  ['show', new Set(['support', 'interest', 'sympathy', 'solidarity'])],
  ['have', new Set(['doubt', 'concern', 'reservation', 'illusion', 'misgiving', 'qualm'])],
  ['harbor', new Set(['doubt', 'concern', 'reservation', 'misgiving'])],
  ['harbour', new Set(['doubt', 'concern', 'reservation', 'misgiving'])],
  ['draw', new Set(['parallel', 'comparison', 'distinction', 'line'])],
  // "is a staunch opponent of", "has been an outspoken critic of": a role that is a stance.
  ['be', new Set([
    'supporter', 'opponent', 'critic', 'defender', 'advocate', 'proponent', 'champion', 'skeptic', 'sceptic', 'backer',
    'foe', 'detractor', 'cheerleader',
  ])],
]);

/** Prepositions that close a light-verb cue: "concern about", "aim at", "tribute to", "support behind". */
export const LIGHT_VERB_PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'over', 'for', 'of', 'on', 'upon', 'at', 'with', 'to', 'against', 'behind', 'into', 'between', 'regarding',
]);

/** Nouns that name one act of saying: after "the" they point back at words already reported ("made the
 * comments at a rally"), unlike a stance ("made the case for"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'comment', 'remark', 'statement', 'announcement', 'pledge', 'promise', 'claim', 'accusation', 'allegation',
  'threat', 'apology', 'admission', 'joke', 'reference', 'prediction', 'vow', 'demand', 'suggestion', 'proposal',
  'recommendation', 'plea', 'appeal', 'pitch', 'assertion', 'warning', 'denial', 'call',
]);

/** Adjectives of "made (it) clear that": the verb and the adjective are one cue. */
export const MADE_PLAIN_ADJECTIVES: ReadonlySet<string> = new Set(['clear', 'plain', 'known', 'obvious', 'explicit']);

/** Published documents: a participle of saying after them belongs to the cue ("released a statement saying"). */
export const PUBLISHED_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'ad', 'video', 'report', 'memo', 'letter', 'release', 'email', 'message', 'spot', 'tweet', 'footage', 'clip',
  'photo', 'photograph', 'picture', 'image',
]);

/** Prepositions naming where a document went before what it says: "posted a video on Telegram showing …". */
export const DOCUMENT_DESTINATIONS: ReadonlySet<string> = new Set(['on', 'to']);

/** Verbs that send a document out: a cue only with a verb of saying after the document ("sent a letter urging"). */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set(['send', 'post', 'run', 'air', 'publish']);
