// Abbreviations (as wink tokenizes them, lowercased) after which a sentence does not end even when the
// next word is capitalised: titles before names, "No." before numbers, months before days.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar.js';

export const MERGE_BEFORE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'sr.', 'jr.', 'no.', 'nos.', 'gov.', 'sen.', 'rep.',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'cmdr.', 'adm.', 'rev.', 'hon.', 'pres.', 'supt.',
  'insp.', 'det.', 'u.s.', 'u.k.', 'u.n.', 'e.u.', ...MONTH_ABBREVIATIONS.map((m) => `${m}.`), 'vs.', 'v.', 'ft.', 'mt.', 'approx.', 'dept.',
  'corp.', 'inc.', 'co.', 'ltd.', 'fig.', 'vol.', 'ave.', 'blvd.', 'rd.',
  'gens.', 'sens.', 'reps.', 'msgr.', 'fr.', 'cpl.', 'pvt.', 'atty.', 'rt.', 'amb.', 'cllr.', 'mx.',
  'mme.', 'mlle.',
]);

/** Titles wink splits into a word and a full stop ("Rev" "."): rejoined into one token, like "Gov.". */
export const SPLIT_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'maj', 'cmdr', 'adm', 'rev', 'pres', 'supt', 'insp', 'det', 'gens', 'sens', 'msgr', 'fr', 'cpl', 'pvt',
  'atty', 'rt', 'amb', 'cllr', 'mx', 'mme', 'mlle',
]);

/** Clock abbreviations that can end a sentence: "The meeting ran past 11 p.m. Several parents left." */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m.', 'p.m.']);

/** Capitalised words that continue a sentence after "p.m.": days, months, time zones. Lowercase. */
export const AFTER_CLOCK_CONTINUATIONS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun', ...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map((m) => `${m}.`), 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst',
  'mdt', 'pt', 'pst', 'pdt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'eastern', 'central', 'mountain', 'pacific',
  'local', 'moscow', 'beijing', 'london', 'hst', 'akst', 'ist', 'jst', 'aest', 'e.t.', 'p.t.', 'c.t.', 'm.t.',
  'e.d.t.', 'e.s.t.', 'p.d.t.', 'p.s.t.', 'c.d.t.', 'c.s.t.', 'g.m.t.', 'u.t.c.', 'b.s.t.',
]);
