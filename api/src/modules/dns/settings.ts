import { z } from 'zod';
import { defineSettings } from '../../config';

/** The DNS area's settings (read from the environment at start). */
export const dnsSettingsOf = defineSettings(
  z
    .object({
      /**
       * After a zone moved to another name server, how long the old one keeps serving it (as a
       * secondary of the zone's primary) before it drops it: the time resolvers may still be sent to
       * it, by cached NS records (TLDs' NS TTLs are often a day or two) or by a delegation at the
       * registrar that the customer has not changed yet.
       */
      DNS_MOVE_GRACE_SECONDS: z.coerce
        .number()
        .min(0)
        .max(30 * 86_400)
        .default(2 * 86_400),
    })
    .transform((e) => ({ moveGraceMs: Math.round(e.DNS_MOVE_GRACE_SECONDS * 1000) })),
);
