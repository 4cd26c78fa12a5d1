import { z } from 'zod';
import { defineSettings, type Config } from '../../config';
import { isAcmeOrigin } from '../../drivers/web';

/** http(s)://host[:port] and nothing after it (a trailing slash is dropped), as the web drivers take it. */
function origin(value: string): string | null {
  try {
    const u = new URL(value);
    const plain = !u.username && !u.password && u.pathname === '/' && !u.search && !u.hash;
    return plain && isAcmeOrigin(u.origin) ? u.origin : null;
  } catch {
    return null;
  }
}

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
      /**
       * Where the web servers pass ACME HTTP-01 challenges (/.well-known/acme-challenge/…) of every
       * site: the panel, which answers the tokens of the certificates it orders. Default: the panel's
       * public address (PUBLIC_URL). It must be reachable from the web servers.
       */
      WEB_ACME_CHALLENGE_URL: z
        .string()
        .refine(
          (v) => origin(v) !== null,
          'WEB_ACME_CHALLENGE_URL must be http:// or https:// and a host (and port), without a path',
        )
        .optional(),
    })
    .transform((e) => ({
      moveGraceMs: Math.round(e.WEB_MOVE_GRACE_SECONDS * 1000),
      /** Null: the panel's public address (config.publicUrl, known only once the server listens). */
      acmeChallengeUrl: e.WEB_ACME_CHALLENGE_URL === undefined ? null : origin(e.WEB_ACME_CHALLENGE_URL)!,
    })),
);

/**
 * Where sites pass ACME challenges: WEB_ACME_CHALLENGE_URL, else the panel's public address (read
 * at each use: a test server learns its port once it listens); null when that is no origin the web
 * drivers take (a host name with "_", say): sites then pass no challenges.
 */
export function acmeChallengeOrigin(config: Config): string | null {
  return webSettings.of(config).acmeChallengeUrl ?? origin(config.publicUrl);
}
