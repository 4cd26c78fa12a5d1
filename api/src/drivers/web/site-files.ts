/**
 * The files a site has on a web server besides its web space: its server block and the
 * certificate and key files of its TLS bindings. They are written, checked and restored together,
 * so a broken certificate never replaces a working one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { makeDir, readTextIfExists, writeFileAtomic } from '../dns/io';
import { renderServerBlock, type BlockLayout } from './server-block';
import { siteConfName } from './site';
import { certFileNames, certFileSite, pemFileText } from './tls';
import type { SiteConfig } from './types';

/** Where a driver keeps these files (the real folders; the server block names them through its BlockLayout). */
export interface SiteFileDirs {
  /** The server blocks (site-<id>.conf). */
  configDir: string;
  /** The certificates and keys (site-<id>-<n>.crt, .key). */
  sslDir: string;
}

/** A site's files, path → text. */
export type SiteFiles = Map<string, string>;

/** What putSite writes for the site: nothing for a site without server names. */
export function plannedFiles(site: SiteConfig, layout: BlockLayout, dirs: SiteFileDirs): SiteFiles {
  const files: SiteFiles = new Map();
  if (site.serverNames.length === 0) return files;
  (site.tls ?? []).forEach((binding, i) => {
    const names = certFileNames(site, i + 1);
    files.set(path.join(dirs.sslDir, names.crt), pemFileText(binding.certificate));
    files.set(path.join(dirs.sslDir, names.key), pemFileText(binding.key));
  });
  files.set(path.join(dirs.configDir, siteConfName(site)), renderServerBlock(site, layout));
  return files;
}

/** The certificate folder's file names (none when it does not exist). */
export async function listCertFiles(sslDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(sslDir)).filter((f) => f.endsWith('.crt') || f.endsWith('.key'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The certificate folder's files by the site they belong to. */
export function certFilesBySite(names: string[]): Map<number, string[]> {
  const bySite = new Map<number, string[]>();
  for (const name of names) {
    const id = certFileSite(name);
    if (id === null) continue;
    const list = bySite.get(id);
    if (list) list.push(name);
    else bySite.set(id, [name]);
  }
  return bySite;
}

/** The site's files there now; `certNames`: its certificate files, when the caller has listed the folder already. */
export async function presentFiles(site: SiteConfig, dirs: SiteFileDirs, certNames?: string[]): Promise<SiteFiles> {
  const files: SiteFiles = new Map();
  const names = certNames ?? certFilesBySite(await listCertFiles(dirs.sslDir)).get(site.id) ?? [];
  for (const file of [...names.map((f) => path.join(dirs.sslDir, f)), path.join(dirs.configDir, siteConfName(site))]) {
    const text = await readTextIfExists(file);
    if (text !== null) files.set(file, text);
  }
  return files;
}

const modeOf = (file: string) => (file.endsWith('.key') ? 0o600 : 0o644);

/**
 * Turns the site's files from `from` into `to`: certificates first and the server block last, so
 * a block never names a file not written yet; then what only `from` had goes, the block first.
 * Each file is replaced atomically (keys 0600 from the start).
 */
export async function replaceFiles(from: SiteFiles, to: SiteFiles, dirs: SiteFileDirs): Promise<void> {
  const certsFirst = (a: string, b: string) => Number(a.endsWith('.conf')) - Number(b.endsWith('.conf'));
  const writes = [...to.keys()].sort(certsFirst);
  if (writes.length > 0) await makeDir(dirs.configDir);
  if (writes.some((f) => !f.endsWith('.conf'))) await makeDir(dirs.sslDir);
  for (const file of writes) await writeFileAtomic(file, to.get(file)!, modeOf(file));
  for (const file of [...from.keys()].filter((f) => !to.has(f)).sort((a, b) => certsFirst(b, a)))
    await fs.rm(file, { force: true });
}
