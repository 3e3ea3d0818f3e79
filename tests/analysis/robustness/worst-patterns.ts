// Inputs of exactly 100,000 characters built to provoke regex backtracking or quadratic loops: long runs
// of one token kind, text without spaces, and thousands of tiny sentences, quotes or speakers.
export const WORST_LENGTH = 100_000;

const fill = (unit: string): string => unit.repeat(Math.ceil(WORST_LENGTH / unit.length)).slice(0, WORST_LENGTH);

/** Patterns the engine handles in linear time today. */
export const LINEAR_PATTERNS: Record<string, string> = {
  'straight quotes': fill('"'),
  'unclosed curly quotes': fill('“a '),
  'nested quotes': fill('“‘'),
  'quotes closing late': '“'.repeat(WORST_LENGTH / 2) + '”'.repeat(WORST_LENGTH / 2),
  'commas without spaces': fill(','),
  'commas with spaces': fill(', '),
  'capitalised words': fill('Alpha Beta '),
  'said said said': fill('said '),
  'hedges': fill('It is believed that officials may possibly '),
  'nested parentheses': '('.repeat(WORST_LENGTH / 2) + ')'.repeat(WORST_LENGTH / 2),
  'open parentheses with words': fill('(a '),
  'tiny paragraphs': fill('a\n\n'),
  'tiny sentences': fill('No. '),
  'abbreviations': fill('Mr. Dr. '),
  'named speakers': fill('Maria Lopez said so. Tom Berg said no. '),
  'slack mentions': fill('<@U012AB3CD> '),
  'emoji without spaces': fill('😀'),
  'right-to-left text': fill('שלום עולם. '),
  'digits without spaces': fill('1'),
  // Once slow: wink's tokenizer backtracked on long runs without spaces (the engine now cuts them in the
  // copy wink reads), and the attribution rules were quadratic in the attributions of one sentence (now capped).
  'letters without spaces (wink abbreviation regex)': fill('a'),
  'hyphenated run without spaces (wink e-mail regex)': fill('a-'),
  'one sentence of “according to”': fill('according to '),
  'one sentence of “Ann said,”': fill('Ann said, '),
  'one sentence of “she told him that”': fill('she told him that '),
};
