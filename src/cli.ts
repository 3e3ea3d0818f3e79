// Command-line entry point: `npm run analyze -- FILE` (see --help).
import { text } from 'node:stream/consumers';
import { runCli } from './cli/run.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => text(process.stdin),
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
