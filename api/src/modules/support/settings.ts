import { z } from 'zod';
import { defineSettings } from '../../config';

/** The support area's settings (read from the environment at start). */
export const supportSettings = defineSettings(
  z
    .object({
      /** How many files one ticket message may carry. */
      SUPPORT_ATTACHMENT_MAX_FILES: z.coerce.number().int().min(0).max(20).default(5),
      /** The largest attachment, in MiB (the API request must hold it in base64, a third larger). */
      SUPPORT_ATTACHMENT_MAX_MB: z.coerce.number().min(0.001).max(20).default(5),
    })
    .transform((e) => ({
      maxFiles: e.SUPPORT_ATTACHMENT_MAX_FILES,
      maxBytes: Math.floor(e.SUPPORT_ATTACHMENT_MAX_MB * 1024 * 1024),
    })),
);

export type SupportSettings = ReturnType<typeof supportSettings.of>;
