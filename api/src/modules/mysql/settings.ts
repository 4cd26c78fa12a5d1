import { z } from 'zod';
import { defineSettings } from '../../config';

/** The MySQL area's settings (read from the environment at start). */
export const mysqlSettings = defineSettings(
  z
    .object({
      /** How often each worker process queues a fresh reading of MySQL database sizes; 0 turns it off. Fractions are for tests. */
      MYSQL_SIZE_REFRESH_MINUTES: z.coerce
        .number()
        .min(0)
        .max(7 * 24 * 60)
        .default(60),
      /**
       * After an account's databases moved to another server, how long their old copies (with their
       * logins locked) stay on the old server before they are dropped: time to notice a problem
       * and recover from the copy.
       */
      MYSQL_MOVE_GRACE_SECONDS: z.coerce
        .number()
        .min(0)
        .max(90 * 86_400)
        .default(7 * 86_400),
    })
    .transform((e) => ({
      /** Period of the database size refresh (0: off). */
      sizeRefreshMs: Math.round(e.MYSQL_SIZE_REFRESH_MINUTES * 60_000),
      moveGraceMs: Math.round(e.MYSQL_MOVE_GRACE_SECONDS * 1000),
    })),
);
