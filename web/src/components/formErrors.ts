import { readApiError } from '../graphql/errors';
import type { Translate } from '../i18n/translate';

/** Errors a form shows: one message under each known field, and one general box. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export const noErrors: FormErrors = { fields: {}, general: null };

/** The text shown for an error that belongs to no field. */
export function generalMessage(error: unknown, t: Translate): string {
  const e = readApiError(error);
  switch (e.code) {
    case 'NETWORK':
      return t('error.network');
    case 'TOO_MANY_REQUESTS':
      if (e.retryAfterSeconds === null) return e.message;
      return e.retryAfterSeconds > 90
        ? t('error.tooManyRequestsMinutes', { minutes: Math.ceil(e.retryAfterSeconds / 60) })
        : t('error.tooManyRequests', { seconds: e.retryAfterSeconds });
    case 'INTERNAL_SERVER_ERROR':
      return t('error.unexpected');
    default:
      // Server messages are English and meant for people; shown as they are.
      return e.message || t('error.unexpected');
  }
}

/**
 * Splits an API error over a form: BAD_USER_INPUT messages for the form's own fields go under
 * those fields; anything else goes to the general box.
 */
export function formErrorsFrom(error: unknown, knownFields: readonly string[], t: Translate): FormErrors {
  const e = readApiError(error);
  if (e.code !== 'BAD_USER_INPUT' || e.fields.length === 0) return { fields: {}, general: generalMessage(error, t) };
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const f of e.fields) {
    if (knownFields.includes(f.field)) fields[f.field] = f.message;
    else other.push(t('error.field', { field: f.field, message: f.message }));
  }
  return { fields, general: other.length ? other.join(' ') : null };
}
