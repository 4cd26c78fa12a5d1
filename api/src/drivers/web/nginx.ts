import fs from 'node:fs/promises';
import path from 'node:path';
import { makeDir, oneAtATime } from '../dns/io';
import { runCommand } from '../dns/run';
import { defaultIndexHtml, type BlockLayout } from './server-block';
import {
  assertListen,
  assertListens,
  assertPlainAbsolutePath,
  assertSite,
  sitePaths,
  UnsafeSiteInputError,
  type Listen,
  type SitePaths,
} from './site';
import { plannedFiles, presentFiles, replaceFiles, type SiteFileDirs, type SiteFiles } from './site-files';
import { assertTls } from './tls';
import type { SiteConfig, SiteResult, WebDriver } from './types';
import type { Survey } from '../survey';
import { surveySites } from './survey';
import { packDirectory, unpackDirectory } from './archive';

export interface NginxDriverOptions {
  /**
   * Folder nginx.conf includes (`include <configDir>/*.conf;`); the driver writes site-<id>.conf
   * here, and certificates and keys in its ssl/ folder (not included: they are no config).
   */
  configDir: string;
  /** Base folder of the account homes (<webRoot>/a<account>/). */
  webRoot: string;
  /** Command prefix that reaches the running nginx, e.g. "nginx" or "nginx -p /srv/nginx -c nginx.conf" (default "nginx"). */
  controlCommand?: string;
  /** What the plain HTTP server blocks listen on. */
  listen: Listen;
  /** What the TLS server blocks listen on; default: listen's host, port 443. */
  tlsListen?: Listen;
}

const NGINX_TIMEOUT_MS = 60_000;

/** The config nginx -t refused for a site; the message quotes nginx. */
export class NginxConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NginxConfigError';
  }
}

/**
 * An nginx on this host: web space under webRoot, one server block per site in configDir, every
 * change validated with `nginx -t` before `nginx -s reload`. Changes to one configDir run one at a
 * time. Files and folders are world-readable: with a root master and no `user` directive the
 * workers run as nobody.
 */
export class NginxDriver implements WebDriver {
  private readonly controlCommand: string;
  private readonly layout: BlockLayout;
  private readonly dirs: SiteFileDirs;

  constructor(private readonly options: NginxDriverOptions) {
    assertPlainAbsolutePath('nginx config folder', options.configDir);
    assertPlainAbsolutePath('web root', options.webRoot);
    const tlsListen = options.tlsListen ?? { host: options.listen.host, port: 443 };
    assertListen(options.listen);
    assertListens(options.listen, tlsListen);
    this.controlCommand = options.controlCommand ?? 'nginx';
    const sslDir = path.join(options.configDir, 'ssl');
    this.dirs = { configDir: options.configDir, sslDir };
    this.layout = { webRoot: options.webRoot, sslDir, listen: options.listen, tlsListen };
  }

  async putSite(site: SiteConfig): Promise<SiteResult> {
    assertSite(site);
    assertTls(site);
    const paths = sitePaths(this.options.webRoot, site);
    return oneAtATime(this.options.configDir, async () => {
      await this.makeWebSpace(site, paths);
      const previous = await presentFiles(site, this.dirs);
      const next = plannedFiles(site, this.layout, this.dirs);
      // Tested and reloaded even when unchanged: a retry after a failed reload must still get it loaded.
      if (next.size > 0 || previous.size > 0) await this.change(site, previous, next);
      return { documentRoot: paths.documentRoot };
    });
  }

  async removeSite(site: SiteConfig): Promise<void> {
    assertSite(site);
    const paths = sitePaths(this.options.webRoot, site);
    return oneAtATime(this.options.configDir, async () => {
      const previous = await presentFiles(site, this.dirs);
      if (previous.size > 0) await this.change(site, previous, new Map());
      // Only after nginx stopped serving it: the document root and the site's two logs, never the home.
      const home = await this.home(paths);
      if (home === 'absent') return;
      if (home === 'foreign')
        throw new UnsafeSiteInputError(
          `${paths.home} resolves outside the web root; refusing to remove anything there`,
        );
      await fs.rm(paths.documentRoot, { recursive: true, force: true }); // rm does not follow symlinks: a linked root loses the link only
      await fs.rm(paths.accessLog, { force: true });
      await fs.rm(paths.errorLog, { force: true });
    });
  }

