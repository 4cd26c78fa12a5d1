import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config';
import { appError, type DomainError } from './errors';

/** What a limiter counts: `points` per `duration` seconds for each key, under its own `keyPrefix`. */
export interface LimiterSpec {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * The store every rate limiter of the process keeps its counts in (login and signup throttles, API
 * requests per token and per address): Redis when REDIS_URL is set, so every process behind a load
 * balancer counts the same requests, else this process's memory. Keys are prefixed with the
 * database's identity, so processes on one database share them and tests on fresh databases do not.
 * When Redis does not answer, each limiter counts in memory meanwhile (its insurance) rather than
 * refusing every request or letting all through.
 */
export class RateLimits {
  private readonly redis: Redis | null;
  readonly prefix: string;

  constructor(config: Pick<Config, 'redisUrl' | 'database'>, opts: { prefix?: string } = {}) {
    this.prefix = opts.prefix ?? storePrefix(config);
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true, connectTimeout: 2000 })
      : null;
    // An unreachable Redis is reported by the limiters' insurance, not as an unhandled event.
    this.redis?.on('error', () => {});
  }

  /** Where counts are kept: `redis` or `memory`. */
  get store(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  /** A limiter in this store. */
  limiter(spec: LimiterSpec): RateLimiterAbstract {
    const keyPrefix = `${this.prefix}:${spec.keyPrefix}`;
    const memory = new RateLimiterMemory({ ...spec, keyPrefix });
    if (!this.redis) return memory;
    return new RateLimiterRedis({ ...spec, keyPrefix, storeClient: this.redis, insuranceLimiter: memory });
  }

  /** Closes the Redis connection (the process stops). */
  async close(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') this.redis.disconnect();
  }
}

/** The key prefix of a database's limiters: the same for every process on that database. */
function storePrefix(config: Pick<Config, 'database'>): string {
  const where = config.database.dialect === 'postgresql' ? config.database.url : config.database.file;
  return `helio-rl-${crypto.createHash('sha256').update(where).digest('hex').slice(0, 12)}`;
}

/** The whole seconds a client waits for `ms`, at least 1. */
export const retrySeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** TOO_MANY_REQUESTS with `retryAfterSeconds` (HTTP 429 with Retry-After at the GraphQL edge). */
export function tooManyRequests(message: (seconds: number) => string, ms: number): DomainError {
  const seconds = retrySeconds(ms);
  return appError('TOO_MANY_REQUESTS', message(seconds), { retryAfterSeconds: seconds });
}

/**
 * Takes `points` for `key` from `limiter`; when they are spent, throws TOO_MANY_REQUESTS saying
 * `message(seconds)` after the wait. Store errors other than a refusal propagate.
 */
export async function take(
  limiter: RateLimiterAbstract,
  key: string,
  message: (seconds: number) => string,
  points = 1,
): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooManyRequests(message, err.msBeforeNext);
    throw err;
  }
}
