// Loaded language a standards desk asks about: words in the publication's own voice that pass judgement,
// and attribution verbs that colour what a source said where "said" would be neutral. Written by hand
// for this project. Forms are lowercase surface forms; a form may hold a hyphen or several words.
//
// Left out on purpose, because careful news copy uses them descriptively and flagging them would bury
// the real cases: "terrorist" (often a legal designation), "strongman", "controversial", "hardline",
// "propaganda", "militant", "junta", "massacre" (a factual charge, checked as an accusation instead).

export interface LoadedTerm {
  forms: readonly string[];
  /** Why an editor may want the word changed or attributed, in a few words. */
  why: string;
  /** Not loaded when followed by one of these ("regime change", "slammed into"). */
  unlessNext?: readonly string[];
  /** Not loaded when preceded by one of these ("sanctions regime", "free radical"). */
  unlessPrevious?: readonly string[];
}

const LABEL = 'a label: say what they did, or attribute it';
const SCORN = 'scorn in the publication’s voice';
const CHARGED = 'a charged description: attribute it or use a plain word';
const VERB = 'a charged verb: "criticised" or "said" is neutral';

export const LOADED_WORDS: readonly LoadedTerm[] = [
  { forms: ['despot', 'despots', 'despotic', 'despotism'], why: LABEL },
  { forms: ['dictator', 'dictators', 'dictatorial'], why: LABEL },
  { forms: ['tyrant', 'tyrants', 'tyrannical'], why: LABEL },
  {
    forms: ['regime', 'regimes'],
    why: 'implies an illegitimate government: "government" or "administration" is neutral',
    unlessNext: ['change', 'changes'],
    unlessPrevious: [
      'sanctions', 'sanction', 'tax', 'visa', 'trade', 'tariff', 'export', 'import', 'control', 'controls',
      'safety', 'inspection', 'inspections', 'regulatory', 'legal', 'licensing', 'customs', 'reporting',
      'compliance', 'testing', 'training', 'fitness', 'exercise', 'treatment', 'drug', 'dosing', 'dietary',
      'currency', 'monetary', 'fiscal', 'pricing', 'price', 'flow', 'climate', 'weather', 'nonproliferation',
      'non-proliferation', 'verification', 'privacy', 'protection', 'migration', 'asylum', 'border',
    ],
  },
  { forms: ['thug', 'thugs', 'thuggish', 'thuggery'], why: SCORN },
  { forms: ['henchman', 'henchmen', 'crony', 'cronies', 'stooge', 'stooges', 'lackey', 'lackeys'], why: SCORN },
  { forms: ['puppet regime', 'puppet government', 'puppet state', 'puppet president'], why: SCORN },
  { forms: ['warmonger', 'warmongers', 'warmongering'], why: SCORN },
  { forms: ['mouthpiece', 'mouthpieces', 'apologist', 'apologists', 'cabal'], why: SCORN },
  { forms: ['demagogue', 'demagogues', 'firebrand', 'rabble-rouser', 'rabble-rousers'], why: LABEL },
  {
    forms: ['radical', 'radicals'],
    why: LABEL,
    unlessNext: [
      'change', 'changes', 'reform', 'reforms', 'overhaul', 'shift', 'departure', 'rethink', 'redesign',
      'transparency', 'honesty', 'idea', 'ideas', 'new', 'surgery', 'mastectomy', 'prostatectomy',
    ],
    unlessPrevious: ['free'],
  },
  { forms: ['extremist', 'extremists'], why: LABEL },
  { forms: ['fanatic', 'fanatics', 'fanatical', 'zealot', 'zealots'], why: LABEL },
  { forms: ['so-called', 'self-styled', 'self-proclaimed'], why: 'casts doubt in the publication’s voice' },
  { forms: ['illegal alien', 'illegal aliens', 'illegals'], why: 'dehumanising: say "people who entered illegally"' },
  { forms: ['horde', 'hordes'], why: 'dehumanising' },
  { forms: ['draconian'], why: CHARGED },
  { forms: ['barbaric', 'barbarous', 'bloodthirsty', 'murderous', 'heinous', 'monstrous'], why: CHARGED },
  { forms: ['evil', 'sinister', 'nefarious', 'vile', 'hateful'], why: CHARGED },
  { forms: ['shameful', 'disgraceful', 'outrageous', 'notorious', 'infamous'], why: CHARGED },
  { forms: ['deranged', 'unhinged', 'crazed'], why: CHARGED },
  {
    forms: ['slammed', 'slams', 'slamming'],
    why: VERB,
    unlessPrevious: ['grand'],
    unlessNext: ['into', 'shut', 'the door', 'a door', 'the brakes', 'on the brakes', 'down', 'against'],
  },
  {
    forms: ['blasted'],
    why: VERB,
    unlessNext: ['into', 'through', 'off', 'open', 'out', 'away', 'apart', 'from', 'with'],
  },
  { forms: ['lambasted', 'lambasts', 'berated', 'lashed out', 'lashes out', 'hit out', 'hits out', 'tore into', 'railed against'], why: VERB },
];

/** Attribution verbs that say more than "said". Each group says what the verb adds. */
export interface LoadedVerbGroup {
  forms: readonly string[];
  why: string;
}

export const LOADED_ATTRIBUTION_VERBS: readonly LoadedVerbGroup[] = [
  {
    forms: [
      'claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'alleging',
      'insist', 'insists', 'insisted', 'insisting', 'purport', 'purports', 'purported',
      'profess', 'professes', 'professed', 'professing', 'contend', 'contends', 'contended', 'contending',
      'maintain', 'maintains', 'maintained',
    ],
    why: 'casts doubt on the speaker',
  },
  {
    forms: [
      'admit', 'admits', 'admitted', 'admitting', 'concede', 'concedes', 'conceded', 'conceding',
      'confess', 'confesses', 'confessed', 'confessing', 'acknowledge', 'acknowledges', 'acknowledged',
      'acknowledging',
    ],
    why: 'implies a grudging confession',
  },
  {
    forms: ['reveal', 'reveals', 'revealed', 'revealing', 'point out', 'points out', 'pointed out', 'pointing out'],
    why: 'presents the statement as established fact',
  },
  {
    forms: [
      'boast', 'boasts', 'boasted', 'boasting', 'brag', 'brags', 'bragged', 'bragging', 'gloat', 'gloats',
      'gloated', 'whine', 'whines', 'whined', 'moan', 'moans', 'moaned', 'rant', 'rants', 'ranted',
      'fume', 'fumes', 'fumed', 'sneer', 'sneers', 'sneered', 'scoff', 'scoffs', 'scoffed',
      'snap', 'snaps', 'snapped', 'bluster', 'blusters', 'blustered',
      'slam', 'slams', 'slammed', 'blast', 'blasts', 'blasted', 'lambast', 'lambasts', 'lambasted',
      'lash out', 'lashes out', 'lashed out', 'hit out', 'hits out', 'rail', 'rails', 'railed',
      'complain', 'complains', 'complained', 'complaining', 'spout', 'spouts', 'spouted', 'parrot', 'parrots',
      'parroted',
    ],
    why: 'colours the speaker’s tone',
  },
];

/** Every loaded attribution verb form, for the attribution rules to mark loaded cues. */
export const LOADED_CUE_FORMS: ReadonlySet<string> = new Set(LOADED_ATTRIBUTION_VERBS.flatMap((g) => g.forms));
