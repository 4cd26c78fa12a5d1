import fs from 'node:fs';
import { z } from 'zod';
import { defineSettings } from '../../config';

/** Let's Encrypt's directories: production, and staging (untrusted certificates, generous limits). */
export const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';
export const LETS_ENCRYPT_STAGING = 'https://acme-staging-v02.api.letsencrypt.org/directory';

/** The ssl area's settings (read from the environment at start). */
export const sslSettings = defineSettings(
  z
    .object({
      /** The ACME directory certificates are ordered from until the master admin chooses one in the panel. */
      ACME_DIRECTORY_URL: z.string().url().default(LETS_ENCRYPT),
      /**
       * A PEM file of certificate authorities to trust, besides the system's, when reaching the ACME
       * directory over HTTPS: a private ACME CA (step-ca, an in-house one, pebble in tests).
       */
      ACME_CA_FILE: z
        .string()
        .optional()
        .refine((f) => !f || fs.existsSync(f), 'ACME_CA_FILE must name a readable PEM file'),
      /** Certificates from ACME are renewed this many days before they expire. */
      ACME_RENEW_DAYS: z.coerce.number().int().min(1).max(60).default(30),
      /** How long an order waits for its DNS-01 answers to be served by the zone's name servers. */
      ACME_DNS_WAIT_SECONDS: z.coerce.number().min(1).max(3600).default(180),
      /**
       * How long acme-client first waits before asking again about a challenge or an order still
       * being processed (doubling each time): its own default suits a public authority; a local one
       * (pebble in tests and bench) answers in milliseconds.
       */
      ACME_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(5000),
      /** How often a worker looks for certificates to renew, and for ones that expired. */
      SSL_CHECK_SECONDS: z.coerce.number().min(1).max(86_400).default(3600),
    })
    .transform((e) => ({
      defaultDirectoryUrl: e.ACME_DIRECTORY_URL,
      caFile: e.ACME_CA_FILE ?? null,
      renewBeforeMs: e.ACME_RENEW_DAYS * 86_400_000,
      dnsWaitMs: e.ACME_DNS_WAIT_SECONDS * 1000,
      pollMs: e.ACME_POLL_MS,
      checkMs: e.SSL_CHECK_SECONDS * 1000,
    })),
);

export type SslSettings = ReturnType<typeof sslSettings.of>;
