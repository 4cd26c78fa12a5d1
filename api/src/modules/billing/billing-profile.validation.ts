import { z } from 'zod';
import { emailSchema, nameSchema } from '../identity';
import { COUNTRY_CODES } from './countries';

/** Who an account's invoices are made out to, as a customer or an admin types it (signup, the profile page). */
export const profileSchema = z.object({
  name: nameSchema(200),
  company: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => v || null),
  address: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  city: nameSchema(100),
  postalCode: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20, 'must be at most 20 characters')
    .regex(/^[A-Za-z0-9 -]+$/, 'may contain only letters, digits, spaces and dashes'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => COUNTRY_CODES.has(c), 'must be a two-letter ISO 3166 country code such as US or DE'),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .max(40, 'must be at most 40 characters')
    .regex(/^[0-9 +()./-]*$/, 'may contain only digits, spaces and + ( ) . / -')
    .nullish()
    .transform((v) => v || null),
});
