/**
 * A "remote" cluster machine for tests: its own network namespace (a veth pair on a private /29
 * the helper creates and removes) and its own mount namespace, whose folders live on a tmpfs the
 * panel's process cannot see (the same path on the panel's side is an empty folder). It runs a
 * project-owned sshd, and on demand an nginx and a named as the agent's account; the panel reaches
 * it only through the transport, exactly as it would a machine elsewhere.
 *
 *   const status = await remoteMachineStatus();   // skip (or fail with CI=true) without root, ip, sshd…
 *   const m = await startRemoteMachine('web1');
 *   await m.runSetup(command);                    // the panel's setup command, run as root on the machine
 *   const web = await m.startNginx();             // configDir, webRoot, controlCommand for the logical server
 *   await web.get('example.com');                 // over the veth, from the panel's side
 *   await m.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CommandError, runCommand } from '../drivers/dns/run';
import { namedConfText, rndcConfText, ServerProcess, toolPath } from './named';
import { makeCert } from '../modules/ssl/testing';
import { controlScript, httpGet, httpsGet, type HttpsAnswer } from './nginx';
import { buildAgentBundle } from './agent-bundle';
import { requireTool, withTimeout, type ToolStatus } from './tools';

/** The agent account's uid and gid inside the machine (its own passwd; nothing on the panel's side has it). */
export const AGENT_UID = 4711;
const AGENT_USER = 'heliosphere';
const NGINX_PORT = 8080;
const NGINX_TLS_PORT = 8443;
const DNS_PORT = 5353;
const RNDC_PORT = 9530;
/** The panel's host name as the machine resolves it (its /etc/hosts): the panel's side of its veth. */
export const PANEL_HOST = 'panel.helio-test';

export interface RemoteNginx {
  configDir: string;
  webRoot: string;
  controlCommand: string;
  /** The same nginx without the wait for a reload to finish (for the bench, like NginxInstance.nginxCommand). */
  nginxCommand: string;
  port: number;
  /** Its TLS port (a throwaway default certificate until a site has one): the logical server's tlsPort. */
  tlsPort: number;
  /** GET http://<machine>:<port><path> with this Host, from the panel's side. */
  get(host: string, urlPath?: string): Promise<{ status: number; body: string }>;
  /** GET https://<machine>:<tlsPort><path> with SNI and Host `host`, from the panel's side; checked against `ca` when given. */
  getTls(host: string, urlPath?: string, ca?: string): Promise<HttpsAnswer>;
}

export interface RemoteNamed {
  /** Where named answers (the machine's second address). */
  host: string;
  configDir: string;
  controlCommand: string;
  port: number;
  /** `dig +short` at the machine, from the panel's side. */
  dig(name: string, type: string): Promise<string[]>;
}

export interface RemoteMachine {
  /** Network namespace name. */
  ns: string;
  /** The machine's address (its end of the veth): sshd and nginx listen here. */
  address: string;
  /** Its second address: named listens here, so a web and a DNS server on the machine have an address each. */
  address2: string;
  /** The panel's side of the veth: where the machine reaches the panel. */
  panelAddress: string;
  /** The tmpfs everything of the machine lives under; an empty folder from the panel's side. */
  root: string;
  /** sshd's host key fingerprint (SHA256:…). */
  hostKey: string;
  /** Runs a command on the machine as root (or as the agent's account). */
  run(argv: string[], opts?: { input?: string; asAgent?: boolean; env?: Record<string, string> }): Promise<string>;
  readFile(file: string): Promise<string | null>;
  writeFile(file: string, text: string): Promise<void>;
  /** Runs the panel's setup command as root on the machine (as its operator would), the agent's folders under the machine's root. */
  runSetup(command: string): Promise<string>;
  startNginx(): Promise<RemoteNginx>;
  startNamed(): Promise<RemoteNamed>;
  /** Kills every agent process on the machine (the panel's sessions break). */
  killAgents(): Promise<void>;
  /** Stops sshd (the machine stops answering) or starts it again. */
  stopSsh(): Promise<void>;
  startSsh(): Promise<void>;
  close(): Promise<void>;
}

