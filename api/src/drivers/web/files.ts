import path from 'node:path';
import { oneAtATime } from '../dns/io';
import type { BlockLayout } from './server-block';
import { assertListen, assertListens, assertSite, siteConfName, sitePaths, type Listen } from './site';
import { plannedFiles, presentFiles, replaceFiles, type SiteFileDirs } from './site-files';
import { assertTls } from './tls';
import type { SiteConfig, SiteResult, WebDriver } from './types';
import type { Survey } from '../survey';
import { surveySites } from './survey';

/** Where the files driver pretends account homes live. */
export const NOTIONAL_WEB_ROOT = '/var/www';
/** Where its server blocks say certificates and keys are (they are in its folder's ssl/). */
export const NOTIONAL_SSL_DIR = '/etc/nginx/heliosphere/ssl';

/**
 * The embedded default: no web server needed. Writes the files the nginx driver would
 * (site-<id>.conf with paths under the notional web root /var/www, and ssl/site-<id>-<n>.crt and
 * .key) into its folder and reports the document root a real server would use; it makes no
 * folders for sites and runs no nginx.
 */
export class FilesWebDriver implements WebDriver {
  private readonly layout: BlockLayout;
  private readonly dirs: SiteFileDirs;

  constructor(
    readonly dir: string,
    listen: Listen = { port: 80 },
    tlsListen: Listen = { host: listen.host, port: 443 },
  ) {
    assertListen(listen);
    assertListens(listen, tlsListen);
    this.dirs = { configDir: dir, sslDir: path.join(dir, 'ssl') };
    this.layout = { webRoot: NOTIONAL_WEB_ROOT, sslDir: NOTIONAL_SSL_DIR, listen, tlsListen };
  }

  async putSite(site: SiteConfig): Promise<SiteResult> {
    assertSite(site);
    assertTls(site);
    const paths = sitePaths(NOTIONAL_WEB_ROOT, site);
    return oneAtATime(this.dir, async () => {
      await replaceFiles(await presentFiles(site, this.dirs), plannedFiles(site, this.layout, this.dirs), this.dirs);
      return { documentRoot: paths.documentRoot };
    });
  }

  async removeSite(site: SiteConfig): Promise<void> {
    assertSite(site);
    return oneAtATime(this.dir, async () => replaceFiles(await presentFiles(site, this.dirs), new Map(), this.dirs));
  }

  /** Keeps no files: nothing to carry. */
  async exportSite(site: SiteConfig): Promise<string | null> {
    assertSite(site);
    return null;
  }

  importSite(site: SiteConfig): Promise<SiteResult> {
    return this.putSite(site);
  }

  survey(sites: SiteConfig[]): Promise<Survey<number>> {
    return oneAtATime(this.dir, () => surveySites(this.dirs, this.layout, sites, false));
  }

  confFile(site: SiteConfig): string {
    return path.join(this.dir, siteConfName(site));
  }
}
