/** What the web task handlers ask of a web logical server (SRV-6). */
import type { Survey } from '../survey';

export interface SiteConfig {
  /** Panel ID of the web site; names its config file (site-<id>.conf). */
  id: number;
  /** Account ID; the site lives under the account's home (<webRoot>/a<account>/). */
  account: number;
  /**
   * Folder of the site inside the account home: the domain's ASCII name, or "web" for an account
   * with no domain. Checked by the driver: [a-z0-9.-] only, no "..".
   */
  directory: string;
  /** Host names the server block answers to (ASCII, lowercase). Empty: web space only, no server block. */
  serverNames: string[];
  /** Shown on the default index page (Unicode form of the domain, or the account's label). */
  title: string;
  /** The account is suspended: the server blocks (HTTP and TLS) answer 403 with a short page instead of serving the site. */
  suspended?: boolean;
  /**
   * Certificates to serve on the TLS listen address, each for some of serverNames (a name in one
   * binding at most): the site's own certificate for its own names, the shared wildcard
   * certificate of the service domain for its instant-access name. Names without a binding are
   * served on plain HTTP only. Absent or empty: no TLS.
   */
  tls?: TlsBinding[];
  /**
   * Plain HTTP answers 301 to https://<host>[:tlsPort]<path> for the names that have a binding
   * (the others keep being served on HTTP); ACME challenges are never redirected.
   */
  httpsRedirect?: boolean;
  /** TLS answers carry `Strict-Transport-Security: max-age=31536000` (never plain HTTP ones). */
  hsts?: boolean;
  /**
   * An http(s) origin (scheme, host, optional port; no path) that answers ACME HTTP-01 challenges:
   * every server block passes `/.well-known/acme-challenge/` there (the panel answers its tokens).
   */
  acmeChallengeProxy?: string;
}

/** A certificate served for some of a site's names. The texts go into files, never into the server block. */
export interface TlsBinding {
  /** The site's server names it is served for (each one of SiteConfig.serverNames). */
  names: string[];
  /** PEM: the certificate, then its intermediates. */
  certificate: string;
  /** PEM: its unencrypted private key, PKCS#8 (-----BEGIN PRIVATE KEY-----). */
  key: string;
}

export interface SiteResult {
  /** Absolute document root on the web server. */
  documentRoot: string;
}

export interface WebDriver {
  /**
   * Creates the account home, document root (with a default index.html when it has none) and log
   * folder; writes the server block and the certificate and key files of its TLS bindings; validates
   * the whole configuration (nginx -t) and reloads. On a failed check the previous files (or none)
   * are restored, certificates and keys included, and the error carries nginx's message. Idempotent.
   */
  putSite(site: SiteConfig): Promise<SiteResult>;
  /**
   * Removes the server block and the site's certificate files (validated and reloaded as above),
   * then its document root and logs. Idempotent.
   */
  removeSite(site: SiteConfig): Promise<void>;
  /**
   * Compares the server with `sites` (every site it should hold): a site whose server block or
   * document root is absent is missing, one whose block or certificate files are not what putSite
   * writes is different (keys: site IDs); configuration and certificate files in its folder that
   * belong to no site are unknown. Changes nothing.
   */
  survey(sites: SiteConfig[]): Promise<Survey<number>>;
  /**
   * The site's document root as a gzipped tar (base64; members under the site's directory), to move
   * it to another server; null when it has none here (or the driver keeps no files). Refuses a root
   * larger than MAX_SITE_ARCHIVE_BYTES compressed.
   */
  exportSite(site: SiteConfig): Promise<string | null>;
  /** Unpacks an exportSite archive into the site's home (never outside its directory), then putSite. */
  importSite(site: SiteConfig, archive: string | null): Promise<SiteResult>;
}

/** Largest compressed document root a move carries through the panel (it travels as one message). */
export const MAX_SITE_ARCHIVE_BYTES = 32 * 1024 * 1024;
