import { describe, expect, it } from 'vitest';
import { loadCatalog, translator } from '../i18n/translate';
import { formErrorsFrom } from './formErrors';

// German is loaded on first use, as in the panel.
await loadCatalog('DE');

const t = translator('EN');
const badInput = (fields: { field: string; message: string }[]) => ({
  graphQLErrors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields } }],
});

describe('formErrorsFrom', () => {
  it('puts messages of known fields under those fields', () => {
    const r = formErrorsFrom(badInput([{ field: 'login', message: 'is already taken' }]), ['login', 'email'], t);
    expect(r).toEqual({ fields: { login: 'is already taken' }, general: null });
  });

  it('sends messages of unknown fields to the general box, named', () => {
    const r = formErrorsFrom(badInput([{ field: 'ownerId', message: 'must be a positive numeric ID' }]), ['name'], t);
    expect(r.fields).toEqual({});
    expect(r.general).toBe('ownerId: must be a positive numeric ID');
  });

  it('shows other codes as they come from the server', () => {
    const r = formErrorsFrom(
      { graphQLErrors: [{ message: 'Wrong login or password', extensions: { code: 'UNAUTHENTICATED' } }] },
      ['login'],
      t,
    );
    expect(r.general).toBe('Wrong login or password');
  });

  it('translates throttling with the wait in minutes or seconds', () => {
    const throttled = (s: number) => ({
      graphQLErrors: [{ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: s } }],
    });
    expect(formErrorsFrom(throttled(898), [], t).general).toBe('Too many failed attempts. Try again in 15 minutes.');
    expect(formErrorsFrom(throttled(30), [], translator('DE')).general).toBe(
      'Zu viele fehlgeschlagene Versuche. Versuchen Sie es in 30 Sekunden erneut.',
    );
  });
});
