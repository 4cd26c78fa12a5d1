/**
 * A project-owned BIND `named` for tests and bench: its own temp folder, loopback ports, rndc key
 * and zone include; never the system's /etc/bind or service. Use:
 *
 *   const status = await namedStatus();           // skip (or fail with CI=true) when BIND is missing
 *   const ns = await startNamed();                // in beforeAll
 *   new BindDriver({ configDir: ns.configDir, controlCommand: ns.controlCommand }).apply(...)
 *   await ns.dig('www.example.com', 'A');         // ['192.0.2.1']
 *   await ns.stop();                              // in afterAll: kills named, removes the folder
 *
 * Also exports the process helpers test/nginx.ts reuses (free ports, tool paths, child processes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../drivers/dns/run';
import { requireTool, withTimeout, type ToolStatus } from './tools';

// ---------------------------------------------------------------- shared process helpers

/** Absolute path of a system tool (sbin first: named, rndc and nginx live there and may be off PATH). */
export function toolPath(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return name;
}

function listenOnce(server: net.Server | dgram.Socket, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const done = () => {
      const address = server.address() as net.AddressInfo;
      resolve(address.port);
    };
    if (server instanceof net.Server) server.listen(port, '127.0.0.1', done);
    else server.bind(port, '127.0.0.1', done);
  });
}

/** A loopback port nothing listens on now (TCP, and UDP too when `udp`: DNS needs both). Released before it returns, so retry on a lost race. */
export async function freePort(udp = false): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const tcp = net.createServer();
    const port = await listenOnce(tcp, 0);
    let ok = true;
    if (udp) {
      const sock = dgram.createSocket('udp4');
      ok = await listenOnce(sock, port).then(
        () => true,
        () => false,
      );
      await new Promise<void>((r) => sock.close(() => r())).catch(() => {});
    }
    await new Promise<void>((r) => tcp.close(() => r()));
    if (ok) return port;
  }
  throw new Error('no free loopback port found');
}

/** A fresh temp folder readable by every user (servers started as root hand work to unprivileged workers). */
export function worldReadableTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  // Command prefixes are split on whitespace, and named.conf/nginx.conf quote these paths.
  if (/[\s"'\\;{}$]/.test(dir))
    throw new Error(`temp folder ${dir} has characters the server configs cannot hold; set TMPDIR`);
  return dir;
}

/** A server process we started: its last output kept for error messages, killed on stop (and when the test process exits). */
export class ServerProcess {
  private log = '';
  readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.exitCode = code;
        live.delete(child);
        resolve(code);
      });
      child.once('error', (err) => {
        keep(Buffer.from(`\n${err.message}\n`));
        this.exitCode = null;
        live.delete(child);
        resolve(null);
      });
    });
    live.add(child);
  }

  static start(name: string, program: string, args: string[], cwd: string): ServerProcess {
    return new ServerProcess(name, spawn(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  get output(): string {
    return this.log;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Polls `ready` every 50 ms until it resolves true; throws with the server's output when it exits, `fatal` matches its output, or time runs out. */
  async waitUntil(ready: () => Promise<boolean>, timeoutMs: number, fatal?: RegExp): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (fatal?.test(this.log)) throw new StartError(`${this.name} could not listen:\n${this.tail()}`, true);
      if (!this.running)
        throw new StartError(
          `${this.name} exited (status ${String(this.exitCode)}) while starting:\n${this.tail()}`,
          false,
        );
      if (await ready().catch(() => false)) return;
      if (Date.now() > deadline)
        throw new StartError(`${this.name} was not ready within ${timeoutMs} ms:\n${this.tail()}`, false);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  tail(lines = 40): string {
    return this.log.trim().split('\n').slice(-lines).join('\n');
  }
}

/** A failed start; `portRace` when another process took a port between choosing and binding it (worth a retry). */
export class StartError extends Error {
  constructor(
    message: string,
    readonly portRace: boolean,
  ) {
    super(message);
    this.name = 'StartError';
  }
}

/** Polls `check` every 50 ms until it returns true; throws naming `what` (and the last value seen) after `timeoutMs`. */
export async function pollUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

// ---------------------------------------------------------------- named

/** An rndc.conf reaching a test named's control channel on 127.0.0.1. */
export function rndcConfText(keyFile: string, keyName: string, rndcPort: number): string {
  return `include "${keyFile}";\noptions { default-key "${keyName}"; default-server 127.0.0.1; default-port ${rndcPort}; };\n`;
}

/** A test named's named.conf: everything under `dir`, listening on `addresses`, no recursion, zones from configDir/zones.conf. */
export function namedConfText(o: {
  dir: string;
  addresses: string[];
  port: number;
  rndcPort: number;
  keyFile: string;
  keyName: string;
  configDir: string;
}): string {
  return `options {
  directory "${o.dir}";
  listen-on port ${o.port} { ${o.addresses.map((a) => `${a}; `).join('')}};
  listen-on-v6 { none; };
  pid-file "${o.dir}/named.pid";
  lock-file "${o.dir}/named.lock";
  session-keyfile "${o.dir}/session.key";
  managed-keys-directory "${o.dir}";
  recursion no;
  allow-query { any; };
  dnssec-validation no;
  notify explicit;
  notify-delay 0; // tests wait for NOTIFY to reach a secondary; no need to batch them
};
include "${o.keyFile}";
controls { inet 127.0.0.1 port ${o.rndcPort} allow { 127.0.0.1; } keys { "${o.keyName}"; }; };
include "${o.configDir}/zones.conf";
`;
}

export interface NamedInstance {
  host: '127.0.0.1';
  /** DNS port (UDP and TCP). */
  port: number;
  /** rndc control channel port. */
  rndcPort: number;
  /** The instance's folder (named.conf, rndc.conf, rndc.key, logs); removed by stop(). */
  dir: string;
  /** Where named.conf includes zones.conf from: give it to BindDriver as configDir. */
  configDir: string;
  /** rndc reaching this instance, e.g. "/usr/sbin/rndc -c <dir>/rndc.conf": give it to BindDriver as controlCommand. */
  controlCommand: string;
  /** `dig +short` answers for name/type, one per line ([] when there is none, e.g. REFUSED). */
  dig(name: string, type: string): Promise<string[]>;
  /** The response code dig reports (NOERROR, NXDOMAIN, REFUSED, SERVFAIL…). */
  rcode(name: string, type: string): Promise<string>;
  /** The zone's SOA serial as served now, or null when the server does not answer for it. */
  soaSerial(zone: string): Promise<number | null>;
  /** named's recent output (it runs with -g: logs go to stderr). */
  output(): string;
  stop(): Promise<void>;
}

const NAMED_TOOLS = 'BIND (named, rndc, named-checkzone, named-checkconf, dig)';

/** Skips (or, with CI=true, fails) the tests that need BIND when its programs are missing or do not run. */
export function namedStatus(): Promise<ToolStatus> {
  return requireTool(NAMED_TOOLS, () =>
    withTimeout(
      (async () => {
        for (const tool of ['named', 'named-checkzone', 'named-checkconf'])
          await runCommand(toolPath(tool), ['-v'], 5000);
        await runCommand(toolPath('rndc'), ['-h'], 5000); // rndc has no -v; -h prints its usage and exits 0
        await runCommand(toolPath('dig'), ['-v'], 5000);
      })(),
      15_000,
      NAMED_TOOLS,
    ),
  );
}

/** Starts a named on free loopback ports with an empty zone list; retries when it lost a port race. */
export async function startNamed(opts: { name?: string } = {}): Promise<NamedInstance> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNamedOnce(opts.name ?? 'named');
    } catch (err) {
      if (!(err instanceof StartError && err.portRace) || attempt >= 3) throw err;
    }
  }
}

