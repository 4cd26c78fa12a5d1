/**
 * Copying a database between two MariaDB (or MySQL) servers the way hosting panels do: the
 * client's own dump piped into its own loader, both run on the panel's machine and reaching the
 * servers over the network as the panel does. Credentials go in option files readable only by
 * this process's user (never on a command line, where `ps` would show them), removed afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPanelName } from './names';

export interface ClientSettings {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** What the panel's machine needs for moving databases. */
export const DUMP_TOOLS = 'mariadb-dump and mariadb (Debian: mariadb-client; mysqldump and mysql also do)';

function onPath(names: string[]): string | null {
  for (const name of names)
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  return null;
}

/** The dump and load programs on PATH; null when either is missing. */
export function dumpTools(): { dump: string; load: string } | null {
  const dump = onPath(['mariadb-dump', 'mysqldump']);
  const load = onPath(['mariadb', 'mysql']);
  return dump && load ? { dump, load } : null;
}

/** An option file's [client] group; values quoted (a password may hold anything but a line break). */
function optionFile(s: ClientSettings): string {
  const quote = (v: string) => {
    if (/[\r\n\0]/.test(v))
      throw new Error('a MySQL server setting holds a line break, which option files cannot carry');
    return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `[client]\nhost=${quote(s.host)}\nport=${s.port}\nuser=${quote(s.user)}\npassword=${quote(s.password)}\n`;
}

const MAX_STDERR = 4000;

function finished(child: ChildProcess, what: string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${sig ? `signal ${sig}` : `exit status ${code}`}): ${stderr().trim()}`));
    });
  });
}

/**
 * Streams database `name` from one server into the same name on another (which must exist, empty):
 * tables with their data (one consistent snapshot of InnoDB tables), views, triggers, routines and
 * events. Rejects with the programs' own messages; `signal` stops both.
 */
export async function pipeDatabase(
  from: ClientSettings,
  to: ClientSettings,
  name: string,
  signal?: AbortSignal,
): Promise<void> {
  assertPanelName('database', name);
  const tools = dumpTools();
  if (!tools) throw new Error(`copying a database needs ${DUMP_TOOLS} on the panel’s machine`);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'helio-dbcopy-'));
  try {
    const [src, dst] = [path.join(dir, 'from.cnf'), path.join(dir, 'to.cnf')];
    await fs.promises.writeFile(src, optionFile(from), { mode: 0o600 });
    await fs.promises.writeFile(dst, optionFile(to), { mode: 0o600 });
    const opts = { stdio: ['pipe', 'pipe', 'pipe'] as ['pipe', 'pipe', 'pipe'], signal };
    const dump = spawn(
      tools.dump,
      [
        `--defaults-extra-file=${src}`,
        '--single-transaction',
        '--quick',
        '--routines',
        '--triggers',
        '--events',
        '--hex-blob',
        '--default-character-set=utf8mb4',
        name,
      ],
      opts,
    );
    const load = spawn(
      tools.load,
      [`--defaults-extra-file=${dst}`, '--default-character-set=utf8mb4', '--binary-mode', name],
      opts,
    );
    const errs = { dump: '', load: '' };
    dump.stderr.on('data', (d: Buffer) => (errs.dump = (errs.dump + d.toString()).slice(0, MAX_STDERR)));
    load.stderr.on('data', (d: Buffer) => (errs.load = (errs.load + d.toString()).slice(0, MAX_STDERR)));
    dump.stdin.end();
    load.stdout.resume();
    dump.stdout.pipe(load.stdin);
    // The loader stopping early (an error) must not leave the dump blocked on a full pipe, and vice versa.
    load.stdin.on('error', () => dump.kill());
    const results = await Promise.allSettled([
      finished(dump, `${path.basename(tools.dump)} of ${name}`, () => errs.dump).catch((err) => {
        load.kill();
        throw err;
      }),
      finished(load, `loading ${name}`, () => errs.load),
    ]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
