/**
 * A site's document root packed for a move between servers: tar and gzip on the server, checked on
 * the way in so an archive (which came from another machine) can only fill the site's own folder.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { clip } from '../dns/run';
import { UnsafeSiteInputError } from './site';
import { MAX_SITE_ARCHIVE_BYTES } from './types';

const TAR_TIMEOUT_MS = 10 * 60_000;

/** `tar -czf - -C <home> <directory>` as base64; throws past MAX_SITE_ARCHIVE_BYTES. */
export function packDirectory(home: string, directory: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'tar',
      ['-czf', '-', '-C', home, '--', directory],
      { encoding: 'buffer', maxBuffer: MAX_SITE_ARCHIVE_BYTES, timeout: TAR_TIMEOUT_MS },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout.toString('base64'));
        if ((err as { code?: string }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return reject(
            new Error(`the site's files are over ${MAX_SITE_ARCHIVE_BYTES >> 20} MB compressed; copy them by hand`),
          );
        reject(new Error(`tar failed: ${clip(stderr.toString('utf8')) || err.message}`));
      },
    );
  });
}

function tar(args: string[], input: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: TAR_TIMEOUT_MS });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    // 'close', not 'exit': the listing must be read to its end before it is checked.
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`tar failed: ${clip(err)}`))));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/**
 * Unpacks `archive` into `home`: every member must be `directory` or under it (no absolute names, no
 * `..`), links included; owners are not restored. Files already there with the same names are replaced.
 */
export async function unpackDirectory(home: string, directory: string, archive: string): Promise<void> {
  const data = Buffer.from(archive, 'base64');
  const members = (await tar(['-tzf', '-'], data)).split('\n').filter(Boolean);
  if (members.length === 0)
    throw new UnsafeSiteInputError("refusing an archive that lists nothing (not the site's folder)");
  for (const m of members) {
    const name = m.replace(/\/$/, '');
    if (
      path.isAbsolute(name) ||
      name.split('/').includes('..') ||
      (name !== directory && !name.startsWith(`${directory}/`))
    )
      throw new UnsafeSiteInputError(`refusing an archive member outside the site's folder: ${JSON.stringify(m)}`);
  }
  await tar(['-xzf', '-', '-C', home, '--no-same-owner', '--no-overwrite-dir', '--', directory], data);
}
