import type { z } from 'zod';

/** Error codes every client can branch on (extensions.code). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface FieldError {
  /** Input field path, e.g. "login" or "input.password". */
  field: string;
  message: string;
}

/**
 * An expected failure a caller can act on: not found, conflict, invalid input (with a message per
 * field), forbidden, too many requests. Business code throws these and knows nothing of GraphQL;
 * the GraphQL layer answers each with its `code` in the error's extensions (graphql-js copies an
 * original error's `extensions` onto the error it reports), and any other error as an internal one.
 */
export class DomainError extends Error {
  readonly extensions: Readonly<{ code: ErrorCode } & Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.extensions = { code, ...extra };
  }
}

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, extra);
}

export const notFound = (what: string): DomainError => appError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string): DomainError => appError('CONFLICT', message);

/** BAD_USER_INPUT carrying one message per field, so a form can show each under its input. */
export function badInput(fields: FieldError[]): DomainError {
  const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return appError('BAD_USER_INPUT', message, { fields });
}

/** Parses input with a zod schema; on failure throws BAD_USER_INPUT naming every wrong field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') || 'input';
    if (seen.has(field)) continue;
    seen.add(field);
    fields.push({ field, message: issue.message });
  }
  throw badInput(fields);
}

/** Parses a numeric ID argument; anything else is bad input (not a lookup). */
export function parseId(value: string, field = 'id'): number {
  if (!/^[1-9][0-9]{0,15}$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw badInput([{ field, message: 'must be a positive numeric ID' }]);
  }
  return Number(value);
}

/** An optional numeric ID argument: null when absent, else parsed as parseId does. */
export function parseOptionalId(value: string | null | undefined, field: string): number | null {
  return value == null ? null : parseId(value, field);
}
