import { z } from 'zod';
import { CHARSETS, DEFAULT_CHARSET, RESERVED_NAMES, SHORT_NAME, SHORT_NAME_MAX } from '../../drivers/mysql/names';

/**
 * The part of a database or login name the customer picks; the panel adds `a<accountId>_`.
 * Strict on purpose: no trimming or lower-casing behind the customer's back.
 */
export const shortNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(SHORT_NAME_MAX, `must be at most ${SHORT_NAME_MAX} characters`)
  .regex(
    SHORT_NAME,
    'must start with a lowercase letter (a-z) and contain only lowercase letters, digits and underscores',
  )
  .refine((v) => !RESERVED_NAMES.has(v), 'is reserved; choose another name');

/**
 * A MySQL password: 8–128 printable ASCII characters. Quotes, semicolons, backslashes and spaces
 * are all allowed and stored literally (they travel as escaped values, never as SQL); control
 * characters and non-ASCII letters are refused, because MySQL clients send non-ASCII passwords in
 * their own character set and the same password would then fail from some of them.
 */
export const mysqlPasswordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128, 'must be at most 128 characters')
  .regex(/^[\x20-\x7e]*$/, 'may contain only printable ASCII characters: letters, digits, spaces and punctuation');

const accountId = z.number().int().positive().nullish();

export const createDatabaseSchema = z.object({
  accountId,
  name: shortNameSchema,
  charset: z
    .enum(CHARSETS, { message: `must be one of ${CHARSETS.join(', ')}` })
    .nullish()
    .transform((v) => v ?? DEFAULT_CHARSET),
});

export const createUserSchema = z.object({ accountId, name: shortNameSchema, password: mysqlPasswordSchema });

export const setPasswordSchema = z.object({ password: mysqlPasswordSchema });
