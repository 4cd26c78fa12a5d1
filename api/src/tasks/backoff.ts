import { DriverException } from '@mikro-orm/core';

const MAX_BACKOFF_MS = 3600_000;
const MAX_ERROR_CHARS = 2000;

/**
 * Delay before the next attempt after `attempts` failed ones: base · 2^(attempts−1), ±20 % jitter
 * (so tasks that failed together do not all retry in the same instant), capped at an hour.
 */
export function backoffMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exact = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  const jittered = exact * (0.8 + 0.4 * random());
  return Math.round(Math.min(jittered, MAX_BACKOFF_MS));
}

/**
 * What a failed attempt records in last_error: the message only (no stack), with the task's secret
 * blanked out in case a driver echoed it, truncated so one bad error cannot bloat the row.
 */
export function errorText(err: unknown, secret: string | null): string {
  // Our own database's errors carry SQL text: people get the kind, the log gets the rest.
  if (err instanceof DriverException) return `database error (${err.name}); see the server log`;
  let text = err instanceof Error ? err.message || err.name : String(err);
  if (secret) text = text.split(secret).join('[secret]');
  text = text.trim() || 'failed without a message';
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}
