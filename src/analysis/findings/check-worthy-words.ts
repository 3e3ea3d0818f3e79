// Words that make a statement worth checking when the publication makes it without a source:
// accusations, superlatives and quantities. Lowercase surface forms.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/calendar.js';

export const ACCUSATION_WORDS: readonly string[] = [
  'accuse', 'accuses', 'accused', 'accusing', 'accusation', 'accusations',
  'crime', 'crimes', 'criminal', 'criminals', 'criminally', 'illegal', 'illegally', 'unlawful', 'unlawfully',
  'corrupt', 'corruption', 'fraud', 'fraudulent', 'fraudulently', 'bribe', 'bribes', 'bribed', 'bribery',
  'embezzled', 'embezzlement', 'murder', 'murders', 'murdered', 'massacre', 'massacres', 'massacred',
  'genocide', 'torture', 'tortured', 'atrocity', 'atrocities', 'rape', 'raped', 'stole', 'stolen', 'theft',
  'looted', 'looting', 'laundering', 'laundered', 'extortion', 'smuggled', 'smuggling', 'lied', 'cover-up',
  'abused', 'war crime', 'war crimes',
];

export const SUPERLATIVES: readonly string[] = [
  'largest', 'biggest', 'greatest', 'highest', 'lowest', 'worst', 'deadliest', 'fastest', 'strongest',
  'richest', 'poorest', 'wealthiest', 'oldest', 'youngest', 'longest', 'smallest', 'heaviest', 'costliest',
  'unprecedented', 'record-breaking', 'all-time', 'first-ever', 'never before', 'record high', 'record low',
];

export const QUANTITY_WORDS: readonly string[] = [
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per cent', 'half of', 'majority of',
];

/** Month names: a number beside one is a date, not a figure to check. */
export const MONTHS: readonly string[] = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS];