const REQUIRED = ['ip', 'unshare', 'nsenter', 'setpriv', 'sshd', 'ssh-keygen', 'nginx', 'named', 'rndc', 'dig', 'curl'];

/** Skips (or, with CI=true, fails) tests that need namespaces: root, iproute2, util-linux, OpenSSH, nginx, BIND, curl. */
export function remoteMachineStatus(): Promise<ToolStatus> {
  return requireTool('network namespaces with sshd, nginx and named', () =>
    withTimeout(
      (async () => {
        if (process.getuid?.() !== 0) throw new Error('needs root (network namespaces)');
        for (const tool of REQUIRED) if (!path.isAbsolute(toolPath(tool))) throw new Error(`${tool} is not installed`);
        await runCommand(toolPath('ip'), ['netns', 'list'], 5000);
        buildAgentBundle();
      })(),
      15_000,
      'namespaces',
    ),
  );
}

const live = new Set<RemoteMachine>();
let counter = 0;

function sh(argv: string[]): Promise<string> {
  return runCommand(argv[0]!, argv.slice(1), 30_000).then((r) => r.stdout);
}

/** Removes namespaces an earlier test process left behind (it died before its afterAll). */
async function removeStale(): Promise<void> {
  const list = (await sh([toolPath('ip'), 'netns', 'list']).catch(() => '')).split('\n');
  for (const line of list) {
    const m = /^(htm-(\d+)-\d+)/.exec(line.trim());
    if (!m) continue;
    const pid = Number(m[2]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) await sh([toolPath('ip'), 'netns', 'del', m[1]!]).catch(() => {});
  }
}

