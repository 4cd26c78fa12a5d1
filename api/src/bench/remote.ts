import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newKeyPair } from '../remote/keys';
import { DriverName, ServerKind } from '../drivers/server-kinds';
import type { DriverTarget } from '../drivers/target';
import type { SiteConfig } from '../drivers/web';
import { agentKeyLine } from '../remote/authorized-keys';
import { localLink, type Link } from '../remote/link';
import { linkedWebDriver } from '../remote/linked-drivers';
import { SshLink } from '../remote/ssh-link';
import { buildAgentBundle } from '../test/agent-bundle';
import { nginxStatus, startNginx } from '../test/nginx';
import { AGENT_UID, remoteMachineStatus, startRemoteMachine } from '../test/remote-machine';

const CHANGES = Number(process.env.BENCH_SITE_CHANGES ?? 1000);
/** As the task engine runs them: up to maxTasks (2) at once per server; the driver orders changes to one folder. */
const IN_FLIGHT = 2;

export interface RemoteBench {
  changes: number;
  localMs: number;
  remoteMs: number;
  ratio: number;
}

const site = (i: number): SiteConfig => ({
  id: i + 1,
  account: Math.floor(i / 10) + 1,
  directory: `site-${i}.example`,
  serverNames: [`site-${i}.example`, `www.site-${i}.example`],
  title: `site ${i}`,
});

/** Sites `from`…`to`-1 through a web driver over `link`, IN_FLIGHT at a time; the time in ms. */
async function apply(link: Link, target: DriverTarget, from: number, to: number): Promise<number> {
  const driver = linkedWebDriver(link, target);
  let next = from;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < to) await driver.putSite(site(next++));
    }),
  );
  return performance.now() - t;
}

/** Rounds of this many changes alternate between the two sides, so a change in the machine's load hits both alike. */
const ROUND = 50;

/**
 * The remote cluster's figure for the README: 1,000 site changes (new server blocks, each checked
 * with nginx -t and reloaded) applied by the nginx driver to an nginx on a machine of its own (a
 * network and mount namespace) through SSH and the agent, against the same changes applied to an
 * nginx on this machine in process, in the same run. Target: at most 2× the local time.
 */
export async function runRemoteBench(): Promise<RemoteBench | null> {
  const status = [await remoteMachineStatus(), await nginxStatus()].find((s) => !s.ok);
  if (status && !status.ok) {
    console.log(`\nremote cluster bench skipped: ${status.reason}`);
    return null;
  }
  const local = await startNginx();
  const machine = await startRemoteMachine('bench');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-remote-'));
  let ssh: SshLink | undefined;
  try {
    const target = (s: { configDir: string; webRoot: string; nginxCommand: string }, host: string, port: number) =>
      ({
        id: 1,
        name: 'bench-web',
        kind: ServerKind.WEB,
        driver: DriverName.NGINX,
        settings: { host, port, configDir: s.configDir, webRoot: s.webRoot, controlCommand: s.nginxCommand },
      }) as DriverTarget;
    // The machine as its setup command leaves it: the agent installed, the key allowed to run only it.
    const remote = await machine.startNginx();
    const agent = `${machine.root}/opt/heliosphere-agent.js`;
    await machine.run([
      'sh',
      '-c',
      `mkdir -p $0/opt $0/home/.ssh && chown -R ${AGENT_UID} $0/opt $0/home`,
      machine.root,
    ]);
    await machine.writeFile(agent, fs.readFileSync(buildAgentBundle(), 'utf8'));
    const keys = newKeyPair('bench');
    await machine.writeFile(
      `${machine.root}/home/.ssh/authorized_keys`,
      `${agentKeyLine(keys.publicKey, `${process.execPath} ${agent} --data ${machine.root}/home`)}\n`,
    );
    ssh = new SshLink({
      name: 'bench-machine',
      host: machine.address,
      port: 22,
      username: 'heliosphere',
      privateKey: keys.privateKey,
      hostKey: machine.hostKey,
    });
    await ssh.call('hello', {});
    const here = localLink({ dataDir });
    let localMs = 0;
    let remoteMs = 0;
    for (let from = 0; from < CHANGES; from += ROUND) {
      const to = Math.min(CHANGES, from + ROUND);
      localMs += await apply(here, target(local, '127.0.0.1', local.port), from, to);
      remoteMs += await apply(ssh, target(remote, machine.address, remote.port), from, to);
    }
    // The plain nginx command returns before the reload finishes: the last site is served a moment later.
    for (let waited = 0; (await remote.get(`site-${CHANGES - 1}.example`)).status !== 200; waited += 100) {
      if (waited > 10_000) throw new Error('the remote nginx does not serve the last site');
      await new Promise((r) => setTimeout(r, 100));
    }
    return { changes: CHANGES, localMs, remoteMs, ratio: remoteMs / localMs };
  } finally {
    await ssh?.close();
    await machine.close();
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatRemoteBench(r: RemoteBench): string {
  const rate = (ms: number) => ((r.changes / ms) * 1000).toFixed(0);
  return [
    `${r.changes} site changes through the nginx driver (${IN_FLIGHT} in flight, each checked with nginx -t and reloaded; rounds of ${ROUND} alternating):`,
    `  local, in process:            ${(r.localMs / 1000).toFixed(1)} s (${rate(r.localMs)} changes/s)`,
    `  remote, SSH + agent:          ${(r.remoteMs / 1000).toFixed(1)} s (${rate(r.remoteMs)} changes/s)`,
    `  remote / local: ${r.ratio.toFixed(2)}× (target ≤ 2×)`,
  ].join('\n');
}

/** `node dist-dev/bench/remote.js`: this figure alone. */
if (require.main === module) {
  runRemoteBench().then(
    (r) => {
      if (r) console.log(`\n${formatRemoteBench(r)}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
