/**
 * The TLS parts of a site as the web drivers take them: its certificate bindings (PEM texts that
 * go into files next to the server block, never into it) and the origin ACME challenges are
 * passed to. Both are checked here before anything is written:
 *
 *   <sslDir>/site-<id>-<n>.crt    certificate and intermediates of binding n (1, 2, …), 0644
 *   <sslDir>/site-<id>-<n>.key    its private key, 0600
 */
import net from 'node:net';
import { isHostName, UnsafeSiteInputError } from './site';
import type { SiteConfig, TlsBinding } from './types';

/** Largest PEM text a binding carries (a certificate with a long chain fits easily). */
export const MAX_TLS_PEM_BYTES = 64 * 1024;

/** A PEM block of `label`: base64 and whitespace between the armour lines (no "-", so it cannot run past its END). */
const block = (label: string) => `-----BEGIN ${label}-----[A-Za-z0-9+/=\\s]+-----END ${label}-----`;
const CERTIFICATES = new RegExp(`^(?:${block('CERTIFICATE')}\\s*)+$`);
const PKCS8_KEY = new RegExp(`^${block('PRIVATE KEY')}$`);

function assertPem(what: string, text: unknown, shape: RegExp, expected: string): void {
  if (typeof text !== 'string' || Buffer.byteLength(text, 'utf8') > MAX_TLS_PEM_BYTES || !shape.test(text.trim()))
    // Never the text itself: it may be a key.
    throw new UnsafeSiteInputError(`refusing ${what}: ${expected}, at most ${MAX_TLS_PEM_BYTES / 1024} KiB`);
}

/**
 * The site's TLS parts are well formed: bindings whose names are among its server names, each name
 * in one binding, with PEM texts only; switches that are booleans; an ACME origin that is one.
 */
export function assertTls(site: SiteConfig): void {
  for (const flag of ['httpsRedirect', 'hsts', 'suspended'] as const)
    if (site[flag] !== undefined && typeof site[flag] !== 'boolean')
      throw new UnsafeSiteInputError(`${flag} must be true or false`);
  if (site.acmeChallengeProxy !== undefined) assertOrigin(site.acmeChallengeProxy);
  if (site.tls === undefined) return;
  if (!Array.isArray(site.tls)) throw new UnsafeSiteInputError('tls must be a list of bindings');
  const bound = new Set<string>();
  site.tls.forEach((binding: TlsBinding, i) => {
    const what = `TLS binding ${i + 1} of site ${site.id}`;
    if (typeof binding !== 'object' || binding === null) throw new UnsafeSiteInputError(`refusing ${what}`);
    if (!Array.isArray(binding.names) || binding.names.length === 0)
      throw new UnsafeSiteInputError(`refusing ${what}: it names no host`);
    for (const name of binding.names) {
      if (typeof name !== 'string' || !site.serverNames.includes(name))
        throw new UnsafeSiteInputError(
          `refusing ${what}: ${JSON.stringify(name)} is not one of the site's server names`,
        );
      if (bound.has(name)) throw new UnsafeSiteInputError(`refusing ${what}: ${name} is in another binding already`);
      bound.add(name);
    }
    assertPem(`the certificate of ${what}`, binding.certificate, CERTIFICATES, 'PEM certificates only');
    assertPem(`the key of ${what}`, binding.key, PKCS8_KEY, 'one unencrypted PKCS#8 PEM key only');
  });
}

/** http(s)://host[:port] with nothing after it: the value of a proxy_pass that keeps the request's path. */
export function assertOrigin(origin: unknown): void {
  const m =
    typeof origin === 'string' ? /^https?:\/\/(\[[0-9a-fA-F:.]+\]|[^/:[\]]+)(?::(\d{1,5}))?$/.exec(origin) : null;
  const host = m?.[1] ?? '';
  const hostOk = host.startsWith('[') ? net.isIPv6(host.slice(1, -1)) : net.isIPv4(host) || isHostName(host);
  const port = m?.[2] === undefined ? 1 : Number(m[2]);
  if (!m || !hostOk || port < 1 || port > 65535)
    throw new UnsafeSiteInputError(
      `refusing ACME challenge origin ${JSON.stringify(origin)}: http(s)://host[:port], lowercase, nothing after it`,
    );
}

/** Whether the drivers take `origin` as an acmeChallengeProxy (what assertOrigin checks). */
export function isAcmeOrigin(origin: string): boolean {
  try {
    assertOrigin(origin);
    return true;
  } catch {
    return false;
  }
}

/** The certificate and key file names of the site's binding `n` (1-based). */
export function certFileNames(site: Pick<SiteConfig, 'id'>, n: number): { crt: string; key: string } {
  return { crt: `site-${site.id}-${n}.crt`, key: `site-${site.id}-${n}.key` };
}

const CERT_FILE = /^site-([1-9][0-9]*)-[1-9][0-9]*\.(?:crt|key)$/;

/** The site a file in the certificate folder belongs to; null for a file that is no site's. */
export function certFileSite(name: string): number | null {
  const m = CERT_FILE.exec(name);
  return m ? Number(m[1]) : null;
}

/** The text a certificate or key file holds: the PEM as given, trimmed, with one final newline. */
export function pemFileText(pem: string): string {
  return `${pem.trim()}\n`;
}
