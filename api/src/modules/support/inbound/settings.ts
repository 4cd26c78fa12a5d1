import { z } from 'zod';
import { defineSettings } from '../../../config';

/** The support area's SMTP listener for replies mailed to tickets (off unless SUPPORT_SMTP_PORT is set). */
export const inboundMailSettings = defineSettings(
  z
    .object({
      /**
       * The port the listener takes (25 behind the company's MX, or a high port a relay forwards to);
       * unset: no listener. 0 takes any free port (tests).
       */
      SUPPORT_SMTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
      /** The address it listens on; unset: the panel's own HOST. */
      SUPPORT_SMTP_HOST: z.string().min(1).optional(),
      /** The largest message accepted, attachments included; bigger ones are refused (552) without being parsed. */
      SUPPORT_MAIL_MAX_BYTES: z.coerce
        .number()
        .int()
        .min(10_000)
        .max(100 * 1024 * 1024)
        .default(25 * 1024 * 1024),
    })
    .transform((e) => ({
      port: e.SUPPORT_SMTP_PORT ?? null,
      host: e.SUPPORT_SMTP_HOST ?? null,
      maxBytes: e.SUPPORT_MAIL_MAX_BYTES,
    })),
);

export type InboundMailSettings = ReturnType<typeof inboundMailSettings.of>;
