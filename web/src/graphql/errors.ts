/** What the panel needs to know about a failed GraphQL call. */
export interface ApiError {
  /** extensions.code, e.g. BAD_USER_INPUT; NETWORK when the server could not be reached. */
  code: string;
  message: string;
  /** BAD_USER_INPUT: one message per input field, field names without an `input.` prefix. */
  fields: { field: string; message: string }[];
  /** TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds: number | null;
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function firstGraphQLError(error: unknown): RawError | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { graphQLErrors?: RawError[]; networkError?: { result?: { errors?: RawError[] } } | null };
  if (e.graphQLErrors?.length) return e.graphQLErrors[0]!;
  // Non-2xx answers (429 on throttled sign-in, 400 on bad variables) arrive as network errors carrying the body.
  const body = e.networkError?.result;
  if (body && typeof body === 'object' && Array.isArray(body.errors) && body.errors.length) return body.errors[0]!;
  return null;
}

/** Reads an Apollo error (or anything thrown) into the shape forms and pages use. */
export function readApiError(error: unknown): ApiError {
  const gql = firstGraphQLError(error);
  if (!gql) {
    const message = error instanceof Error ? error.message : String(error);
    return { code: 'NETWORK', message, fields: [], retryAfterSeconds: null };
  }
  const ext = gql.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(ext.fields)
    ? (ext.fields as unknown[])
        .filter((f): f is { field: string; message: string } => {
          const r = f as Record<string, unknown> | null;
          return !!r && typeof r.field === 'string' && typeof r.message === 'string';
        })
        .map((f) => ({ field: f.field.replace(/^input\./, ''), message: f.message }))
    : [];
  const retry = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null;
  return { code, message: typeof gql.message === 'string' ? gql.message : '', fields, retryAfterSeconds: retry };
}
