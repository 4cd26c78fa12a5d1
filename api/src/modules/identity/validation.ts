import { z } from 'zod';

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'may contain only letters, digits, dots, dashes and underscores, starting with a letter or digit',
  );

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid e-mail address'));

export const passwordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters');

/** Names people read (a user's company, an account) follow the companies' rule. */
export { nameSchema } from '../resellers';
