import { z } from 'zod';
import { luhnOk } from '../../drivers/gateways/cards';

/** A card as typed: checked here, so a mistyped number costs no gateway request. Messages never repeat the number. */
export const cardSchema = z
  .object({
    number: z
      .string()
      .max(40, 'must be 12 to 19 digits')
      .transform((s) => s.replace(/[\s-]/g, ''))
      .pipe(
        z
          .string()
          .regex(/^\d{12,19}$/, 'must be 12 to 19 digits')
          .refine(luhnOk, 'is not a valid card number (its check digit is wrong)'),
      ),
    expMonth: z.number().int('must be a month, 1–12').min(1, 'must be a month, 1–12').max(12, 'must be a month, 1–12'),
    expYear: z
      .number()
      .int('must be a four-digit year')
      .min(2000, 'must be a four-digit year')
      .max(2100, 'must be a four-digit year'),
    cvc: z
      .string()
      .trim()
      .regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
    holderName: z.string().trim().min(2, 'must be the name on the card').max(100, 'must be at most 100 characters'),
  })
  .superRefine((c, ctx) => {
    const now = new Date();
    if (
      c.expYear < now.getUTCFullYear() ||
      (c.expYear === now.getUTCFullYear() && c.expMonth < now.getUTCMonth() + 1)
    ) {
      ctx.addIssue({ code: 'custom', path: ['expYear'], message: 'the card has expired' });
    }
  });

export type CardFields = z.output<typeof cardSchema>;

/** "Visa •••• 4242" */
export const cardLabel = (brand: string, last4: string) => `${brand} •••• ${last4}`;
