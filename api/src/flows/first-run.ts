import os from 'node:os';
import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, conflict, type FieldError } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import { canonicalIp } from '../ip';
import type { Areas } from '../module';
import { FIX, SetupProblemError } from '../modules/alerts';
import { publicAddressOf, setServiceDomain } from '../modules/dns';
import { checkDomainName } from '../modules/domains';
import { Reseller } from '../modules/resellers';
import { DriverName, IpKind, ServerKind, serversModule, type ServersApi } from '../modules/servers';
import {
  FirstRunChecklist,
  FirstRunStep,
  FirstRunStepId,
  SingleMachineDrivers,
  SingleMachineInput,
} from './first-run.types';

/**
 * The first run of a cluster (master admin): a checklist of what customers' requests need before
 * they can succeed — a machine, logical servers of each kind, default groups that take new
 * accounts, addresses, the service domain — and the usual single-machine layout made in one step.
 * It spans servers (the cluster) and dns (the service domain, name server addresses). The rules
 * are the ones requests meet: placement's (`usableServers`) and the name servers' (`publicAddressOf`);
 * their setup problems are caught here and listed, not raised as alerts.
 */

/** The kinds the checklist asks for, with how many logical servers each needs (DNS-2: two name servers per zone). */
const KINDS: readonly { kind: ServerKind; step: FirstRunStepId; need: number }[] = [
  { kind: ServerKind.WEB, step: FirstRunStepId.WEB_SERVER, need: 1 },
  { kind: ServerKind.DNS, step: FirstRunStepId.DNS_SERVERS, need: 2 },
  { kind: ServerKind.MYSQL, step: FirstRunStepId.MYSQL_SERVER, need: 1 },
  { kind: ServerKind.MAIL, step: FirstRunStepId.MAIL_SERVER, need: 1 },
];

/** Folders the REAL layout's drivers write: the operator's nginx.conf and named.conf include them. */
export const REAL_SETTINGS = {
  web: { driver: DriverName.NGINX, configDir: '/etc/nginx/heliosphere', webRoot: '/var/www/heliosphere' },
  ns1: { driver: DriverName.BIND, configDir: '/etc/bind/heliosphere/ns1', dnsRole: 'PRIMARY' },
  ns2: { driver: DriverName.BIND, configDir: '/etc/bind/heliosphere/ns2', dnsRole: 'SECONDARY' },
  mysql: { driver: DriverName.MARIADB, host: '127.0.0.1', user: 'root' },
} as const;

const step = (
  id: FirstRunStepId,
  have: number,
  need: number,
  fixPath: string,
  extra: { missing?: string[]; detail?: string | null; done?: boolean } = {},
): FirstRunStep => ({
  id,
  have,
  need,
  fixPath,
  done: extra.done ?? have >= need,
  missing: extra.missing ?? [],
  detail: extra.detail ?? null,
});

/**
 * The items a rule refuses, with the setup problem each throws (any other error goes on). One
 * after another: the checks share the request's connection.
 */
async function failing<T>(
  items: readonly T[],
  check: (item: T) => Promise<unknown>,
): Promise<{ items: T[]; reasons: string[] }> {
  const failed: { items: T[]; reasons: string[] } = { items: [], reasons: [] };
  for (const item of items) {
    try {
      await check(item);
    } catch (err) {
      if (!(err instanceof SetupProblemError)) throw err;
      failed.items.push(item);
      failed.reasons.push(err.problem.message);
    }
  }
  return failed;
}

