import { z } from 'zod';
import { defineSettings } from '../../config';

/** The billing area's settings (read from the environment at start). */
export const billingSettings = defineSettings(
  z
    .object({
      /** How often each worker process runs the billing run (invoices, credit, dunning); 0: only `helio billing run`. */
      BILLING_RUN_MINUTES: z.coerce
        .number()
        .min(0)
        .max(24 * 60)
        .default(60),
    })
    .transform((e) => ({
      /** Period of the billing run (0: only `helio billing run`). */
      runMs: Math.round(e.BILLING_RUN_MINUTES * 60_000),
    })),
);
