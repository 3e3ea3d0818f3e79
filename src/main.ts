// Starts the Slack app: `npm start`. Settings come from the environment and `.env` (see .env.example).
import { config as loadDotenv } from 'dotenv';
import { buildApp } from './slack/app.js';
import { ConfigError, readConfig } from './slack/config.js';
import { errorCode } from './slack/answer.js';

loadDotenv({ quiet: true });

try {
  const config = readConfig(process.env);
  const running = await buildApp(config).start();
  const shutdown = () => {
    running.stop().finally(() => process.exit(0));
  };
  // Before the start-up line: whoever waits for that line may signal at once.
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const where = running.mode === 'socket' ? 'connected to Slack in Socket Mode' : `listening on port ${running.port} at /slack/events`;
  process.stdout.write(`Sourcing Desk is ${where}.\n`);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nCopy .env.example to .env and fill it in; docs/slack.md explains each value.\n`);
  } else {
    const code = errorCode(err);
    const hint =
      code === 'invalid_auth' || code === 'not_authed' || code === 'token_revoked'
        ? ' Slack rejected SLACK_BOT_TOKEN: copy it again from OAuth & Permissions → Bot User OAuth Token (reinstall the app if it was revoked).'
        : code === 'redis_unavailable'
          ? ' Redis at REDIS_URL did not answer: check that it is running and reachable, and the URL (redis://host:port), or leave REDIS_URL empty to keep the stores in memory (one instance).'
          : '';
    process.stderr.write(`Sourcing Desk could not start (${code}).${hint}\n`);
  }
  process.exitCode = 1;
}
