/**
 * A project-owned nginx for tests and bench: its own prefix folder under the temp dir, two loopback
 * ports (plain HTTP and TLS), an include folder for server blocks and a web root; never the
 * system's /etc/nginx or service. Use:
 *
 *   const status = await nginxStatus();          // skip (or fail with CI=true) when nginx is missing
 *   const web = await startNginx();              // in beforeAll
 *   new NginxDriver({ configDir: web.configDir, webRoot: web.webRoot, controlCommand: web.controlCommand,
 *                     listen: { host: '127.0.0.1', port: web.port }, tlsListen: { host: '127.0.0.1', port: web.tlsPort } })
 *   await web.get('example.com');                // { status: 200, body: '…', headers }
 *   await web.getTls('example.com');             // the same over TLS (SNI example.com), with the served certificate
 *   await web.stop();                            // in afterAll: stops nginx, removes the prefix
 *
 * nginx reloads asynchronously: `nginx -s reload` only signals the master, and for a moment the
 * old worker still answers with the old configuration. So `controlCommand` is a small wrapper
 * (node nginx-ctl.cjs in the prefix) that runs the real nginx and, for `-s reload`, returns only
 * once the new worker runs and the old one has exited (read from the notice-level error log):
 * whatever a driver call changed is served when the call returns. `nginxCommand` is the plain
 * command, without the wait.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type tls from 'node:tls';
import path from 'node:path';
import { runCommand } from '../drivers/dns/run';
import { makeCert } from '../modules/ssl/testing';
import { freePort, ServerProcess, StartError, toolPath, worldReadableTempDir } from './named';
import { requireTool, withTimeout, type ToolStatus } from './tools';

/** An HTTP answer as the tests read it. */
export interface HttpAnswer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** An answer over TLS, with the certificate nginx served (SHA-256 fingerprint, as X509Certificate#fingerprint256). */
export interface HttpsAnswer extends HttpAnswer {
  fingerprint256: string;
}

export interface NginxInstance {
  host: '127.0.0.1';
  port: number;
  /**
   * The TLS port: give it to NginxDriver as tlsListen. Until a site has a certificate, a default
   * server answers 404 there with a throwaway self-signed one (`defaultFingerprint256`).
   */
  tlsPort: number;
  /** The fingerprint of that throwaway certificate: what a host without a certificate of its own is served. */
  defaultFingerprint256: string;
  /** nginx's prefix folder (nginx.conf, error.log, pid, temp folders); removed by stop(). */
  prefix: string;
  /** Included by nginx.conf as <configDir>/*.conf: give it to NginxDriver as configDir. */
  configDir: string;
  /** Empty base folder for account homes: give it to NginxDriver as webRoot. */
  webRoot: string;
  /** Give it to NginxDriver as controlCommand: runs nginx -p <prefix> -c <conf> -e <error log> <args>, and waits for a reload to finish. */
  controlCommand: string;
  /** "/usr/sbin/nginx -p <prefix> -c <conf> -e <error log>": the same nginx without the wait after -s reload. */
  nginxCommand: string;
  /** A plain HTTP GET to 127.0.0.1:port with this Host header (no keep-alive). */
  get(host: string, urlPath?: string): Promise<HttpAnswer>;
  /**
   * An HTTPS GET to 127.0.0.1:tlsPort with SNI and Host `host`. With `ca` (PEM), the served chain
   * must build to it for `host`; without, any certificate is taken (the test checks which).
   */
  getTls(host: string, urlPath?: string, ca?: string): Promise<HttpsAnswer>;
  /** nginx's recent output and error log. */
  output(): string;
  stop(): Promise<void>;
}

/** Skips (or, with CI=true, fails) the tests that need nginx when it is missing or does not run. */
export function nginxStatus(): Promise<ToolStatus> {
  return requireTool('nginx', () => withTimeout(runCommand(toolPath('nginx'), ['-v'], 5000), 10_000, 'nginx'));
}

/**
 * Starts nginx on two free loopback ports (HTTP, TLS) with no server blocks but a default 404 one
 * on each; retries when it lost a port race.
 */
export async function startNginx(): Promise<NginxInstance> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNginxOnce();
    } catch (err) {
      if (!(err instanceof StartError && err.portRace) || attempt >= 3) throw err;
    }
  }
}