async function startNamedOnce(label: string): Promise<NamedInstance> {
  const dir = worldReadableTempDir(`helio-${label.replace(/[^a-z0-9-]/gi, '_')}-`);
  try {
    const port = await freePort(true);
    let rndcPort = await freePort();
    while (rndcPort === port) rndcPort = await freePort();
    const configDir = path.join(dir, 'zones');
    fs.mkdirSync(configDir, { mode: 0o755 });
    fs.writeFileSync(path.join(configDir, 'zones.conf'), '', { mode: 0o644 });

    const keyName = 'helio-rndc';
    const secret = crypto.randomBytes(32).toString('base64');
    const keyFile = path.join(dir, 'rndc.key');
    fs.writeFileSync(keyFile, `key "${keyName}" { algorithm hmac-sha256; secret "${secret}"; };\n`, { mode: 0o600 });
    const rndcConf = path.join(dir, 'rndc.conf');
    fs.writeFileSync(rndcConf, rndcConfText(keyFile, keyName, rndcPort), { mode: 0o600 });
    const conf = path.join(dir, 'named.conf');
    fs.writeFileSync(
      conf,
      namedConfText({ dir, addresses: ['127.0.0.1'], port, rndcPort, keyFile, keyName, configDir }),
      {
        mode: 0o644,
      },
    );

    const controlCommand = `${toolPath('rndc')} -c ${rndcConf}`;
    const proc = ServerProcess.start(`named (${label})`, toolPath('named'), ['-g', '-n', '1', '-c', conf], dir);
    try {
      await proc.waitUntil(
        async () =>
          /\brunning\b/.test(proc.output) && (await runCommand(controlCommand, ['status'], 3000).then(() => true)),
        10_000,
        /could not listen|address in use|couldn't add command channel|unable to listen|creating IPv\d interface .* failed/i,
      );
    } catch (err) {
      await proc.stop();
      throw err;
    }

    const dig = async (args: string[]): Promise<string> =>
      (await runCommand(toolPath('dig'), ['+time=2', '+tries=2', '@127.0.0.1', '-p', String(port), ...args], 15_000))
        .stdout;
    return {
      host: '127.0.0.1',
      port,
      rndcPort,
      dir,
      configDir,
      controlCommand,
      dig: async (name, type) => lines(await dig(['+short', name, type])),
      rcode: async (name, type) =>
        /status: ([A-Z]+)/.exec(await dig(['+noall', '+comments', name, type]))?.[1] ?? 'NONE',
      soaSerial: async (zone) => {
        const soa = lines(await dig(['+short', zone, 'SOA']))[0];
        const serial = soa?.split(/\s+/)[2];
        return serial === undefined ? null : Number(serial);
      },
      output: () => proc.output,
      stop: async () => {
        await proc.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith(';'));
}
