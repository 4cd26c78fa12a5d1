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
  /** The account is suspended: the server block answers 403 with a short page instead of serving the site. */
  suspended?: boolean;
}

export interface SiteResult {
  /** Absolute document root on the web server. */
  documentRoot: string;
}

export interface WebDriver {
  /**
   * Creates the account home, document root (with a default index.html when it has none) and log
   * folder; writes the server block; validates the whole configuration (nginx -t) and reloads. On a
   * failed check the previous file (or none) is restored and the error carries nginx's message.
   * Idempotent.
   */
  putSite(site: SiteConfig): Promise<SiteResult>;
  /** Removes the server block (validated and reloaded as above), then the site's document root and logs. Idempotent. */
  removeSite(site: SiteConfig): Promise<void>;
  /**
   * Compares the server with `sites` (every site it should hold): a site whose server block or
   * document root is absent is missing, one whose block is not what putSite writes is different
   * (keys: site IDs); configuration files in its folder that belong to no site are unknown. Changes nothing.
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
