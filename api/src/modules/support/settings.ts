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
      /**
       * An S3-compatible bucket for attachments instead of the data folder, path-style
       * (`https://s3.eu-central-1.amazonaws.com/my-bucket`, `http://minio.internal:9000/tickets`).
       */
      SUPPORT_S3_URL: z
        .string()
        .url()
        .refine((u) => /^https?:\/\/[^/]+\/[^/]+/.test(u), 'must be http(s)://host/bucket')
        .optional(),
      SUPPORT_S3_REGION: z.string().min(1).max(64).default('us-east-1'),
      SUPPORT_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
      SUPPORT_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    })
    .refine((e) => !e.SUPPORT_S3_URL || (e.SUPPORT_S3_ACCESS_KEY_ID && e.SUPPORT_S3_SECRET_ACCESS_KEY), {
      path: ['SUPPORT_S3_ACCESS_KEY_ID'],
      message: 'SUPPORT_S3_ACCESS_KEY_ID and SUPPORT_S3_SECRET_ACCESS_KEY are needed with SUPPORT_S3_URL',
    })
    .transform((e) => ({
      maxFiles: e.SUPPORT_ATTACHMENT_MAX_FILES,
      maxBytes: Math.floor(e.SUPPORT_ATTACHMENT_MAX_MB * 1024 * 1024),
      s3: e.SUPPORT_S3_URL
        ? {
            url: e.SUPPORT_S3_URL,
            region: e.SUPPORT_S3_REGION,
            accessKeyId: e.SUPPORT_S3_ACCESS_KEY_ID!,
            secretAccessKey: e.SUPPORT_S3_SECRET_ACCESS_KEY!,
          }
        : null,
    })),
);

export type SupportSettings = ReturnType<typeof supportSettings.of>;
