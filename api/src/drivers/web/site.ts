/**
 * What a web site occupies on a web server, and the checks that keep every path the drivers
 * touch inside the web root:
 *
 *   <webRoot>/a<account>/                    the account home (never removed by a driver)
 *   <webRoot>/a<account>/<directory>/        the site's document root
 *   <webRoot>/a<account>/logs/<directory>.access.log, .error.log
 *   <configDir>/site-<id>.conf               the server block(s)
 *   <configDir>/ssl/site-<id>-<n>.crt, .key  the certificate and key of its TLS binding n (tls.ts)
 */
import net from 'node:net';
import path from 'node:path';
import type { SiteConfig } from './types';

export class UnsafeSiteInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeSiteInputError';
  }
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Folder names the account home keeps for itself. */
const RESERVED_DIRECTORIES = new Set(['logs']);

/** A lowercase ASCII host name: letters, digits, inner hyphens, dots between labels; no wildcard, no trailing dot. */
export function isHostName(name: string): boolean {
  return (
    typeof name === 'string' && name.length > 0 && name.length <= 253 && name.split('.').every((l) => LABEL.test(l))
  );
}

/** Paths written into nginx.conf unquoted (and handed to rm): absolute, plain characters, no "." or ".." segments. */
export function assertPlainAbsolutePath(what: string, p: string): void {
  if (
    typeof p !== 'string' ||
    !path.isAbsolute(p) ||
    !/^[A-Za-z0-9._/-]+$/.test(p) ||
    p.split('/').some((s) => s === '.' || s === '..')
  ) {
    throw new UnsafeSiteInputError(
      `${what} must be an absolute path of letters, digits, '.', '_', '-' and '/', got ${JSON.stringify(p)}`,
    );
  }
}

export function assertSite(site: SiteConfig): void {
  if (!Number.isSafeInteger(site.id) || site.id < 1)
    throw new UnsafeSiteInputError(`refusing site id ${JSON.stringify(site.id)}`);
  if (!Number.isSafeInteger(site.account) || site.account < 1)
    throw new UnsafeSiteInputError(`refusing account id ${JSON.stringify(site.account)}`);
  const d = site.directory;
  if (
    typeof d !== 'string' ||
    !/^[a-z0-9][a-z0-9.-]{0,252}$/.test(d) ||
    d.includes('..') ||
    RESERVED_DIRECTORIES.has(d)
  ) {
    throw new UnsafeSiteInputError(
      `refusing site directory ${JSON.stringify(d)}: [a-z0-9.-] only, starting with a letter or digit, no "..", not "logs"`,
    );
  }
  if (!Array.isArray(site.serverNames)) throw new UnsafeSiteInputError('serverNames must be a list');
  for (const name of site.serverNames) {
    if (!isHostName(name))
      throw new UnsafeSiteInputError(
        `refusing server name ${JSON.stringify(name)}: a lowercase ASCII host name, no wildcards`,
      );
  }
  if (typeof site.title !== 'string') throw new UnsafeSiteInputError('site title must be a string');
}

export interface Listen {
  /** Address (or host name) to listen on; all addresses when absent. */
  host?: string;
  port: number;
}

export function assertListen(listen: Listen): void {
  if (!Number.isInteger(listen.port) || listen.port < 1 || listen.port > 65535)
    throw new UnsafeSiteInputError(`refusing listen port ${JSON.stringify(listen.port)}`);
  if (listen.host !== undefined && net.isIP(listen.host) === 0 && !isHostName(listen.host)) {
    throw new UnsafeSiteInputError(`refusing listen address ${JSON.stringify(listen.host)}`);
  }
}

/** The TLS address is a valid one, and not the plain HTTP one (a port cannot serve both). */
export function assertListens(listen: Listen, tlsListen: Listen): void {
  assertListen(tlsListen);
  if (tlsListen.port === listen.port && tlsListen.host === listen.host)
    throw new UnsafeSiteInputError(`refusing TLS port ${tlsListen.port}: plain HTTP listens there`);
}

/** The value of nginx's listen directive: "80", "127.0.0.1:8080", "[::1]:8080". */
export function listenValue(listen: Listen): string {
  if (listen.host === undefined) return String(listen.port);
  return net.isIPv6(listen.host) ? `[${listen.host}]:${listen.port}` : `${listen.host}:${listen.port}`;
}

export interface SitePaths {
  home: string;
  documentRoot: string;
  logsDir: string;
  accessLog: string;
  errorLog: string;
}

/** Where the site lives under `webRoot`; `site` must have passed assertSite. */
export function sitePaths(webRoot: string, site: SiteConfig): SitePaths {
  const home = path.join(webRoot, `a${site.account}`);
  const logsDir = path.join(home, 'logs');
  return {
    home,
    documentRoot: path.join(home, site.directory),
    logsDir,
    accessLog: path.join(logsDir, `${site.directory}.access.log`),
    errorLog: path.join(logsDir, `${site.directory}.error.log`),
  };
}

export function siteConfName(site: SiteConfig): string {
  return `site-${site.id}.conf`;
}
