// The app's settings, read from the environment (and `.env` via dotenv) and validated once at start-up.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_MAX_CHARS } from '../analysis/index.js';

const SETTINGS_PAGE = 'https://api.slack.com/apps → your app';

/** Where each variable comes from, named in every error so a person knows where to look. */
export const WHERE_TO_FIND: Record<string, string> = {
  SLACK_BOT_TOKEN: `${SETTINGS_PAGE} → OAuth & Permissions → Bot User OAuth Token (starts with xoxb-; install the app first)`,
  SLACK_APP_TOKEN: `${SETTINGS_PAGE} → Basic Information → App-Level Tokens: generate one with the connections:write scope (starts with xapp-)`,
  SLACK_SIGNING_SECRET: `${SETTINGS_PAGE} → Basic Information → App Credentials → Signing Secret`,
  PORT: 'the port this server listens on in HTTP mode, a whole number from 0 to 65535 (default 3000)',
  SLACK_API_URL: 'optional: the base URL of the Slack Web API, ending in /api/ (default https://slack.com/api/); only for tests and proxies',
  LOG_LEVEL: 'one of debug, info, warn, error (default info)',
  MAX_ARTICLE_CHARS: `the longest article accepted, in characters (default ${DEFAULT_MAX_CHARS})`,
  ANALYSIS_WORKERS: 'optional: worker threads that run the analysis, a whole number from 0 (on the main thread) to 64 (default: one less than the number of CPU cores, at least 1, at most 4)',
  REDIS_URL: 'optional: a Redis server shared by several instances (retried events, reports waiting to be shared), e.g. redis://127.0.0.1:6379 (default: in memory, for one instance)',
};

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

// An empty value (`FOO=` in .env) counts as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const EnvSchema = z
  .object({
    SLACK_BOT_TOKEN: optional(z.string().trim().startsWith('xoxb-', 'must start with xoxb- (the Bot User OAuth Token)')),
    SLACK_APP_TOKEN: optional(z.string().trim().startsWith('xapp-', 'must start with xapp- (an App-Level Token)')),
    SLACK_SIGNING_SECRET: optional(z.string().trim().regex(/^[0-9a-f]{16,}$/i, 'must be the hexadecimal Signing Secret')),
    PORT: optional(z.coerce.number().int('must be a whole number').min(0).max(65535)),
    SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, 'must be one of debug, info, warn, error')),
    MAX_ARTICLE_CHARS: optional(z.coerce.number().int('must be a whole number').positive('must be positive')),
    ANALYSIS_WORKERS: optional(z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(64, 'must be at most 64')),
    REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN === undefined) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is not set' });
    if (env.SLACK_APP_TOKEN === undefined && env.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is not set; HTTP mode needs it (or set SLACK_APP_TOKEN to use Socket Mode instead)',
      });
    }
  });

export type Config =
  | (CommonConfig & { mode: 'socket'; appToken: string })
  | (CommonConfig & { mode: 'http'; signingSecret: string; port: number });

interface CommonConfig {
  botToken: string;
  /** Base URL of the Web API with a trailing slash, or undefined for Slack's own. */
  apiUrl: string | undefined;
  logLevel: LogLevelName;
  maxChars: number;
  /** Worker threads for analysis; 0 runs it on the main thread. */
  analysisWorkers: number;
  /** Shared store for event dedupe, or undefined for memory. */
  redisUrl: string | undefined;
}

// The main thread keeps a core for acks and delivery; beyond four workers a single instance rarely gains.
export const defaultWorkers = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Sourcing Desk cannot start. Fix these settings in .env or the environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment. Throws ConfigError naming every bad variable and where to find its value. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const where = WHERE_TO_FIND[name];
      return `${name} ${issue.message}.${where ? ` Where to find it: ${where}.` : ''}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const common: CommonConfig = {
    botToken: e.SLACK_BOT_TOKEN ?? '',
    apiUrl: e.SLACK_API_URL === undefined ? undefined : e.SLACK_API_URL.replace(/\/?$/, '/'),
    logLevel: e.LOG_LEVEL ?? 'info',
    maxChars: e.MAX_ARTICLE_CHARS ?? DEFAULT_MAX_CHARS,
    analysisWorkers: e.ANALYSIS_WORKERS ?? defaultWorkers(),
    redisUrl: e.REDIS_URL,
  };
  if (e.SLACK_APP_TOKEN !== undefined) return { ...common, mode: 'socket', appToken: e.SLACK_APP_TOKEN };
  return { ...common, mode: 'http', signingSecret: e.SLACK_SIGNING_SECRET ?? '', port: e.PORT ?? 3000 };
}
