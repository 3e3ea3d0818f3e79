// Runs the analyzer from the command line: reads files or stdin, prints reports, maps errors to exit codes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyze, InputError } from '../analysis/index.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { renderText } from './render-text.js';
import { renderReport } from '../slack/render/report.js';
import { THREAD_MESSAGES } from '../slack/send.js';

export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../samples/putin-xi-safety-deal.txt', import.meta.url));

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
}

async function readInput(file: string, io: Io): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot be read');
    throw new Error(`${file}: ${why}`);
  }
}

function describe(err: unknown): string {
  if (err instanceof InputError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

async function runJsonl(args: CliArgs, io: Io): Promise<number> {
  let failed = 0;
  for (const file of args.files) {
    try {
      const report = analyze(await readInput(file, io), { maxChars: args.maxChars });
      io.stdout(JSON.stringify({ file, ...report }) + '\n');
    } catch (err) {
      failed++;
      io.stdout(JSON.stringify({ file, error: describe(err) }) + '\n');
      io.stderr(`sourcing-desk: ${file}: ${describe(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Returns the process exit code: 0 ok, 1 input or file error, 2 usage error. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`sourcing-desk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.format === 'jsonl') return runJsonl(args, io);
  const file = args.demo ? SAMPLE_ARTICLE : (args.files[0] ?? '-');
  try {
    const report = analyze(await readInput(file, io), { maxChars: args.maxChars });
    if (args.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
    else if (args.format === 'blocks') io.stdout(JSON.stringify(renderReport(report, { maxMessages: THREAD_MESSAGES }), null, 2) + '\n');
    else io.stdout(renderText(report, args.color ?? io.isTTY) + '\n');
    return 0;
  } catch (err) {
    io.stderr(`sourcing-desk: ${describe(err)}\n`);
    return 1;
  }
}
