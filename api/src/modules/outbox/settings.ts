import { z } from 'zod';
import { defineSettings } from '../../config';

/** The outbox's settings (read from the environment at start). */
export const mailSettings = defineSettings(
  z
    .object({
      /** smtp://user:pass@host:port (or smtps://) delivers customer e-mail; unset: mails are written as .eml files under DATA_DIR/mail. */
      SMTP_URL: z
        .string()
        .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
        .optional(),
      MAIL_FROM: z.string().min(3).default('Heliosphere <noreply@localhost>'),
      /** How often the outbox is delivered; 0 turns delivery off. */
      MAIL_SEND_SECONDS: z.coerce.number().min(0).max(3600).default(30),
    })
    .transform((e) => ({
      /** Unset: the outbox is written to files under dataDir/mail. */
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      /** 0: no delivery. */
      sendMs: Math.round(e.MAIL_SEND_SECONDS * 1000),
    })),
);
