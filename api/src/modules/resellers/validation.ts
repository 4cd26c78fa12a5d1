import { z } from 'zod';

/** A name people read (a company, an account): trimmed, not empty, at most `max` characters, no control characters. */
export const nameSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** The host name of a reseller's control panel. */
export const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'must be at most 253 characters')
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/,
    'must be a host name such as cp.example.com',
  )
  // RES-2: reseller panels answer only on their host names, never on a bare IP address.
  .refine((h) => !/^[0-9.]+$/.test(h), 'must be a host name, not an IP address');

/** Optional text a company shows (its details): trimmed; empty means none (null); `lines` allows line breaks. */
export const detailSchema = (max: number, lines = false) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .regex(
      lines ? /^[^\u0000-\u0009\u000b-\u001f\u007f]*$/ : /^[^\u0000-\u001f\u007f]*$/,
      'must not contain control characters',
    )
    .transform((v) => v || null);

/** A company's details (RES-1), every one optional: omitted stays, empty clears. */
export const companyDetailsSchema = z.object({
  legalName: detailSchema(200).nullish(),
  address: detailSchema(500, true).nullish(),
  taxId: detailSchema(50)
    .refine(
      (v) => v === null || /^[A-Za-z0-9][A-Za-z0-9 ./-]{1,49}$/.test(v),
      'must be letters, digits, spaces, dots, slashes or dashes',
    )
    .nullish(),
  supportEmail: detailSchema(254)
    .refine((v) => v === null || z.email().safeParse(v).success, 'must be an e-mail address')
    .nullish(),
  supportPhone: detailSchema(40)
    .refine((v) => v === null || /^\+?[0-9][0-9 ()./-]{2,39}$/.test(v), 'must be a phone number such as +1 555 0100')
    .nullish(),
});
