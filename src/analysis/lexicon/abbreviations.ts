// Abbreviations (as wink tokenizes them, lowercased) after which a sentence does not end even when the
// next word is capitalised: titles before names, "No." before numbers, months before days.
export const MERGE_BEFORE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'sr.', 'jr.', 'no.', 'nos.', 'gov.', 'sen.', 'rep.',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'cmdr.', 'adm.', 'rev.', 'hon.', 'pres.', 'supt.',
  'insp.', 'det.', 'u.s.', 'u.k.', 'u.n.', 'e.u.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'vs.', 'v.', 'ft.', 'mt.', 'approx.', 'dept.',
  'corp.', 'inc.', 'co.', 'ltd.', 'fig.', 'vol.', 'ave.', 'blvd.', 'rd.',
]);
