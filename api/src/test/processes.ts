import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

// The built process entry (api-process.testing.js): test helpers live in the development build only.
const ENTRY = path.resolve(__dirname, '..', '..', 'dist-dev', 'test', 'api-process.testing.js');

/** An API process of our own (server and worker), started from the development build. */
export interface ApiProcess {
  port: number;
  pid: number;
  /** What it wrote to stdout and stderr, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `api-process.testing.js` with `env` (the database's and Redis's settings) on a free
 * loopback port; resolves once it serves. Settings of the test's own shell (a database, a queue)
 * are never inherited.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const full: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'SQLITE_PATH', 'REDIS_URL', 'WORKER', 'TEST_DB']) delete full[k];
  Object.assign(full, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    BILLING_RUN_MINUTES: '0',
    MAIL_SEND_SECONDS: '0',
    TASK_POLL_MS: '100',
    ...env,
  });
  full.WEB_DIST = `${full.DATA_DIR}/no-web`; // API only
  const child = spawn(process.execPath, [ENTRY], { env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      log += b.toString();
      const m = /ready (\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    });
    void exited.then(() => reject(new Error(`API process exited with ${child.exitCode}: ${log}`)));
  });
  return {
    port,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A load balancer in the test: each request to the next backend in turn, as nginx's default does. */
export interface RoundRobin {
  port: number;
  /** The backend port each request went to, in order. */
  served: number[];
  close(): Promise<void>;
}

export async function startRoundRobin(backends: number[]): Promise<RoundRobin> {
  const served: number[] = [];
  let next = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const port = backends[next++ % backends.length]!;
    served.push(port);
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
