/**
 * Health of the cluster's machines (SRV beyond): each is asked, through its link, whether its
 * programs answer, their configuration passes their own check, and their disks have room. A machine
 * that does not answer is DOWN: placement skips its logical servers and the root company's admins get
 * an alert (home page and e-mail) until it answers again.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { DriverName, ServerKind } from '../../drivers/server-kinds';
import type { DriverTarget } from '../../drivers/target';
import { mapLimit } from '../../drivers/dns/io';
import { targetSpec, type Hello, type HealthReport } from '../../remote/protocol';
import { FIX, raiseAlert, resolveAlert } from '../alerts';
import { ServerHealth, ServerTransport } from './enums';
import { LogicalServer } from './logical-server.entity';
import { PhysicalServer, type HealthDetail } from './physical-server.entity';
import type { ServerLinks } from './server-links';

/** Below this share of free disk a machine is DEGRADED. */
const LOW_DISK_SHARE = 0.05;
const CHECK_TIMEOUT_MS = 30_000;
/** Machines checked at once by checkAll. */
const CHECKS_AT_ONCE = 4;

/** The drivers whose machine the agent checks (MySQL is reached over its own protocol). */
const CHECKED = new Set<DriverName>([DriverName.NGINX, DriverName.BIND, DriverName.FILES]);

export const downAlertKey = (id: number) => `SERVER_DOWN:${id}`;

export class ServerHealthService {
  constructor(
    private readonly config: Config,
    private readonly links: ServerLinks,
  ) {}

  /** Checks every machine, a few at once (a DOWN one costs at most its connect timeout), each in its own unit of work. */
  async checkAll(em: EntityManager): Promise<void> {
    const ids = (await em.find(PhysicalServer, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((s) => s.id);
    await mapLimit(ids, CHECKS_AT_ONCE, async (id) => {
      const own = em.fork();
      const server = await own.findOne(PhysicalServer, { id }, { populate: ['accessKey'] });
      if (server) await this.check(own, server);
    });
  }

  /** Checks one machine (loaded with its accessKey) and records the outcome. */
  async check(em: EntityManager, server: PhysicalServer): Promise<PhysicalServer> {
    const logical = await em.find(LogicalServer, { physical: server.id }, { orderBy: { id: 'asc' } });
    const targets = logical.filter((l) => CHECKED.has(l.driver) && l.kind !== ServerKind.MYSQL);
    const link = this.links.linkTo(em, server, { dial: true });
    const detail: HealthDetail = { problems: [], disks: [] };
    let health: ServerHealth;
    try {
      const hello = await link.call<Hello>('hello', {}, { timeoutMs: CHECK_TIMEOUT_MS });
      if (hello.agent !== 'heliosphere-agent')
        throw new Error(`${server.name} answered as ${hello.agent}, not the agent`);
      this.answered(server);
      const report = await link.call<HealthReport>(
        'health',
        { targets: targets.map((t) => targetSpec(t as unknown as DriverTarget)) },
        { timeoutMs: CHECK_TIMEOUT_MS },
      );
      health = ServerHealth.UP;
      for (const t of report.targets) {
        const name = targets.find((l) => l.id === t.id)?.name ?? `#${t.id}`;
        detail.disks.push({ logicalServerId: t.id, freeBytes: t.diskFreeBytes, totalBytes: t.diskTotalBytes });
        if (!t.running || !t.configValid) health = ServerHealth.DEGRADED;
        for (const p of t.problems) detail.problems.push(`${name}: ${p.slice(0, 500)}`);
        if (t.diskFreeBytes !== null && t.diskTotalBytes && t.diskFreeBytes / t.diskTotalBytes < LOW_DISK_SHARE) {
          health = ServerHealth.DEGRADED;
          detail.problems.push(`${name}: disk almost full (${Math.round(t.diskFreeBytes / 2 ** 20)} MB free)`);
        }
      }
    } catch (err) {
      health = ServerHealth.DOWN;
      detail.problems.push((err as Error).message.slice(0, 500));
    }
    const was = server.health;
    server.health = health;
    server.healthCheckedAt = new Date();
    server.healthDetail = detail;
    await em.flush();
    // A machine still being set up, or whose key an admin revoked, is expected not to answer: no alert.
    const expected = !server.firstAnsweredAt || server.accessRevokedAt !== null;
    if (health === ServerHealth.DOWN && was !== ServerHealth.DOWN && !expected) await this.alert(em, server, detail);
    else if (health !== ServerHealth.DOWN && was === ServerHealth.DOWN) await resolveAlert(em, downAlertKey(server.id));
    return server;
  }

  /** What the link recorded on its own when the machine answered (pinned host key, first answer), on the entity in hand. */
  private answered(server: PhysicalServer): void {
    const now = new Date();
    server.hostKey ??= this.links.pooled(server.id)?.hostKey ?? null;
    server.firstAnsweredAt ??= now;
    if (server.transport === ServerTransport.SSH) server.accessConfirmedAt ??= now;
  }

  private async alert(em: EntityManager, server: PhysicalServer, detail: HealthDetail): Promise<void> {
    await raiseAlert(em, this.config, {
      key: downAlertKey(server.id),
      message: `${server.name} (${server.address}) does not answer: ${detail.problems[0] ?? 'no reason given'}. Its tasks wait and new accounts go to other servers until it answers again.`,
      fixPath: FIX.physicalServers,
      company: 'root',
      mail: {
        subject: `server ${server.name} does not answer`,
        intro: 'A server of the cluster stopped answering the panel:',
      },
    });
  }
}
