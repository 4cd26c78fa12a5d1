import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** What a request's services may read from and write to HTTP: who is calling, and cookies to set. */
export interface HttpExchange {
  /**
   * Host name the request was addressed to, lower case, without port: it picks the reseller's panel
   * and nothing else. The caller writes it, so links are built from configuration (http/panel-url.ts).
   */
  hostname: string;
  /** Client address: the socket's, or with TRUST_PROXY the one our proxy appended to X-Forwarded-For. */
  ip: string;
  userAgent: string | undefined;
  /**
   * Whether the request came over HTTPS: to the panel's own TLS listener, or with TRUST_PROXY to a
   * proxy that says so (X-Forwarded-Proto). Cookies set on it are `Secure`.
   */
  secure: boolean;
  /**
   * Raw Cookie header; always undefined on a request that carries a bearer credential, so a
   * script's request is never mixed with a browser session.
   */
  cookieHeader: string | undefined;
  /**
   * The credential of `Authorization: Bearer <credential>` (RFC 6750), when the request carries one:
   * an API token. Any other Authorization scheme (a proxy's Basic) leaves it undefined.
   */
  bearer: string | undefined;
  /** Set-Cookie values to send with the answer. */
  readonly setCookies: string[];
}

export interface CookieOptions {
  /** `Secure` even on a plain-HTTP request (COOKIE_SECURE: HTTPS ends before us); over HTTPS it always is. */
  secure: boolean;
  /** Lifetime; 0 deletes the cookie. */
  maxAgeMs: number;
}

/**
 * Session cookies are always HttpOnly, SameSite=Strict and site-wide; `Secure` when set over HTTPS,
 * so a session begun there is never sent in clear text (plain HTTP on a developer machine keeps working).
 */
export function setCookie(http: HttpExchange, name: string, value: string, opts: CookieOptions): void {
  const parts = [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.floor(opts.maxAgeMs / 1000)}`,
  ];
  if (opts.maxAgeMs <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (opts.secure || http.secure) parts.push('Secure');
  http.setCookies.push(parts.join('; '));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // bad percent-encoding: no usable token, so signed out (not a 500)
      }
    }
  }
  return undefined;
}

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

export function exchangeFor(req: IncomingMessage, trustProxy: boolean): HttpExchange {
  let host = first(req.headers.host) ?? '';
  let ip = req.socket.remoteAddress ?? 'unknown';
  let secure = (req.socket as Partial<TLSSocket>).encrypted === true;
  if (trustProxy) {
    // Only ever upgrades: a forged value cannot take `Secure` off a cookie set over TLS.
    const fwdProto = first(req.headers['x-forwarded-proto']);
    if (fwdProto?.split(',').pop()!.trim().toLowerCase() === 'https') secure = true;
    const fwdHost = first(req.headers['x-forwarded-host']);
    if (fwdHost) host = fwdHost.split(',')[0]!.trim();
    const fwdFor = first(req.headers['x-forwarded-for']);
    // One trusted hop: the right-most address is the one our own proxy saw.
    if (fwdFor) ip = fwdFor.split(',').pop()!.trim() || ip;
  }
  const bearer = bearerOf(first(req.headers.authorization));
  return {
    hostname: stripPort(host.trim().toLowerCase()),
    ip,
    userAgent: first(req.headers['user-agent']),
    secure,
    cookieHeader: bearer === undefined ? first(req.headers.cookie) : undefined,
    bearer,
    setCookies: [],
  };
}

/** The credential of a `Bearer` Authorization header (scheme case-insensitive), else undefined. */
export function bearerOf(header: string | undefined): string | undefined {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1] : undefined;
}
