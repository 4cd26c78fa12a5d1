import path from 'node:path';
import { z } from 'zod';

/** Repository root: api/dist/config.js and api/src/config.ts both sit two levels below it. */
export const repoRoot = path.resolve(__dirname, '..', '..');

const bool = z.enum(['true', 'false', '1', '0', '']).transform((v) => v === 'true' || v === '1');

/** http(s)://host[:port], nothing after it (a trailing slash is fine). */
function isOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.pathname === '/' &&
      !u.search &&
      !u.hash &&
      !u.username &&
      !u.password
    );
  } catch {
    return false;
  }
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The panel's own HTTPS listener (SNI: each panel host its certificate); unset: none; 0: any free port (tests). */
  HTTPS_PORT: z.preprocess(
    (v) => (v === '' ? undefined : v), // empty, as unset: not port 0
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  /** postgres://… switches to PostgreSQL; unset means the embedded SQLite file. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, 'data')),
  /** SQLite file; defaults to DATA_DIR/heliosphere.sqlite. ':memory:' is allowed for tests. */
  SQLITE_PATH: z.string().min(1).optional(),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'web', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when the panel is served over HTTPS (directly or behind a proxy): cookies get `Secure`. */
  COOKIE_SECURE: bool.default(false),
  /** The panel's address for links that leave it (gateways' return and notification addresses), e.g. https://panel.example.com; a company with its own panel host gets that host. Default: http://<HOST, or localhost>:<PORT>. */
  PUBLIC_URL: z
    .string()
    .refine(isOrigin, 'PUBLIC_URL must be http:// or https:// and a host (and port), without a path')
    .optional(),
  /** Trust X-Forwarded-* from one proxy hop (client IPs in throttling and logs; X-Forwarded-Proto: https makes cookies Secure). */
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  LOGIN_MAX_FAILURES_PER_LOGIN: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /** Failures for one login (from all addresses) after which each further attempt waits LOGIN_DELAY_MS, doubling, at most LOGIN_DELAY_MAX_MS. */
  LOGIN_DELAY_AFTER_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_DELAY_MS: z.coerce.number().int().min(1).max(3600_000).default(1000),
  LOGIN_DELAY_MAX_MS: z.coerce.number().int().min(1).max(3600_000).default(60_000),
  /** Signups per client IP, and accounts an end user opens, per hour. */
  SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Introspection and "Did you mean …?" hints for anonymous callers. Default: on, except with NODE_ENV=production. */
  GRAPHQL_PUBLIC_SCHEMA: bool.optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  /** The most a query may cost, priced before it runs: every field counts 1 (or its price), inside a list as many times as the list's most items. */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(2_000_000),
  /** The most work a request may actually do, in the same units, counted as its fields resolve; past it the request is stopped (400). */
  GRAPHQL_MAX_WORK: z.coerce.number().int().min(100).default(50_000),
  /** How long a query may run before it is stopped (503); 0: no limit. Mutations are not timed. */
  GRAPHQL_TIME_BUDGET_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /** 32-byte key (64 hex digits or base64) that encrypts driver passwords; unset: DATA_DIR/secret.key, made on first start. */
  SECRET_KEY: z.string().optional(),
  /** redis://… dispatches tasks through BullMQ so several processes share the work; unset: the in-process worker. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  /** Run the task worker in this process (false for API-only processes when workers run elsewhere). */
  WORKER: bool.default(true),
  /** Tasks this process runs at once, over all servers (each server also has its own limit). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** A running task's lease; a worker that dies leaves it to expire, then another takes the task. */
  TASK_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How often an idle worker looks for due tasks (retries, expired leases); new tasks wake it at once. */
  TASK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** First retry delay; doubles with each attempt (with jitter), capped at an hour. */
  TASK_BACKOFF_MS: z.coerce.number().int().min(1).max(3600_000).default(5000),
  TASK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  /** DONE and CANCELLED tasks older than this are deleted (hourly); FAILED ones stay until retried or cancelled. 0 keeps all. */
  TASK_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
});

/** The address this process may be reached at when nothing else is configured: a wildcard HOST means this machine. */
export function localAddress(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export type Env = z.input<typeof schema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The HTTPS listener's port on the same HOST; null: no HTTPS listener. */
  httpsPort: number | null;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };
  dataDir: string;
  webDist: string;
  logLevel: string;
  cookieSecure: boolean;
  /** PUBLIC_URL as an origin (scheme, host, port): never taken from a request's Host header. */
  publicUrl: string;
  trustProxy: boolean;
  session: { ttlMs: number; idleMs: number };
  /**
   * perLogin: failures per login from one address; perIp: per address over all logins; after delayAfter
   * failures of a login from anywhere, each attempt waits delayMs, doubling, at most delayMaxMs.
   * signupsPerHour: per client IP on the public signup, and per user for more accounts.
   */
  throttle: {
    perLogin: number;
    perIp: number;
    windowSeconds: number;
    delayAfter: number;
    delayMs: number;
    delayMaxMs: number;
    signupsPerHour: number;
  };
  /** publicSchema: anonymous callers may introspect and get field suggestions. */
  graphql: { maxDepth: number; maxCost: number; maxWork: number; timeBudgetMs: number; publicSchema: boolean };
  secretKey: string | undefined;
  redisUrl: string | undefined;
  tasks: {
    worker: boolean;
    concurrency: number;
    leaseMs: number;
    pollMs: number;
    backoffMs: number;
    maxAttempts: number;
    retentionMs: number;
  };
  /** The environment the settings were read from: each area reads its own settings from it (defineSettings). */
  environment: Readonly<Record<string, string | undefined>>;
}

