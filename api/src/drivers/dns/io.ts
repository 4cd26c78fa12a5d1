/**
 * Small file-system and ordering helpers shared by the DNS and web drivers: writes that readers
 * (named, nginx) never see half done, and one change at a time per configuration folder.
 */
import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Writes next to the target, then renames over it: a reader sees the old file or the new one, never a part. */
export async function writeFileAtomic(file: string, text: string, mode = 0o644): Promise<void> {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(tmp, text, { mode });
    await fs.chmod(tmp, mode); // the umask may have narrowed it; servers read these as another user
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** readTextIfExists, synchronous: for inChunks. */
export function readTextIfExistsSync(file: string): string | null {
  try {
    return fsSync.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** writeFileAtomic, synchronous: for inChunks. */
export function writeFileAtomicSync(file: string, text: string, mode = 0o644): void {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    fsSync.writeFileSync(tmp, text, { mode });
    fsSync.chmodSync(tmp, mode);
    fsSync.renameSync(tmp, file);
  } catch (err) {
    fsSync.rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Runs a synchronous file operation over `items`, `chunk` at a time, yielding to the event loop
 * between chunks. For thousands of small zone files this is several times faster than the
 * promise API (each call a round trip through libuv's small thread pool), and a chunk stays
 * short enough (a few tens of ms) that requests keep being served meanwhile.
 */
export async function inChunks<T, R>(items: readonly T[], fn: (item: T) => R, chunk = 200): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += chunk) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const item of items.slice(i, i + chunk)) results.push(fn(item));
  }
  return results;
}

/** Creates a folder (and parents) and sets its mode even under a narrow umask. */
export async function makeDir(dir: string, mode = 0o755): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode });
  await fs.chmod(dir, mode);
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` after every earlier call with the same key has settled (key: a configuration folder).
 * Two tasks changing one server's files then never interleave. Single process only.
 */
export function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(fn);
  queues.set(key, run);
  void run
    .finally(() => {
      if (queues.get(key) === run) queues.delete(key);
    })
    .catch(() => {});
  return run;
}
