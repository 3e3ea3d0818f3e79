// Builds the Bolt app from the settings and injectable parts: Socket Mode when an app token is set,
// otherwise HTTP on /slack/events with Slack's request signature checked (http-receiver.ts).
import { App, SocketModeReceiver, type webApi } from '@slack/bolt';
import { createRunner, type AnalysisRunner } from './analysis-runner.js';
import { errorCode } from './answer.js';
import { EarlyAckReceiver } from './http-receiver.js';
import type { Config } from './config.js';
import { MemoryDedupeStore, RedisDedupeStore, type DedupeStore } from './dedupe.js';
import { BOLT_LEVEL, boltLogger, consoleSink, createLog, type LogSink } from './logger.js';
import { registerListeners } from './listeners/index.js';
import { dedupeEvents } from './middleware.js';
import { PRODUCTION_DELIVERY, webClientRetry, type DeliveryPolicy } from './send.js';
import type { Services } from './services.js';
import { RedisConnection } from './redis.js';
import { Turns } from './turns.js';
import { MemoryShareStore, RedisShareStore, type ShareStore } from './share-store.js';

export const EVENTS_PATH = '/slack/events';
/** For a load balancer's health check: 200 while the instance takes requests. */
export const HEALTH_PATH = '/healthz';

export interface AppDeps {
  sink?: LogSink;
  dedupe?: DedupeStore;
  shares?: ShareStore;
  /** Where analysis runs; by default worker threads as configured (ANALYSIS_WORKERS). */
  analysis?: AnalysisRunner;
  /** Retries and timeouts for everything sent to Slack; tests make them fast. */
  delivery?: Partial<DeliveryPolicy>;
  /** Extra Web API client options. */
  clientOptions?: webApi.WebClientOptions;
}

export interface Listen {
  port?: number;
  host?: string;
}

export interface RunningApp {
  mode: Config['mode'];
  /** The HTTP port actually bound (useful with port 0), or null in Socket Mode. */
  port: number | null;
  stop(): Promise<void>;
}

export interface SlackApp {
  app: App;
  services: Services;
  /** Checks the bot token with auth.test, then listens (HTTP) or connects (Socket Mode). */
  start(listen?: Listen): Promise<RunningApp>;
}

export function buildApp(config: Config, deps: AppDeps = {}): SlackApp {
  const sink = deps.sink ?? consoleSink;
  const log = createLog(config.logLevel, sink);
  const logger = boltLogger(config.logLevel, sink);
  const delivery: DeliveryPolicy = { ...PRODUCTION_DELIVERY, ...deps.delivery };
  const clientOptions: webApi.WebClientOptions = {
    timeout: delivery.timeoutMs,
    retryConfig: webClientRetry(delivery),
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...deps.clientOptions,
  };
  // Several instances behind a load balancer share one Redis; a single instance needs none.
  const redis = config.redisUrl && !(deps.dedupe && deps.shares) ? new RedisConnection(config.redisUrl, log) : undefined;
  const services: Services = {
    config,
    log,
    dedupe: deps.dedupe ?? (redis ? new RedisDedupeStore(redis) : new MemoryDedupeStore()),
    shares: deps.shares ?? (redis ? new RedisShareStore(redis) : new MemoryShareStore()),
    analysis: deps.analysis ?? createRunner(config.analysisWorkers, log),
    delivery,
    turns: new Turns(),
  };

  const receiver =
    config.mode === 'socket'
      ? // The receiver's own client calls apps.connections.open, so it needs the same API URL.
        new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions } })
      : new EarlyAckReceiver({ signingSecret: config.signingSecret, endpoint: EVENTS_PATH, healthPath: HEALTH_PATH, logger, log, turns: services.turns });

  // Bolt resets its logger to INFO unless told the level. Its conversation store is unused here and costs
  // time on every request.
  const app = new App({ token: config.botToken, receiver, logger, logLevel: BOLT_LEVEL[config.logLevel], clientOptions, convoStore: false, deferInitialization: true });
  app.use(dedupeEvents(services.dedupe, log));
  registerListeners(app, services);
  app.error(async (error) => {
    log.error('bolt.unhandled', { error: errorCode(error) });
  });

  async function start(listen: Listen = {}): Promise<RunningApp> {
    await app.init();
    const release = async () => {
      await Promise.all([services.analysis.stop(), services.dedupe.close?.(), services.shares.close?.()]);
    };
    try {
      await Promise.all([services.analysis.start(), services.dedupe.connect?.(), services.shares.connect?.()]);
    } catch (err) {
      await release();
      throw err;
    }
    const analysis = services.analysis.where;
    if (receiver instanceof SocketModeReceiver) {
      await receiver.start();
      log.info('app.started', { mode: 'socket', analysis });
      return {
        mode: 'socket',
        port: null,
        stop: async () => {
          await receiver.stop();
          await release();
        },
      };
    }
    const port = listen.port ?? (config.mode === 'http' ? config.port : 0);
    const server = await receiver.start({ port, ...(listen.host ? { host: listen.host } : {}) });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    log.info('app.started', { mode: 'http', port: bound, path: EVENTS_PATH, analysis });
    return {
      mode: 'http',
      port: bound,
      stop: async () => {
        await receiver.stop();
        await release();
      },
    };
  }

  return { app, services, start };
}
