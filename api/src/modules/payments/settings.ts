import { z } from 'zod';
import { booleanSetting, defineSettings } from '../../config';

/** The payments area's settings (read from the environment at start). */
export const paymentSettings = defineSettings(
  z
    .object({
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      /** How long one request to a payment gateway may take before it counts as unanswered. */
      GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(30_000),
      /** Requests a customer's payment makes to a gateway that does not answer, before the rest is left to the retry job. */
      GATEWAY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
      /** Pause before the first retry within a payment; doubles each time. */
      GATEWAY_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(500),
      /** How often unanswered card payments are retried (same idempotency key); 0 turns the job off. */
      PAYMENT_RETRY_MINUTES: z.coerce
        .number()
        .min(0)
        .max(24 * 60)
        .default(1),
      /** Offer the built-in sandbox gateway (test cards, no money). Default: on, except with NODE_ENV=production. */
      PAYMENT_SANDBOX: booleanSetting.optional(),
    })
    .transform((e) => ({
      /** Gateway requests: timeout, attempts and first retry pause within a request. */
      timeoutMs: e.GATEWAY_TIMEOUT_MS,
      attempts: e.GATEWAY_ATTEMPTS,
      backoffMs: e.GATEWAY_RETRY_MS,
      /** The retry job's period (0: off). */
      retryMs: Math.round(e.PAYMENT_RETRY_MINUTES * 60_000),
      sandbox: e.PAYMENT_SANDBOX ?? e.NODE_ENV !== 'production',
    })),
);
