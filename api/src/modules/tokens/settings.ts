import { z } from 'zod';
import { defineSettings } from '../../config';

/** The tokens area's settings: how many API requests a token and an address may make. */
export const tokenSettings = defineSettings(
  z
    .object({
      /** Requests one API token may make per minute, over every process (REDIS_URL) or in this one. */
      API_REQUESTS_PER_TOKEN_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
      /** Bearer requests one client address may make per minute, whatever the token (a wrong one too). */
      API_REQUESTS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
      /** The longest life a token may be given, in days; new tokens default to 90 days or this, if shorter. */
      API_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    })
    .transform((e) => ({
      perTokenPerMinute: e.API_REQUESTS_PER_TOKEN_PER_MINUTE,
      perIpPerMinute: e.API_REQUESTS_PER_IP_PER_MINUTE,
      maxDays: e.API_TOKEN_MAX_DAYS,
    })),
);

export type TokenSettings = ReturnType<typeof tokenSettings.of>;
