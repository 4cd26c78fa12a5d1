import { describe, expect, it } from 'vitest';
import { readApiError } from './errors';

describe('readApiError', () => {
  it('reads field errors of BAD_USER_INPUT without the input prefix', () => {
    const err = {
      graphQLErrors: [
        {
          message: 'login: is already taken',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'login', message: 'is already taken' },
              { field: 'input.email', message: 'bad' },
            ],
          },
        },
      ],
    };
    const r = readApiError(err);
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.fields).toEqual([
      { field: 'login', message: 'is already taken' },
      { field: 'email', message: 'bad' },
    ]);
  });

  it('reads a throttled sign-in carried by a 429 network error', () => {
    const err = {
      graphQLErrors: [],
      networkError: {
        statusCode: 429,
        result: { errors: [{ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42 } }] },
      },
    };
    expect(readApiError(err)).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42, message: 'Too many' });
  });

  it('treats anything else as a network failure', () => {
    expect(readApiError(new Error('Failed to fetch')).code).toBe('NETWORK');
  });
});