export async function startRemoteMachine(label: string): Promise<RemoteMachine> {
  await removeStale();
  const n = ++counter;
  const ns = `htm-${process.pid}-${n}`;
  // A /29 in 10.231.0.0/16 per machine, from the pid and counter (veth names are at most 15 characters):
  // .1 the panel's side, .2 the machine (sshd, nginx), .3 the machine's second address (named).
  const slot = (process.pid * 7 + n) % 8000;
  const prefix3 = `10.231.${Math.floor(slot / 32)}`;
  const last = (slot % 32) * 8;
  const panelAddress = `${prefix3}.${last + 1}`;
  const address = `${prefix3}.${last + 2}`;
  const address2 = `${prefix3}.${last + 3}`;
  const vethPanel = `hp${process.pid % 100000}x${n}`.slice(0, 15);
  const vethMachine = `hm${process.pid % 100000}x${n}`.slice(0, 15);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `helio-machine-${label}-`));
  fs.chmodSync(root, 0o755);
  const ip = toolPath('ip');
  const cleanups: (() => Promise<unknown>)[] = [];
  let holder: ChildProcess | null = null;
  const procs: ServerProcess[] = [];

  const close = async () => {
    for (const p of procs.reverse()) await p.stop(2000).catch(() => {});
    // Whatever else runs in the namespace (the SSH sessions' own sshd processes, agents) goes too.
    const pids = (await sh([ip, 'netns', 'pids', ns]).catch(() => '')).split(/\s+/).filter(Boolean);
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone already
      }
    }
    holder?.kill('SIGKILL');
    for (const c of cleanups.reverse()) await c().catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    await sh([ip, 'netns', 'add', ns]);
    cleanups.push(() => sh([ip, 'netns', 'del', ns]));
    await sh([ip, 'link', 'add', vethPanel, 'type', 'veth', 'peer', 'name', vethMachine]);
    cleanups.push(() => sh([ip, 'link', 'del', vethPanel]));
    await sh([ip, 'link', 'set', vethMachine, 'netns', ns]);
    await sh([ip, 'addr', 'add', `${panelAddress}/29`, 'dev', vethPanel]);
    // No IPv6 link-local address on the panel's side: the kernel adds one a second or two after the
    // link comes up, and a browser on this host takes that late change for a network change and
    // aborts the page loads in flight (Chromium: net::ERR_NETWORK_CHANGED, seen in CI).
    await sh([ip, 'link', 'set', 'dev', vethPanel, 'addrgenmode', 'none']);
    await sh([ip, 'link', 'set', vethPanel, 'up']);
    await sh([ip, '-n', ns, 'addr', 'add', `${address}/29`, 'dev', vethMachine]);
    await sh([ip, '-n', ns, 'addr', 'add', `${address2}/29`, 'dev', vethMachine]);
    await sh([ip, '-n', ns, 'link', 'set', vethMachine, 'up']);
    await sh([ip, '-n', ns, 'link', 'set', 'lo', 'up']);

    // The holder: a process in the namespace whose private mounts hold the machine's files.
    const agentHome = path.join(root, 'home');
    const setup = [
      'set -e',
      `mount -t tmpfs -o mode=755 tmpfs ${root}`,
      `mkdir -p ${root}/etc ${agentHome} ${root}/privsep ${root}/run`,
      `cp /etc/passwd /etc/group ${root}/etc/`,
      `grep -q '^${AGENT_USER}:' ${root}/etc/passwd || echo '${AGENT_USER}:x:${AGENT_UID}:${AGENT_UID}:Heliosphere agent:${agentHome}:/bin/sh' >> ${root}/etc/passwd`,
      `grep -q '^${AGENT_USER}:' ${root}/etc/group || echo '${AGENT_USER}:x:${AGENT_UID}:' >> ${root}/etc/group`,
      `(grep -v '^${AGENT_USER}:' /etc/shadow; echo '${AGENT_USER}:*:19000:0:99999:7:::') > ${root}/etc/shadow`,
      `chmod 600 ${root}/etc/shadow`,
      `mount --bind ${root}/etc/passwd /etc/passwd`,
      `mount --bind ${root}/etc/group /etc/group`,
      `mount --bind ${root}/etc/shadow /etc/shadow`,
      `mount --bind ${root}/privsep /run/sshd`,
      `(cat /etc/hosts; echo '${panelAddress} ${PANEL_HOST}') > ${root}/etc/hosts`,
      `mount --bind ${root}/etc/hosts /etc/hosts`,
      `chown ${AGENT_UID}:${AGENT_UID} ${agentHome}`,
      'echo ready',
      'exec sleep 100000',
    ].join('\n');
    fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // sshd's privilege separation folder; a private copy is mounted over it
    holder = spawn(
      ip,
      ['netns', 'exec', ns, toolPath('unshare'), '--mount', '--propagation', 'private', 'sh', '-c', setup],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const pid = holder.pid!;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`machine ${label} did not start: ${out}`)), 10_000);
      const onData = (c: Buffer) => {
        out += c.toString();
        if (out.includes('ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      holder!.stdout!.on('data', onData);
      holder!.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      holder!.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`machine ${label} did not start (status ${code}): ${out}`));
      });
    });
    holder.removeAllListeners('exit');

    /** Kills this machine's processes whose command line matches (pkill would see every namespace's). */
    const killInNamespace = async (pattern: RegExp) => {
      const pids = (await sh([ip, 'netns', 'pids', ns]).catch(() => '')).split(/\s+/).filter(Boolean);
      for (const pid of pids) {
        let cmdline: string;
        try {
          cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        } catch {
          continue; // gone already
        }
        if (!pattern.test(cmdline)) continue;
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // gone already
        }
      }
    };

    const enter = (asAgent: boolean) => [
      toolPath('nsenter'),
      '-t',
      String(pid),
      '-m',
      '-n',
      ...(asAgent
        ? [toolPath('setpriv'), '--reuid', String(AGENT_UID), '--regid', String(AGENT_UID), '--clear-groups']
        : []),
    ];
    const run: RemoteMachine['run'] = (argv, opts = {}) =>
      new Promise((resolve, reject) => {
        const [program, ...args] = [...enter(opts.asAgent ?? false), ...argv];
        const child = spawn(program!, args, {
          stdio: ['pipe', 'pipe', 'pipe'],
          env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...opts.env },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.once('error', reject);
        // 'close', not 'exit': under load a process can exit before its output has been read.
        child.once('close', (code) =>
          code === 0
            ? resolve(stdout)
            : reject(
                new CommandError(
                  `${argv.join(' ')} on ${label} failed (${code}): ${stderr || stdout}`,
                  code,
                  stdout,
                  stderr,
                ),
              ),
        );
        child.stdin.on('error', () => {}); // a command that reads nothing may exit before its input is written
        child.stdin.end(opts.input ?? '');
      });
    const startProcess = (name: string, argv: string[], asAgent: boolean) => {
      const [program, ...args] = [...enter(asAgent), ...argv];
      const p = ServerProcess.start(`${name} on ${label}`, program!, args, '/');
      procs.push(p);
      return p;
    };
    const writeFile = async (file: string, text: string, mode = '644', asAgent = false) => {
      await run(['sh', '-c', `cat > "$0" && chmod ${mode} "$0"`, file], { input: text, asAgent });
    };

    /** Folders (and their parents under the root) owned by the agent's account, as a real machine's admin would set up. */
    const agentDirs = async (...dirs: string[]) => {
      await run(['mkdir', '-p', ...dirs]);
      const tops = new Set(dirs.map((d) => `${root}/${path.relative(root, d).split('/')[0]}`));
      await run(['chown', '-R', `${AGENT_UID}:${AGENT_UID}`, ...tops]);
    };

    // sshd, as a real machine runs it: keys only, no passwords, only the agent's account.
    await run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f', `${root}/ssh_host_ed25519_key`]);
    const hostKey = (await run(['ssh-keygen', '-lf', `${root}/ssh_host_ed25519_key.pub`])).split(/\s+/)[1]!;
    await writeFile(
      `${root}/sshd_config`,
      [
        `ListenAddress ${address}`,
        'Port 22',
        `HostKey ${root}/ssh_host_ed25519_key`,
        `PidFile ${root}/run/sshd.pid`,
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        `AllowUsers ${AGENT_USER}`,
        'PermitRootLogin no',
        '',
      ].join('\n'),
    );
    let sshd: ServerProcess | null = null;
    const startSsh = async () => {
      sshd = startProcess('sshd', [toolPath('sshd'), '-D', '-e', '-f', `${root}/sshd_config`], false);
      await sshd.waitUntil(async () => await tcpOpen(address, 22), 10_000);
    };
    await startSsh();

    const machine: RemoteMachine = {
      ns,
      address,
      address2,
      panelAddress,
      root,
      hostKey,
      run,
      readFile: (file) => run(['cat', file]).catch(() => null),
      writeFile: (file, text) => writeFile(file, text, '644', true),
      runSetup: (command) =>
        run(['sh', '-c', command], {
          env: {
            HELIO_AGENT_PREFIX: `${root}/opt/heliosphere`,
            HELIO_AGENT_DATA: `${root}/data`,
            HELIO_NODE: process.execPath,
            HELIO_SSH_HOST_KEYS: `${root}/ssh_host_ed25519_key.pub`,
          },
        }),
      async startNginx() {
        const prefix = `${root}/nginx`;
        const configDir = `${prefix}/sites`;
        const webRoot = `${root}/www`;
        await agentDirs(configDir, webRoot, `${prefix}/temp`);
        const conf = `${prefix}/nginx.conf`;
        const errorLog = `${prefix}/error.log`;
        // The default TLS server needs a certificate: a throwaway one, the agent's to read.
        const fallback = await makeCert({ subject: 'default.invalid' });
        await writeFile(`${prefix}/default.crt`, fallback.pem, '644', true);
        await writeFile(`${prefix}/default.key`, fallback.keyPem, '600', true);
        const temp = (name: string) => `${name}_temp_path ${prefix}/temp/${name};`;
        await writeFile(
          conf,
          `daemon off;
master_process on;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${errorLog} notice;
events { worker_connections 256; }
http {
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen ${address}:${NGINX_PORT} default_server;
        return 404;
    }
    server {
        listen ${address}:${NGINX_TLS_PORT} ssl default_server;
        ssl_certificate ${prefix}/default.crt;
        ssl_certificate_key ${prefix}/default.key;
        return 404;
    }
    include ${configDir}/*.conf;
}
`,
          '644',
          true,
        );
        const args = ['-p', prefix, '-c', conf, '-e', errorLog];
        await writeFile(`${prefix}/nginx-ctl.cjs`, controlScript(toolPath('nginx'), args, errorLog), '644', true);
        const p = startProcess('nginx', [toolPath('nginx'), ...args], true);
        const get = (host: string, urlPath = '/') => httpGet(address, NGINX_PORT, host, urlPath);
        const getTls = (host: string, urlPath = '/', ca?: string) =>
          httpsGet(address, NGINX_TLS_PORT, host, urlPath, ca);
        await p.waitUntil(
          async () => (await get('ready.invalid')).status === 404 && (await getTls('ready.invalid')).status === 404,
          10_000,
        );
        return {
          configDir,
          webRoot,
          controlCommand: `${process.execPath} ${prefix}/nginx-ctl.cjs`,
          nginxCommand: [toolPath('nginx'), ...args].join(' '),
          port: NGINX_PORT,
          tlsPort: NGINX_TLS_PORT,
          get,
          getTls,
        };
      },
      async startNamed() {
        const dir = `${root}/bind`;
        const configDir = `${dir}/zones`;
        await agentDirs(configDir);
        await writeFile(`${configDir}/zones.conf`, '', '644', true);
        const secret = crypto.randomBytes(32).toString('base64');
        await writeFile(
          `${dir}/rndc.key`,
          `key "helio-rndc" { algorithm hmac-sha256; secret "${secret}"; };\n`,
          '600',
          true,
        );
        await writeFile(`${dir}/rndc.conf`, rndcConfText(`${dir}/rndc.key`, 'helio-rndc', RNDC_PORT), '600', true);
        await writeFile(
          `${dir}/named.conf`,
          namedConfText({
            dir,
            addresses: [address2, '127.0.0.1'],
            port: DNS_PORT,
            rndcPort: RNDC_PORT,
            keyFile: `${dir}/rndc.key`,
            keyName: 'helio-rndc',
            configDir,
          }),
          '644',
          true,
        );
        const controlCommand = `${toolPath('rndc')} -c ${dir}/rndc.conf`;
        const p = startProcess('named', [toolPath('named'), '-g', '-n', '1', '-c', `${dir}/named.conf`], true);
        await p.waitUntil(
          async () =>
            /\brunning\b/.test(p.output) &&
            (await run([...controlCommand.split(' '), 'status'], { asAgent: true }).then(() => true)),
          10_000,
        );
        const dig = async (name: string, type: string) =>
          (
            await sh([
              toolPath('dig'),
              '+time=2',
              '+tries=2',
              `@${address2}`,
              '-p',
              String(DNS_PORT),
              '+short',
              name,
              type,
            ])
          )
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
        return { host: address2, configDir, controlCommand, port: DNS_PORT, dig };
      },
      async killAgents() {
        await killInNamespace(/heliosphere-agent/);
      },
      async stopSsh() {
        await sshd?.stop(2000);
        // Sessions already open live in their own sshd processes: end them too, as a machine going away would.
        await killInNamespace(new RegExp(`^sshd: ${AGENT_USER}`));
        await machine.killAgents();
      },
      startSsh,
      async close() {
        live.delete(machine);
        await close();
      },
    };
    live.add(machine);
    return machine;
  } catch (err) {
    await close();
    throw err;
  }
}

function tcpOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 1000 });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
    s.once('timeout', () => done(false));
  });
}
