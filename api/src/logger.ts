import { DriverException } from '@mikro-orm/core';
import pino from 'pino';

/** Properties that hold a statement or its values (MikroORM, knex, pg, better-sqlite3): never logged. */
const STATEMENT_KEYS = new Set(['sql', 'params', 'parameters', 'bindings', 'query', 'internalQuery']);
/** A database error's own words about the row (PostgreSQL's `detail` quotes the values of a duplicate key). */
const DB_DETAIL_KEYS = new Set(['detail', 'where', 'hint', 'internalPosition', 'position', 'sqlMessage', 'errmsg']);
/** knex puts the statement, values written in, before the database's message: "<statement> - <message>". */
const WITH_STATEMENT =
  /^\s*(select|insert|update|delete|with|create|drop|alter|pragma|begin|commit|rollback|savepoint|release|set|lock|vacuum)\b[\s\S]* - /i;

const isDbError = (err: Error): boolean =>
  err instanceof DriverException ||
  err.name === 'SqliteError' ||
  err.name === 'DatabaseError' ||
  typeof (err as { sql?: unknown }).sql === 'string';

/**
 * What a database error may say in a log: its code and the database's own message without what
 * it quotes, e.g. "SQLITE_ERROR: unrecognized token". Never the statement: MikroORM writes values
 * into it. (PostgreSQL's constraint, table and column names stay, as properties of their own.)
 */
export function dbErrorText(err: Error | string): string {
  if (typeof err === 'string') return dbErrorText(Object.assign(new Error(err), { code: 'database error' }));
  const code = (err as { code?: unknown }).code;
  const raw = err.message ?? '';
  const reason = WITH_STATEMENT.test(raw) ? raw.slice(raw.lastIndexOf(' - ') + 3) : raw;
  // Up to the first colon or quote: after them the databases quote the offending token or value.
  const short = reason
    .split(/[:"'`\n]/)[0]!
    .replace(/\s+at or near$/, '')
    .trim()
    .slice(0, 200);
  return `${typeof code === 'string' || typeof code === 'number' ? code : err.name}: ${short || 'failed'}`;
}

const frames = (stack: string | undefined): string =>
  (stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');

/**
 * The logger's `err` serializer: pino's fields (type, message, stack, own properties, cause), but
 * no statement or its parameters anywhere, and a database error's message (which begins with the
 * statement, values and sealed credentials included) replaced by its code and reason.
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (typeof err === 'string') return WITH_STATEMENT.test(err) ? dbErrorText(err) : err; // a message logged as text
  if (!(err instanceof Error)) return err;
  const db = isDbError(err);
  const message = db ? dbErrorText(err) : err.message;
  const out: Record<string, unknown> = {
    type: err.constructor?.name ?? err.name,
    message,
    stack: db ? `${err.name}: ${message}\n${frames(err.stack)}` : err.stack,
  };
  for (const [key, value] of Object.entries(err)) {
    if (key in out || key === 'name' || key === 'cause' || STATEMENT_KEYS.has(key) || (db && DB_DETAIL_KEYS.has(key)))
      continue;
    out[key] = value instanceof Error ? (depth < 5 ? serializeError(value, depth + 1) : value.name) : value;
  }
  if (err.cause !== undefined && depth < 5) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

/**
 * Structured JSON logs. Secrets never reach them: cookies, authorization headers and passwords are
 * redacted, and errors lose their SQL (serializeError). `destination`: where lines go (tests read them).
 */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'heliosphere' },
    serializers: { err: serializeError, error: serializeError },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        'variables.input.password',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type Logger = ReturnType<typeof createLogger>;
