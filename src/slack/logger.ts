// Logging that cannot leak article text: our own lines carry only numbers, booleans and id-like strings, and
// the Slack libraries' lines are cut before any payload they would print.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { LogLevelName } from './config.js';

export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

export interface Log {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  readonly level: LogLevelName;
}

/** Where finished lines go; tests pass their own to read the logs back. */
export type LogSink = (level: LogLevelName, line: string) => void;

const RANK: Record<LogLevelName, number> = { debug: 0, info: 1, warn: 2, error: 3 };

// Ids, timestamps, error codes and method names: short, no spaces. Anything else is replaced by its size.
const ID_LIKE = /^[\w.:/@#-]{1,80}$/;
const LIBRARY_LINE_MAX = 240;

export const consoleSink: LogSink = (level, line) => {
  if (level === 'warn' || level === 'error') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
};

function formatValue(v: LogValue): string {
  if (typeof v === 'string') return ID_LIKE.test(v) ? v : `[${v.length} chars omitted]`;
  return String(v);
}

export function createLog(level: LogLevelName, sink: LogSink = consoleSink): Log {
  const emit = (at: LogLevelName) => (event: string, fields: LogFields = {}) => {
    if (RANK[at] < RANK[level]) return;
    const parts = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${formatValue(v)}`);
    sink(at, [new Date().toISOString(), at.toUpperCase(), formatValue(event), ...parts].join(' '));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error'), level };
}

/**
 * Makes a library message safe: anything from the first `{` or `[` on is a serialized payload (request
 * bodies, events, acks) and is replaced by its size; objects are reduced to their type or error message.
 */
export function redactLibraryMessage(parts: readonly unknown[]): string {
  const text = parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if (p instanceof Error) return `${p.name}: ${p.message}`;
      if (typeof p === 'number' || typeof p === 'boolean') return String(p);
      return `(${p === null ? 'null' : typeof p})`;
    })
    .join(' ');
  const cut = text.search(/[{[]/);
  const head = cut === -1 ? text : `${text.slice(0, cut)}[${text.length - cut} chars omitted]`;
  return head.length > LIBRARY_LINE_MAX ? `${head.slice(0, LIBRARY_LINE_MAX)}[${head.length - LIBRARY_LINE_MAX} chars omitted]` : head;
}

export const BOLT_LEVEL: Record<LogLevelName, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** The logger handed to Bolt, the Web API client and the Socket Mode client. */
export function boltLogger(level: LogLevelName, sink: LogSink = consoleSink): BoltLogger {
  let name = 'bolt';
  let current = level;
  const emit = (at: LogLevelName) => (...msg: unknown[]) => {
    if (RANK[at] < RANK[current]) return;
    sink(at, `${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${redactLibraryMessage(msg)}`);
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: (l: LogLevel) => {
      const found = (Object.keys(BOLT_LEVEL) as LogLevelName[]).find((k) => BOLT_LEVEL[k] === l);
      if (found) current = found;
    },
    getLevel: () => BOLT_LEVEL[current],
    setName: (n: string) => {
      name = n;
    },
  };
}
