// Places written after a city and a comma ("Tampa, Fla.", "Dover, Delaware"): the comma between them is no
// edge of an apposition. Lowercase; wink keeps the full stop on an abbreviation ("fla.").

/** U.S. states and the District, spelled out and in the newspaper abbreviations. */
export const STATE_NAMES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'kans.', 'ky.',
  'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.',
  'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.',
  'wyo.', 'd.c.',
]);
