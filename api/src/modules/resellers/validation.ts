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
