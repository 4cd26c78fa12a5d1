import { z } from 'zod';
import { defineSettings } from '../../config';

/** The web area's settings (read from the environment at start). */
export const webSettings = defineSettings(
  z
    .object({
      /**
       * After a site moved to another server, how long its old copy keeps serving before it is removed:
       * the time DNS caches may still send visitors to the old address (the records' TTL, 3600 s).
       */
      WEB_MOVE_GRACE_SECONDS: z.coerce
        .number()
        .min(0)
        .max(7 * 86_400)
        .default(3600),
    })
    .transform((e) => ({ moveGraceMs: Math.round(e.WEB_MOVE_GRACE_SECONDS * 1000) })),
);