async function startNginxOnce(): Promise<NginxInstance> {
  const prefix = worldReadableTempDir('helio-nginx-');
  try {
    const port = await freePort();
    let tlsPort = await freePort();
    while (tlsPort === port) tlsPort = await freePort();
    // The default TLS server needs a certificate: a throwaway one, made here.
    const fallback = await makeCert({ subject: 'default.invalid' });
    const fallbackCrt = path.join(prefix, 'default.crt');
    const fallbackKey = path.join(prefix, 'default.key');
    fs.writeFileSync(fallbackCrt, fallback.pem, { mode: 0o644 });
    fs.writeFileSync(fallbackKey, fallback.keyPem, { mode: 0o600 });
    const configDir = path.join(prefix, 'sites');
    const webRoot = path.join(prefix, 'www');
    for (const dir of [configDir, webRoot, path.join(prefix, 'temp')]) fs.mkdirSync(dir, { mode: 0o755 });
    const conf = path.join(prefix, 'nginx.conf');
    const errorLog = path.join(prefix, 'error.log');
    const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
    // No `user` directive: started as root, workers run as nobody (hence the world-readable folders).
    fs.writeFileSync(
      conf,
      `daemon off;
master_process on;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${errorLog} notice; # notice: the reload steps nginx-ctl.cjs waits for
events { worker_connections 256; }
http {
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port} default_server;
        return 404;
    }
    server {
        listen 127.0.0.1:${tlsPort} ssl default_server;
        ssl_certificate ${fallbackCrt};
        ssl_certificate_key ${fallbackKey};
        return 404;
    }
    include ${configDir}/*.conf;
}
`,
      { mode: 0o644 },
    );
    const args = ['-p', prefix, '-c', conf, '-e', errorLog];
    const nginxCommand = [toolPath('nginx'), ...args].join(' ');
    const ctl = path.join(prefix, 'nginx-ctl.cjs');
    fs.writeFileSync(ctl, controlScript(toolPath('nginx'), args, errorLog), { mode: 0o644 });
    if (/\s/.test(process.execPath))
      throw new Error(`node's path ${process.execPath} has a space; it cannot be part of a control command`);
    const controlCommand = `${process.execPath} ${ctl}`;
    const proc = ServerProcess.start('nginx', toolPath('nginx'), args, prefix);
    const readLog = () =>
      proc.output + (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8').slice(-20_000) : '');
    const get = (host: string, urlPath = '/') => httpGet('127.0.0.1', port, host, urlPath);
    const getTls = (host: string, urlPath = '/', ca?: string) => httpsGet('127.0.0.1', tlsPort, host, urlPath, ca);
    try {
      await proc.waitUntil(
        async () => (await get('ready.invalid')).status === 404 && (await getTls('ready.invalid')).status === 404,
        10_000,
        /Address already in use/,
      );
    } catch (err) {
      await proc.stop();
      if (err instanceof StartError)
        throw new StartError(
          `${err.message}\n${readLog().slice(-4000)}`,
          err.portRace || /Address already in use/.test(readLog()),
        );
      throw err;
    }
    return {
      host: '127.0.0.1',
      port,
      tlsPort,
      defaultFingerprint256: new crypto.X509Certificate(fallback.pem).fingerprint256,
      prefix,
      configDir,
      webRoot,
      controlCommand,
      nginxCommand,
      get,
      getTls,
      output: readLog,
      stop: async () => {
        await proc.stop(); // SIGTERM: fast shutdown of master and workers
        fs.rmSync(prefix, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(prefix, { recursive: true, force: true });
    throw err;
  }
}

/**
 * The wrapper behind controlCommand: runs nginx with the instance's -p/-c/-e and the given
 * arguments; after a successful -s reload it watches the error log until a new worker has started
 * and every worker alive before the reload has exited (an earlier reload's may still be draining:
 * one old worker gone is not enough), or fails after 10 s.
 */
export function controlScript(nginx: string, baseArgs: string[], errorLog: string): string {
  return `'use strict';
// Generated by api/src/test/nginx.ts for one test nginx: nginx, and a wait for reloads to finish.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const LOG = ${JSON.stringify(errorLog)};
const args = process.argv.slice(2);
const reload = args.length === 2 && args[0] === '-s' && args[1] === 'reload';
const read = () => { try { return fs.readFileSync(LOG); } catch { return Buffer.alloc(0); } };
const started = (text) => [...text.matchAll(/start worker process (\\d+)/g)].map((m) => m[1]);
const exited = (text) => [...text.matchAll(/worker process (\\d+) exited/g)].map((m) => m[1]);
const before = read();
const from = before.length;
// Every worker alive before this reload (an earlier reload's old one may still be draining).
const gone = new Set(exited(before.toString('utf8')));
const old = started(before.toString('utf8')).filter((pid) => !gone.has(pid));
const r = spawnSync(${JSON.stringify(nginx)}, [...${JSON.stringify(baseArgs)}, ...args], { stdio: 'inherit' });
if (r.status !== 0 || !reload) process.exit(r.status === null ? 1 : r.status);
const deadline = Date.now() + 10000;
(function wait() {
  const text = read().subarray(from).toString('utf8');
  const ended = new Set(exited(text));
  if (started(text).length > 0 && old.every((pid) => ended.has(pid))) process.exit(0);
  if (Date.now() > deadline) {
    process.stderr.write('nginx did not finish reloading within 10 s\\n');
    process.exit(1);
  }
  setTimeout(wait, 10);
})();
`;
}

/** A plain HTTP GET to address:port with this Host header (no keep-alive). */
export function httpGet(address: string, port: number, host: string, urlPath: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: address, port, path: urlPath, method: 'GET', headers: { Host: host }, agent: false, timeout: 5000 },
      (res) => read(res).then(resolve, reject),
    );
    req.on('timeout', () => req.destroy(new Error(`GET http://${host}${urlPath} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** An HTTPS GET to address:port with SNI and Host `host` (no keep-alive); checked against `ca` when given. */
export function httpsGet(
  address: string,
  port: number,
  host: string,
  urlPath: string,
  ca?: string,
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: address,
        port,
        path: urlPath,
        method: 'GET',
        headers: { Host: host },
        servername: host,
        ...(ca ? { ca, rejectUnauthorized: true } : { rejectUnauthorized: false }),
        agent: false,
        timeout: 5000,
      },
      (res) => {
        const fingerprint256 = (res.socket as tls.TLSSocket).getPeerCertificate().fingerprint256;
        read(res).then((answer) => resolve({ ...answer, fingerprint256 }), reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET https://${host}${urlPath} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

function read(res: http.IncomingMessage): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () =>
      resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
    );
    res.on('error', reject);
  });
}