export class ConfigError extends Error {}

/** Reads and validates every setting once; a bad value stops the process with a message naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${issueLines(parsed.error).join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    httpsPort: e.HTTPS_PORT ?? null,
    database: e.DATABASE_URL
      ? { dialect: 'postgresql', url: e.DATABASE_URL }
      : {
          dialect: 'sqlite',
          file:
            e.SQLITE_PATH === ':memory:'
              ? ':memory:'
              : path.resolve(e.SQLITE_PATH ?? path.join(dataDir, 'heliosphere.sqlite')),
        },
    dataDir,
    webDist: path.resolve(e.WEB_DIST),
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : `http://${localAddress(e.HOST)}:${e.PORT}`,
    trustProxy: e.TRUST_PROXY,
    session: { ttlMs: e.SESSION_TTL_HOURS * 3600_000, idleMs: e.SESSION_IDLE_HOURS * 3600_000 },
    throttle: {
      perLogin: e.LOGIN_MAX_FAILURES_PER_LOGIN,
      perIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
      delayAfter: e.LOGIN_DELAY_AFTER_FAILURES,
      delayMs: e.LOGIN_DELAY_MS,
      delayMaxMs: e.LOGIN_DELAY_MAX_MS,
      signupsPerHour: e.SIGNUPS_PER_HOUR,
    },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxWork: e.GRAPHQL_MAX_WORK,
      timeBudgetMs: e.GRAPHQL_TIME_BUDGET_MS,
      publicSchema: e.GRAPHQL_PUBLIC_SCHEMA ?? e.NODE_ENV !== 'production',
    },
    secretKey: e.SECRET_KEY,
    redisUrl: e.REDIS_URL,
    tasks: {
      worker: e.WORKER,
      concurrency: e.WORKER_CONCURRENCY,
      leaseMs: e.TASK_LEASE_SECONDS * 1000,
      pollMs: e.TASK_POLL_MS,
      backoffMs: e.TASK_BACKOFF_MS,
      maxAttempts: e.TASK_MAX_ATTEMPTS,
      retentionMs: Math.round(e.TASK_RETENTION_DAYS * 86_400_000),
    },
    environment: env,
  };
}

/** Zod's complaints as lines naming the variable: `  SMTP_URL: must start with smtp:// or smtps://`. */
function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
}

/** An area's settings: read from the configuration's environment once, and checked at start. */
export interface Settings<S> {
  /** The settings of this process's configuration, read once; a bad value throws a ConfigError naming it. */
  of(config: Config): S;
  /** What is wrong with them in this configuration, a line per bad variable (none: they are read and kept). */
  problems(config: Config): string[];
}

/**
 * Declares an area's settings (its manifest lists them, so a bad value stops the process at start, with
 * every other setting's problems): `defineSettings(z.object({ SMTP_URL: ... }).transform((e) => ({ ... })))`.
 * Unknown variables are ignored. The core's own settings are in the schema above; an area's stay in its folder.
 */
export function defineSettings<S>(schema: z.ZodType<S>): Settings<S> {
  const read = new WeakMap<Config, { settings: S } | { problems: string[] }>();
  const parse = (config: Config) => {
    let found = read.get(config);
    if (!found) {
      const parsed = schema.safeParse(config.environment);
      found = parsed.success ? { settings: parsed.data } : { problems: issueLines(parsed.error) };
      read.set(config, found);
    }
    return found;
  };
  return {
    of(config) {
      const found = parse(config);
      if ('problems' in found) throw new ConfigError(`Invalid configuration:\n${found.problems.join('\n')}`);
      return found.settings;
    },
    problems: (config) => {
      const found = parse(config);
      return 'problems' in found ? found.problems : [];
    },
  };
}

/** Checks the areas' settings all at once: one ConfigError listing every bad value. */
export function checkSettings(config: Config, settings: readonly Settings<unknown>[]): void {
  const lines = settings.flatMap((s) => s.problems(config));
  if (lines.length) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** A setting that is a switch: true/1 or false/0 (empty: false). */
export const booleanSetting = bool;
