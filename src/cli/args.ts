// Command-line arguments for the analyzer, parsed into a plain object or a usage error.
import { DEFAULT_MAX_CHARS } from '../analysis/index.js';

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'blocks';

export interface CliArgs {
  format: OutputFormat;
  files: string[];
  maxChars: number;
  demo: boolean;
  help: boolean;
  color: boolean | null;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run analyze -- [options] FILE|-
       npm run analyze -- --jsonl FILE...
       npm run demo

Analyzes a news article and reports who each claim is attributed to, how certain it is, and how
well the article is sourced.

Options:
  --json            print the report as JSON
  --jsonl FILE...   print one JSON report per line for each file, each with "file"
  --blocks          print the Slack Block Kit messages the bot would post
  --max-chars N     refuse input longer than N characters (default ${DEFAULT_MAX_CHARS})
  --demo            analyze the bundled sample article
  --color/--no-color  force or disable colour in the readable report
  -                 read the article from standard input
  -h, --help        show this help`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'text', files: [], maxChars: DEFAULT_MAX_CHARS, demo: false, help: false, color: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    switch (a) {
      case '--json':
        args.format = 'json';
        break;
      case '--jsonl':
        args.format = 'jsonl';
        break;
      case '--blocks':
        args.format = 'blocks';
        break;
      case '--demo':
        args.demo = true;
        break;
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--max-chars': {
        const n = Number(argv[++i]);
        if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-chars needs a positive whole number of characters');
        args.maxChars = n;
        break;
      }
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a} (see --help)`);
        args.files.push(a);
    }
  }
  if (!args.help && !args.demo && args.files.length === 0) throw new UsageError('give a file to analyze, - for standard input, or --demo (see --help)');
  if (args.format !== 'jsonl' && args.files.length > 1) throw new UsageError('one file at a time; use --jsonl for several');
  return args;
}
