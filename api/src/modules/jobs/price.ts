import { z } from 'zod';
import { parseAmount } from '../billing';

/**
 * A price typed in major units ("150.00") read as minor units of `currency`, inside a zod schema so
 * its error is named with the other fields'. Zero is allowed (a free service: no invoice); anything
 * else as parseAmount reads amounts.
 */
export const priceField = (currency: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(40, 'must be at most 40 characters')
    .transform((text, ctx): bigint => {
      if (/^0+(\.0+)?$/.test(text)) return 0n;
      const parsed = parseAmount(text, currency);
      if (parsed.ok) return parsed.minor;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    });
