import fs from 'node:fs/promises';
import path from 'node:path';
import type { Survey } from '../survey';
import type { BlockLayout } from './server-block';
import { assertSite, siteConfName, sitePaths } from './site';
import { certFilesBySite, listCertFiles, plannedFiles, presentFiles, type SiteFileDirs } from './site-files';
import { assertTls, certFileSite } from './tls';
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
 * The web drivers' survey: each site's server block and certificate files against what putSite
 * writes for `sites` (the blocks laid out as `layout` says); with `checkRoots`, a missing document
 * root makes a site missing too. Unknown: server blocks, and certificate files (as ssl/<name>),
 * that belong to no site.
 */
export async function surveySites(
  dirs: SiteFileDirs,
  layout: BlockLayout,
  sites: SiteConfig[],
  checkRoots: boolean,
): Promise<Survey<number>> {
  const survey: Survey<number> = { missing: [], different: [], unknown: [] };
  const expected = new Set<string>();
  const certNames = await listCertFiles(dirs.sslDir);
  const certsOf = certFilesBySite(certNames);
  for (const site of sites) {
    assertSite(site);
    assertTls(site);
    expected.add(siteConfName(site));
    const planned = plannedFiles(site, layout, dirs);
    const present = await presentFiles(site, dirs, certsOf.get(site.id) ?? []);
    if (planned.size > 0 && !present.has(path.join(dirs.configDir, siteConfName(site)))) {
      survey.missing.push(site.id);
      continue;
    }
    const same = present.size === planned.size && [...planned].every(([file, text]) => present.get(file) === text);
    if (!same) {
      survey.different.push(site.id);
      if (planned.size > 0) continue;
    }
    if (
      checkRoots &&
      !(await fs.stat(sitePaths(layout.webRoot, site).documentRoot).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      survey.missing.push(site.id);
  }
  const ids = new Set(sites.map((s) => s.id));
  const strayCerts = certNames.filter((f) => !ids.has(certFileSite(f) ?? 0)).map((f) => `ssl/${f}`);
  survey.unknown = [...(await listConf(dirs.configDir)).filter((f) => !expected.has(f)), ...strayCerts].sort();
  return survey;
}
