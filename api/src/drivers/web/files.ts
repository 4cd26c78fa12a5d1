import fs from 'node:fs/promises';
import path from 'node:path';
import { makeDir, oneAtATime, writeFileAtomic } from '../dns/io';
import { renderServerBlock } from './server-block';
import { assertListen, assertSite, siteConfName, sitePaths, type Listen } from './site';
import type { SiteConfig, SiteResult, WebDriver } from './types';
import type { Survey } from '../survey';
import { surveySites } from './survey';

/** Where the files driver pretends account homes live. */
export const NOTIONAL_WEB_ROOT = '/var/www';

/**
 * The embedded default: no web server needed. Writes the server block the nginx driver would
 * (site-<id>.conf, paths under the notional web root /var/www) into its folder and reports the
 * document root a real server would use; it makes no folders and runs no nginx.
 */
export class FilesWebDriver implements WebDriver {
  constructor(
    readonly dir: string,
    private readonly listen: Listen = { port: 80 },
  ) {
    assertListen(listen);
  }

  async putSite(site: SiteConfig): Promise<SiteResult> {
    assertSite(site);
    const paths = sitePaths(NOTIONAL_WEB_ROOT, site);
    return oneAtATime(this.dir, async () => {
      const file = this.confFile(site);
      if (site.serverNames.length > 0) {
        await makeDir(this.dir);
        await writeFileAtomic(file, renderServerBlock(site, paths, this.listen));
      } else {
        await fs.rm(file, { force: true });
      }
      return { documentRoot: paths.documentRoot };
    });
  }

  async removeSite(site: SiteConfig): Promise<void> {
    assertSite(site);
    return oneAtATime(this.dir, () => fs.rm(this.confFile(site), { force: true }));
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
    return oneAtATime(this.dir, () => surveySites(this.dir, NOTIONAL_WEB_ROOT, this.listen, sites, false));
  }

  confFile(site: SiteConfig): string {
    return path.join(this.dir, siteConfName(site));
  }
}
