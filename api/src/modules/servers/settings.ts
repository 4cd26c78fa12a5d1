import { z } from 'zod';
import { defineSettings } from '../../config';

/** The servers area's settings (read from the environment at start). */
export const serversSettings = defineSettings(
  z
    .object({
      /** How often each worker process checks every machine's health; 0 turns it off. Fractions are for tests. */
      SERVER_HEALTH_CHECK_SECONDS: z.coerce.number().min(0).max(86_400).default(60),
    })
    .transform((e) => ({
      /** Period of the health check (0: off). */
      healthCheckMs: Math.round(e.SERVER_HEALTH_CHECK_SECONDS * 1000),
    })),
);
