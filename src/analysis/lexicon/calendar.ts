// Month names, for telling dates from figures, time phrases from objects, and sentence ends after "p.m.".

export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Written without their period ("Sept"); add it where the period matters ("Sept."). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