  async exportSite(site: SiteConfig): Promise<string | null> {
    assertSite(site);
    const paths = sitePaths(this.options.webRoot, site);
    return oneAtATime(this.options.configDir, async () => {
      if ((await this.home(paths)) !== 'ours') return null;
      const root = await fs.lstat(paths.documentRoot).catch(() => null);
      if (!root?.isDirectory()) return null;
      return packDirectory(paths.home, site.directory);
    });
  }

  async importSite(site: SiteConfig, archive: string | null): Promise<SiteResult> {
    assertSite(site);
    const paths = sitePaths(this.options.webRoot, site);
    if (archive !== null)
      await oneAtATime(this.options.configDir, async () => {
        await makeDir(this.options.webRoot);
        await makePlainDir(paths.home);
        if ((await this.home(paths)) !== 'ours')
          throw new UnsafeSiteInputError(`${paths.home} resolves outside the web root; refusing to write there`);
        await unpackDirectory(paths.home, site.directory, archive);
      });
    return this.putSite(site);
  }

  survey(sites: SiteConfig[]): Promise<Survey<number>> {
    return oneAtATime(this.options.configDir, () => surveySites(this.dirs, this.layout, sites, true));
  }

  /**
   * Replaces the site's files (`previous`: as they are) with `next`, then `nginx -t` (which loads
   * the certificates too); on failure puts `previous` back, certificates and keys included, and
   * throws with nginx's message. Then `nginx -s reload`.
   */
  private async change(site: SiteConfig, previous: SiteFiles, next: SiteFiles): Promise<void> {
    const restore = () => replaceFiles(next, previous, this.dirs);
    try {
      await replaceFiles(previous, next, this.dirs);
    } catch (err) {
      await restore().catch(() => {}); // a full disk, say: leave what was there, as far as it goes
      throw err;
    }
    try {
      await runCommand(this.controlCommand, ['-t', '-q'], NGINX_TIMEOUT_MS);
    } catch (err) {
      await restore();
      throw new NginxConfigError(`nginx refused the configuration with site ${site.id}: ${(err as Error).message}`);
    }
    await runCommand(this.controlCommand, ['-s', 'reload'], NGINX_TIMEOUT_MS);
  }

  /** Home, document root (with a first index.html when empty) and logs folder, all 0755, never through a link. */
  private async makeWebSpace(site: SiteConfig, paths: SitePaths): Promise<void> {
    await makeDir(this.options.webRoot);
    await makePlainDir(paths.home);
    if ((await this.home(paths)) !== 'ours')
      throw new UnsafeSiteInputError(`${paths.home} resolves outside the web root; refusing to write there`);
    await makePlainDir(paths.documentRoot);
    await makePlainDir(paths.logsDir);
    if ((await fs.readdir(paths.documentRoot)).length === 0) {
      // wx: never through a link someone placed meanwhile, never over a page the owner uploaded.
      const index = path.join(paths.documentRoot, 'index.html');
      const written = await fs.writeFile(index, defaultIndexHtml(site.title), { flag: 'wx', mode: 0o644 }).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') return false;
          throw err;
        },
      );
      if (written) await fs.chmod(index, 0o644);
    }
  }

  /** Whether the account home, links resolved, is the folder of that name right under the (resolved) web root. */
  private async home(paths: SitePaths): Promise<'ours' | 'absent' | 'foreign'> {
    const home = await fs.realpath(paths.home).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (home === null) return 'absent';
    const root = await fs.realpath(this.options.webRoot);
    return home === path.join(root, path.basename(paths.home)) ? 'ours' : 'foreign';
  }
}

/** A real folder (0755) at `dir`: created when missing; refused when something else (a link, a file) is there. */
async function makePlainDir(dir: string): Promise<void> {
  const st = await fs.lstat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (st === null)
    await fs.mkdir(dir, { mode: 0o755 }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  else if (!st.isDirectory())
    throw new UnsafeSiteInputError(`${dir} is not a plain folder (a link?); refusing to write through it`);
  await fs.chmod(dir, 0o755);
}