/** The machine's first non-loopback IPv4 address, else 127.0.0.1. */
function ownAddress(): string {
  for (const list of Object.values(os.networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

/** A physical server's name from the host name: lowercase letters, digits, dots and dashes. */
function machineName(): string {
  const name = os
    .hostname()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 64);
  return name || 'panel';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class FirstRunFlow {
  private readonly servers: ServersApi;

  constructor(areas: Areas) {
    this.servers = areas.get(serversModule);
  }

  /** The cluster as it is: its machines, logical servers and groups. */
  private async cluster(ctx: Ctx) {
    // One after another: the statements share the request's connection.
    const physical = await this.servers.physicalServers.list(ctx);
    const logical = await this.servers.logicalServers.list(ctx, {});
    const groups = await this.servers.serverGroups.list(ctx, {});
    return { physical, logical, groups };
  }

  async checklist(ctx: Ctx): Promise<FirstRunChecklist> {
    const { em } = ctx;
    const { physical, logical, groups } = await this.cluster(ctx);
    const steps: FirstRunStep[] = [step(FirstRunStepId.PHYSICAL_SERVER, physical.length, 1, FIX.physicalServers)];
    for (const { kind, step: id, need } of KINDS)
      steps.push(step(id, logical.filter((s) => s.kind === kind).length, need, FIX.logicalServers));

    // A kind is served when placement finds a server for a new account: its default group, enabled, online, with room.
    const unserved = await failing(
      KINDS.map((k) => k.kind),
      (kind) => this.servers.placement.usableServers(em, kind),
    );
    steps.push(
      step(FirstRunStepId.SERVER_GROUPS, KINDS.length - unserved.items.length, KINDS.length, FIX.serverGroups, {
        missing: unserved.items,
        detail: unserved.reasons.join('; ') || null,
      }),
    );

    // Sites answer on their web server's address; zones name their DNS servers, which need one too.
    const addressed = logical.filter((s) => s.kind === ServerKind.WEB || s.kind === ServerKind.DNS);
    const noAddress = await failing(addressed, (server) => publicAddressOf(em, server));
    steps.push(
      step(FirstRunStepId.ADDRESSES, addressed.length - noAddress.items.length, addressed.length, FIX.ipAddresses, {
        missing: noAddress.items.map((s) => s.name),
        detail: noAddress.reasons.join('; ') || null,
        done: addressed.length > 0 && noAddress.items.length === 0,
      }),
    );

    const company = await em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
    steps.push(step(FirstRunStepId.SERVICE_DOMAIN, company.serviceDomain ? 1 : 0, 1, FIX.settings));

    return {
      complete: steps.every((s) => s.done),
      empty: physical.length === 0 && logical.length === 0 && groups.length === 0,
      steps,
      suggestedAddress: ownAddress(),
    };
  }

  /**
   * Makes the usual single-machine layout, in one transaction through the servers' and DNS
   * settings' own services: this machine, default groups for web, DNS, MySQL and mail, the servers
   * web1, ns1 and ns2, mysql1 and mail1 on it, the web server's shared address (the name servers
   * answer on the same address, set as their host), and the service domain. Refused, naming what
   * exists, unless the cluster has no servers and no groups: it never merges into a cluster an
   * admin began by hand.
   */
  async setUpSingleMachine(ctx: Ctx, input: SingleMachineInput): Promise<FirstRunChecklist> {
    const errors: FieldError[] = [];
    const domain = checkDomainName(String(input.serviceDomain ?? ''), { registrable: false });
    if (!domain.ok) errors.push({ field: 'serviceDomain', message: domain.message });
    const address = canonicalIp(String(input.address ?? '').trim());
    if (!address) errors.push({ field: 'address', message: 'must be an IPv4 or IPv6 address' });
    if (!Object.values(SingleMachineDrivers).includes(input.drivers))
      errors.push({ field: 'drivers', message: 'must be FILES or REAL' });
    if (errors.length || !domain.ok || !address) throw badInput(errors);
    const real = input.drivers === SingleMachineDrivers.REAL;

    await ctx.em.transactional(async (tx) => {
      // The services take the request's context: this one's EntityManager is the transaction's.
      const c = Object.create(ctx, { em: { value: tx } }) as Ctx;
      await this.assertEmpty(c);
      await setServiceDomain(c, domain.ascii);
      const { physicalServers, serverGroups, logicalServers, ipAddresses } = this.servers;
      const machine = await physicalServers.create(c, { name: machineName(), os: 'LINUX', address });
      const groupOf = new Map<ServerKind, string>();
      for (const { kind } of KINDS) {
        const group = await serverGroups.create(c, { name: kind.toLowerCase(), kind, isDefault: true });
        groupOf.set(kind, String(group.id));
      }
      const server = (name: string, kind: ServerKind, settings: Record<string, unknown>) =>
        logicalServers.create(c, {
          name,
          kind,
          physicalId: String(machine.id),
          groupId: groupOf.get(kind),
          driver: DriverName.FILES,
          ...settings,
        });
      const web = await server('web1', ServerKind.WEB, real ? REAL_SETTINGS.web : {});
      await ipAddresses.add(c, { serverId: String(web.id), kind: IpKind.SHARED, addresses: [address] });
      await server('ns1', ServerKind.DNS, { host: address, ...(real ? REAL_SETTINGS.ns1 : {}) });
      await server('ns2', ServerKind.DNS, { host: address, ...(real ? REAL_SETTINGS.ns2 : {}) });
      await server('mysql1', ServerKind.MYSQL, real ? REAL_SETTINGS.mysql : {});
      await server('mail1', ServerKind.MAIL, {});
    });
    ctx.log.info({ drivers: input.drivers, by: ctx.viewer?.userId }, 'single-machine layout created');
    return this.checklist(ctx);
  }

  /** CONFLICT naming the servers and groups the cluster already has. */
  private async assertEmpty(ctx: Ctx): Promise<void> {
    const { physical, logical, groups } = await this.cluster(ctx);
    const named = (rows: { name: string }[], one: string, many: string) =>
      rows.length
        ? [
            `${plural(rows.length, one, many)} (${rows
              .slice(0, 5)
              .map((r) => r.name)
              .join(', ')}${rows.length > 5 ? ', …' : ''})`,
          ]
        : [];
    const parts = [
      ...named(physical, 'physical server', 'physical servers'),
      ...named(logical, 'logical server', 'logical servers'),
      ...named(groups, 'server group', 'server groups'),
    ];
    if (parts.length)
      throw conflict(
        `The cluster already has ${parts.join(', ')}; the single-machine layout is made on an empty cluster only: add what is missing on the servers pages`,
      );
  }
}

@Resolver()
export class FirstRunResolver {
  constructor(private readonly api: { firstRun: FirstRunFlow }) {}

  @Access('master')
  @Query(() => FirstRunChecklist, {
    description:
      'What the cluster still needs before customers’ requests can succeed: each step, whether it is done, what is missing and where it is fixed.',
  })
  firstRunChecklist(@Context() ctx: Ctx): Promise<FirstRunChecklist> {
    return this.api.firstRun.checklist(ctx);
  }

  @Access('master')
  @Mutation(() => FirstRunChecklist, {
    description:
      'Makes the usual single-machine layout on an empty cluster: this machine, default WEB, DNS, MYSQL and MAIL groups, web1, ns1, ns2, mysql1 and mail1, the web server’s shared address and the service domain, in one transaction. CONFLICT naming what exists when the cluster has any server or group; BAD_USER_INPUT naming the field.',
  })
  setUpSingleMachine(
    @Context() ctx: Ctx,
    @Arg('input', () => SingleMachineInput) input: SingleMachineInput,
  ): Promise<FirstRunChecklist> {
    return this.api.firstRun.setUpSingleMachine(ctx, input);
  }
}
