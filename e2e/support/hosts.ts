/**
 * Reseller panels answer on host names of their own; the panel picks the company by the Host name.
 * Chromium resolves every name under this domain to the loopback address (browser.ts), so a
 * reseller's panel host, at the spec server's port, reaches the same server.
 */
export const RESELLER_TEST_DOMAIN = 'reseller-e2e.test';

/** A host name of a reseller's panel under the test domain, e.g. `cp1.reseller-e2e.test`. */
export const resellerHost = (label: string): string => `${label}.${RESELLER_TEST_DOMAIN}`;

/** The spec server's address at another host name (same scheme and port), with a trailing slash. */
export function panelAt(baseUrl: string, host: string): string {
  const url = new URL(baseUrl);
  url.hostname = host;
  return url.href;
}
