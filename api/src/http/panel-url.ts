import type { Config } from '../config';

/** A company as far as its panel's address goes: its own panel host, if it has one. */
export interface PanelHost {
  cpHost: string | null;
}

/**
 * An absolute address on a company's panel, for links that leave it: a gateway's return, cancel
 * and notification addresses, links in mail. Built from configuration only: the company's panel
 * host (with PUBLIC_URL's port), else PUBLIC_URL; https when COOKIE_SECURE, else PUBLIC_URL's
 * scheme. Never from the request's Host or X-Forwarded-Host: the caller writes those, and a forged
 * one would send the customer to any site. (The Host only picks which company's panel answers.)
 */
export function panelUrl(from: Config | { config: Config }, company: PanelHost, path: string): string {
  const config = 'config' in from ? from.config : from;
  const base = new URL(config.publicUrl);
  const scheme = config.cookieSecure ? 'https:' : base.protocol;
  const host = company.cpHost ? `${company.cpHost}${base.port ? `:${base.port}` : ''}` : base.host;
  return `${scheme}//${host}${path.startsWith('/') ? path : `/${path}`}`;
}
