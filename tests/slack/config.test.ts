import { describe, expect, it } from 'vitest';
import { ConfigError, defaultWorkers, readConfig } from '../../src/slack/config.js';

const SECRET = '0123456789abcdef0123456789abcdef';

function problems(env: Record<string, string | undefined>): string[] {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('readConfig', () => {
  it('uses HTTP mode with a signing secret, and defaults', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: SECRET,
      port: 3000,
      apiUrl: undefined,
      logLevel: 'info',
      maxChars: 100_000,
      analysisWorkers: defaultWorkers(),
      redisUrl: undefined,
    });
    expect(defaultWorkers()).toBeGreaterThanOrEqual(1);
    expect(defaultWorkers()).toBeLessThanOrEqual(4);
  });

  it('uses Socket Mode when an app token is set, and needs no signing secret then', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: '' });
    expect(config).toMatchObject({ mode: 'socket', appToken: 'xapp-1' });
  });

  it('reads the optional values and adds the trailing slash to the API URL', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug', MAX_ARTICLE_CHARS: '5000', ANALYSIS_WORKERS: '0', REDIS_URL: 'redis://127.0.0.1:6390' });
    expect(config).toMatchObject({ port: 8080, apiUrl: 'http://127.0.0.1:9/api/', logLevel: 'debug', maxChars: 5000, analysisWorkers: 0, redisUrl: 'redis://127.0.0.1:6390' });
  });

  it('treats empty values as unset and names each missing variable with where to find it', () => {
    const found = problems({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '  ' });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^SLACK_BOT_TOKEN is not set\. Where to find it: .*OAuth & Permissions → Bot User OAuth Token/);
    expect(found[1]).toMatch(/^SLACK_SIGNING_SECRET is not set; HTTP mode needs it \(or set SLACK_APP_TOKEN.*Basic Information → App Credentials → Signing Secret/);
  });

  it('rejects malformed values with a message naming the variable', () => {
    const found = problems({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'nope', PORT: 'eighty', LOG_LEVEL: 'loud', SLACK_API_URL: 'ftp://x', ANALYSIS_WORKERS: '-1', REDIS_URL: 'http://cache' });
    expect(found.map((p) => p.split(' ')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'PORT', 'SLACK_API_URL', 'LOG_LEVEL', 'ANALYSIS_WORKERS', 'REDIS_URL']);
    expect(found[6]).toContain('must be a redis:// or rediss:// URL');
    expect(found[0]).toContain('must start with xoxb-');
    expect(found[1]).toContain('App-Level Tokens');
  });

  it('puts every problem in one message', () => {
    expect(() => readConfig({})).toThrow(/cannot start[\s\S]*- SLACK_BOT_TOKEN[\s\S]*- SLACK_SIGNING_SECRET/);
  });
});
