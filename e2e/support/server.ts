import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { apiMain, repoRoot, webDist } from './prerequisites';

/** A panel server of our own: built API plus built web panel, on a fresh SQLite database. */
export interface PanelServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** What the server wrote to stdout and stderr, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(new URL('healthz', url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer /healthz within ${READY_TIMEOUT_MS} ms`);
}

async function attempt(dataDir: string, extraEnv: Record<string, string>): Promise<PanelServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // A brisk task worker: specs watch provisioning go from QUEUED to ACTIVE within seconds.
    TASK_POLL_MS: '100',
    TASK_BACKOFF_MS: '500',
    // `{port}` in a setting stands for the port taken (PUBLIC_URL=http://localhost:{port}).
    ...Object.fromEntries(Object.entries(extraEnv).map(([k, v]) => [k, v.replaceAll('{port}', String(port))])),
  };
  // Never inherit a database or a queue from the shell: every spec file gets its own fresh SQLite
  // file and the in-process worker.
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [apiMain], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = exited(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await done;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilHealthy(url, child);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${log}`);
  }
  return { url, output: () => log, stop };
}

/**
 * Starts `node api/dist/main.js` on a free loopback port with a fresh data directory; `extraEnv` adds or
 * overrides settings (`{port}` in a value is replaced by the port).
 */
export async function startPanelServer(extraEnv: Record<string, string> = {}): Promise<PanelServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-e2e-'));
  let lastError: unknown;
  // The port is free when probed but could be taken before the server binds it: try a few.
  for (let i = 0; i < 3; i++) {
    try {
      const server = await attempt(dataDir, extraEnv);
      return {
        ...server,
        stop: async () => {
          await server.stop();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    } catch (err) {
      lastError = err;
      if (!/EADDRINUSE/.test(String(err))) break;
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  throw lastError;
}
