/**
 * A MariaDB server of the test's own (a second one beside the shared test MariaDB), for what needs
 * two servers: moving databases between them. Its data folder is made with mariadb-install-db in a
 * temporary folder; it listens on a free loopback port; root@127.0.0.1 has no password.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort, ServerProcess, toolPath } from './named';
import { runCommand } from '../drivers/dns/run';
import { requireTool, withTimeout, type ToolStatus } from './tools';

export interface MariadbInstance {
  host: '127.0.0.1';
  port: number;
  user: 'root';
  password: '';
  /** A connection as root; the caller ends it. */
  root(): Promise<mysql.Connection>;
  stop(): Promise<void>;
}

const TOOLS = 'MariaDB server programs (mariadbd, mariadb-install-db)';

/** Skips (or, with CI=true, fails) the tests that start a MariaDB of their own when its programs are missing. */
export function mariadbServerStatus(): Promise<ToolStatus> {
  return requireTool(TOOLS, () =>
    withTimeout(
      (async () => {
        await runCommand(toolPath('mariadbd'), ['--version'], 5000);
        fs.accessSync(toolPath('mariadb-install-db'), fs.constants.X_OK); // its --help exits 1
      })(),
      10_000,
      TOOLS,
    ),
  );
}

export async function startMariadb(): Promise<MariadbInstance> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-mariadb-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  try {
    await runCommand(
      toolPath('mariadb-install-db'),
      ['--no-defaults', ...asRoot, `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
      60_000,
    );
    const port = await freePort();
    const proc = ServerProcess.start(
      'mariadbd',
      toolPath('mariadbd'),
      [
        '--no-defaults',
        ...asRoot,
        `--datadir=${data}`,
        `--socket=${path.join(dir, 'mysqld.sock')}`,
        `--pid-file=${path.join(dir, 'mysqld.pid')}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=16M',
      ],
      dir,
    );
    const root = () =>
      mysql.createConnection({ host: '127.0.0.1', port, user: 'root', password: '', connectTimeout: 3000 });
    try {
      await proc.waitUntil(
        async () => {
          const c = await root();
          await c.end();
          return true;
        },
        30_000,
        /Can't start server|Do you already have another server running/i,
      );
    } catch (err) {
      await proc.stop();
      throw err;
    }
    return {
      host: '127.0.0.1',
      port,
      user: 'root',
      password: '',
      root,
      stop: async () => {
        await proc.stop(10_000);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
