import fs from 'node:fs/promises';
import path from 'node:path';
import type { Survey } from '../survey';
import { readTextIfExists } from '../dns/io';
import { renderServerBlock } from './server-block';
import { assertSite, siteConfName, sitePaths, type Listen } from './site';
import type { SiteConfig } from './types';

async function listConf(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((f) => f.endsWith('.conf'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/**
 * The web drivers' survey: server blocks in `configDir` against what putSite writes for `sites`
 * (paths under `webRoot`); with `checkRoots`, a missing document root makes a site missing too.
 */
export async function surveySites(
  configDir: string,
  webRoot: string,
  listen: Listen,
  sites: SiteConfig[],
  checkRoots: boolean,
): Promise<Survey<number>> {
  const survey: Survey<number> = { missing: [], different: [], unknown: [] };
  const expected = new Set<string>();
  for (const site of sites) {
    assertSite(site);
    const name = siteConfName(site);
    expected.add(name);
    const paths = sitePaths(webRoot, site);
    const text = await readTextIfExists(path.join(configDir, name));
    if (site.serverNames.length === 0) {
      if (text !== null) survey.different.push(site.id);
    } else if (text === null) {
      survey.missing.push(site.id);
      continue;
    } else if (text !== renderServerBlock(site, paths, listen)) {
      survey.different.push(site.id);
      continue;
    }
    if (
      checkRoots &&
      !(await fs.stat(paths.documentRoot).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      survey.missing.push(site.id);
  }
  survey.unknown = (await listConf(configDir)).filter((f) => !expected.has(f)).sort();
  return survey;
}
