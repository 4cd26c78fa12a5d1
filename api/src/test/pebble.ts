/**
 * A project-owned pebble (Let's Encrypt's ACME test server, Debian's `pebble` package) for tests
 * and bench: on free loopback ports, resolving names through our own `named` (`-dnsserver`), so
 * HTTP-01 is validated against our nginx and DNS-01 against our BIND. Use:
 *
 *   const status = await pebbleStatus();          // skip (or fail with CI=true) when pebble is missing
 *   const acme = await startPebble({ dnsServer: `127.0.0.1:${ns.port}`, httpPort: web.port });
 *   acme.directoryUrl, acme.ca                    // the directory, and the CA of its own HTTPS listener
 *   await acme.rootPem()                          // the root its certificates chain to (new each start)
 *   await acme.stop();
 *
 * Pebble's HTTPS listener needs a certificate: made here for the address 127.0.0.1 by a throwaway
 * CA (`ca`), which clients of the directory must trust.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { runCommand } from '../drivers/dns/run';
import { makeCert, type TestCert } from '../modules/ssl/testing';
import { freePort, ServerProcess, StartError, toolPath, worldReadableTempDir } from './named';
import { requireTool, withTimeout, type ToolStatus } from './tools';

export interface PebbleInstance {
  /** https://127.0.0.1:<port>/dir */
  directoryUrl: string;
  /** PEM of the CA that signed pebble's own HTTPS certificate (trust it to reach the directory). */
  ca: string;
  /** The port it validates HTTP-01 challenges on (where our nginx listens). */
  httpPort: number;
  /** PEM of the root CA pebble issues under (regenerated every start). */
  rootPem(): Promise<string>;
  output(): string;
  stop(): Promise<void>;
}

/** Skips (or, with CI=true, fails) the tests that need pebble when it is missing. */
export function pebbleStatus(): Promise<ToolStatus> {
  return requireTool('pebble', async () => {
    const bin = toolPath('pebble');
    if (!fs.existsSync(bin)) throw new Error('pebble is not installed (Debian package pebble)');
    // `pebble -h` prints its usage and exits 2; that it runs at all is what matters.
    await withTimeout(
      runCommand(bin, ['-h'], 5000).catch((err: Error) => {
        if (!/Usage of pebble/.test(err.message)) throw err;
      }),
      10_000,
      'pebble',
    );
  });
}

export interface PebbleOptions {
  /** host:port of the DNS server it resolves every name through (our named). */
  dnsServer: string;
  /** Port it connects to for HTTP-01 (our nginx's). */
  httpPort: number;
  /** Makes every challenge valid without checking it (bench of the panel's own cost). */
  alwaysValid?: boolean;
  /** The CA of its HTTPS listener (pebbleCa()): made beforehand when the panel's settings must name it before pebble starts. */
  ca?: TestCert;
}

/** A CA for pebble's HTTPS listener; `file`, when given, receives its PEM (the panel's ACME_CA_FILE). */
export async function pebbleCa(file?: string): Promise<TestCert> {
  const ca = await makeCert({ subject: 'Helio test pebble CA', ca: true, to: 30 });
  if (file) fs.writeFileSync(file, ca.pem);
  return ca;
}

export async function startPebble(opts: PebbleOptions): Promise<PebbleInstance> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (err) {
      if (!(err instanceof StartError && err.portRace) || attempt >= 3) throw err;
    }
  }
}

async function startOnce(opts: PebbleOptions): Promise<PebbleInstance> {
  const dir = worldReadableTempDir('helio-pebble-');
  const ca = opts.ca ?? (await pebbleCa());
  const cert = await makeCert({ subject: '127.0.0.1', ips: ['127.0.0.1'], issuer: ca, to: 30 });
  fs.writeFileSync(path.join(dir, 'cert.pem'), cert.pem);
  fs.writeFileSync(path.join(dir, 'key.pem'), cert.keyPem, { mode: 0o600 });
  const [port, mgmtPort] = [await freePort(), await freePort()];
  const config = {
    pebble: {
      listenAddress: `127.0.0.1:${port}`,
      managementListenAddress: `127.0.0.1:${mgmtPort}`,
      certificate: path.join(dir, 'cert.pem'),
      privateKey: path.join(dir, 'key.pem'),
      httpPort: opts.httpPort,
      tlsPort: await freePort(),
      ocspResponderURL: '',
      externalAccountBindingRequired: false,
    },
  };
  fs.writeFileSync(path.join(dir, 'pebble.json'), JSON.stringify(config));
  const env = {
    ...process.env,
    PEBBLE_VA_NOSLEEP: '1',
    PEBBLE_WFE_NONCEREJECT: '0',
    // Every order proves its names again: a test of a failing renewal must not pass on an earlier proof.
    PEBBLE_AUTHZREUSE: '0',
    ...(opts.alwaysValid ? { PEBBLE_VA_ALWAYS_VALID: '1' } : {}),
  };
  const proc = new ServerProcess(
    'pebble',
    spawn(toolPath('pebble'), ['-config', path.join(dir, 'pebble.json'), '-dnsserver', opts.dnsServer], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const get = (url: string) =>
    new Promise<string>((resolve, reject) => {
      const req = https.get(url, { ca: ca.pem, timeout: 5000 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${res.statusCode} ${body}`)),
        );
      });
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error(`${url} timed out`)));
    });
  const directoryUrl = `https://127.0.0.1:${port}/dir`;
  try {
    await proc.waitUntil(() => get(directoryUrl).then(() => true), 15_000, /address already in use/);
  } catch (err) {
    await proc.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    directoryUrl,
    ca: ca.pem,
    httpPort: opts.httpPort,
    rootPem: () => get(`https://127.0.0.1:${mgmtPort}/roots/0`),
    output: () => proc.output,
    async stop() {
      await proc.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
