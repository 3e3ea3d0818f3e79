// One Redis connection shared by the stores that several app instances must agree on (event dedupe, shares).
import { createClient } from 'redis';
import { errorCode } from './answer.js';
import type { Log } from './logger.js';

const CONNECT_TIMEOUT_MS = 5_000;
// A slow Redis must not hold up an ack: commands give up after this and the caller decides what to do.
const COMMAND_TIMEOUT_MS = 1_000;
/** Every key the app writes starts with this, so the app can share a Redis server with others. */
export const KEY_PREFIX = 'sourcing-desk:';

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
  readonly code = 'redis_unavailable';
}

type RedisClient = ReturnType<typeof createRedisClient>;

function createRedisClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export class RedisConnection {
  readonly client: RedisClient;
  private connecting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(url: string, log: Log) {
    this.client = createRedisClient(url);
    // The URL may hold a password: only the error's code is logged. Without a listener an error would crash.
    this.client.on('error', (err: unknown) => log.warn('redis.error', { error: errorCode(err) }));
  }

  /** Connects once; fails at the first error, or when the server does not answer in time, naming REDIS_URL. */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      let onError: ((err: unknown) => void) | undefined;
      const failure = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RedisUnavailableError(`Redis at REDIS_URL did not answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
        onError = (err) => reject(new RedisUnavailableError(`Redis at REDIS_URL cannot be reached (${errorCode(err)})`));
        this.client.once('error', onError);
      });
      try {
        await Promise.race([this.client.connect().then(() => this.client.ping()), failure]);
      } catch (err) {
        this.client.destroy();
        throw err;
      } finally {
        clearTimeout(timer);
        if (onError) this.client.off('error', onError);
      }
    })();
    return this.connecting;
  }

  close(): Promise<void> {
    this.closing ??= this.client.isOpen ? this.client.close() : Promise.resolve();
    return this.closing;
  }
}
