import { ForeignKeyConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, type FieldError } from '../../errors';
import type { Core } from '../../module';
import { Task, TaskState } from '../../tasks/task.entity';
import { AccountServer } from './account-server.entity';
import { DriverName, ServerKind } from './enums';
import { IpAddress } from './ip-address.entity';
import { LogicalServer, type DriverSettings } from './logical-server.entity';
import { PhysicalServer } from './physical-server.entity';
import { UniqueName } from './unique-name';
import { ServerGroup } from './server-group.entity';
import {
  driverPasswordSchema,
  driverUserSchema,
  hostSchema,
  idSchema,
  maxAccountsSchema,
  maxDiskMbSchema,
  maxTasksSchema,
  portSchema,
  serverNameSchema,
  userHostSchema,
  validateWith,
  absolutePathSchema,
  controlCommandSchema,
  hostNameSchema,
} from './servers.validation';
import { unscoped } from '../../db/scope';

const fields = {
  name: serverNameSchema,
  kind: z.enum(ServerKind),
  physicalId: idSchema,
  groupId: idSchema.nullish(),
  driver: z.enum(DriverName),
  host: hostSchema.nullish(),
  port: portSchema.nullish(),
  tlsPort: portSchema.nullish(),
  user: driverUserSchema.nullish(),
  password: driverPasswordSchema.nullish(),
  userHost: userHostSchema.nullish(),
  configDir: absolutePathSchema.nullish(),
  controlCommand: controlCommandSchema.nullish(),
  webRoot: absolutePathSchema.nullish(),
  nameServer: hostNameSchema.nullish(),
  dnsRole: z.enum(['PRIMARY', 'SECONDARY'], 'must be PRIMARY or SECONDARY').nullish(),
  maxAccounts: maxAccountsSchema.nullish(),
  maxDiskMb: maxDiskMbSchema.nullish(),
  maxTasks: maxTasksSchema.nullish(),
  enabled: z.boolean().nullish(),
};
const createSchema = z.object(fields);
const updateSchema = z.object({
  ...fields,
  name: fields.name.nullish(),
  kind: fields.kind.nullish(),
  physicalId: fields.physicalId.nullish(),
  driver: fields.driver.nullish(),
  clearPassword: z.boolean().nullish(),
});
type UpdateValues = z.output<typeof updateSchema>;

/** What the rules that span fields look at, whether from a new server's input or from a server with changes applied. */
interface Shape {
  kind: ServerKind;
  driver: DriverName;
}

/** Which settings a server has after a change (given now, or kept from before). */
type Has = (key: 'host' | 'user' | 'configDir' | 'webRoot') => boolean;

/** The kind each real driver serves, and the settings it cannot work without. */
const DRIVER_NEEDS: Partial<
  Record<DriverName, { kind: ServerKind; required: ('host' | 'user' | 'configDir' | 'webRoot')[] }>
> = {
  [DriverName.MARIADB]: { kind: ServerKind.MYSQL, required: ['host', 'user'] },
  [DriverName.BIND]: { kind: ServerKind.DNS, required: ['configDir'] },
  [DriverName.NGINX]: { kind: ServerKind.WEB, required: ['configDir', 'webRoot'] },
};

/** Each real driver drives one kind of server and needs some settings; FILES works for every kind. */
function driverRules(s: Partial<Shape>, has: Has): FieldError[] {
  const out: FieldError[] = [];
  const needs = s.driver ? DRIVER_NEEDS[s.driver] : undefined;
  if (!needs) return out;
  if (s.kind && s.kind !== needs.kind)
    out.push({ field: 'driver', message: `${s.driver} drives ${needs.kind} servers only; use FILES for this kind` });
  for (const key of needs.required)
    if (!has(key)) out.push({ field: key, message: `is required for the ${s.driver} driver` });
  return out;
}

const present = (v: unknown) => typeof v === 'string' && v.trim() !== '';

const names = new UniqueName(LogicalServer, 'A logical server');

/**
 * Counts the rows of any tenant an area keeps on a server (e.g. MySQL databases), which keep it
 * from being deleted or changing kind. Runs whoever the viewer is: lift the tenant filter.
 */
export type ServerUseCounter = (em: EntityManager, serverId: number) => Promise<number>;

/** What a counted row is called in the refusal, e.g. `{ one: 'MySQL database', many: 'MySQL databases' }`. */
export interface ServerUseNoun {
  one: string;
  many: string;
}

/** Logical servers (SRV-2): the services on the machines, with their driver settings and capacity. */
export class LogicalServerService {
  /** The rows other areas keep on servers, in the order they registered (and are named in a refusal). */
  private readonly useCounters: { noun: ServerUseNoun; count: ServerUseCounter }[] = [];

  constructor(private readonly core: Pick<Core, 'secrets'>) {}

  /**
   * An area that places rows on servers registers how to count them (from its services factory):
   * a server with any of them on it cannot be deleted, nor change its kind.
   */
  countServerUseWith(noun: ServerUseNoun, counter: ServerUseCounter): void {
    this.useCounters.push({ noun, count: counter });
  }

  list(ctx: Ctx, filter: { kind?: ServerKind | null }): Promise<LogicalServer[]> {
    const where: FilterQuery<LogicalServer> = filter.kind ? { kind: filter.kind } : {};
    return ctx.em.find(LogicalServer, where, { populate: ['physical', 'group'], orderBy: { name: 'asc' } });
  }

  async get(ctx: Ctx, id: number): Promise<LogicalServer> {
    const server = await ctx.em.findOne(LogicalServer, { id }, { populate: ['physical', 'group'] });
    if (!server) throw notFound('Logical server');
    return server;
  }

  async create(ctx: Ctx, input: unknown): Promise<LogicalServer> {
    const raw = (input ?? {}) as Record<string, unknown>;
    const v = validateWith(
      createSchema,
      input,
      driverRules(raw as Partial<Shape>, (key) => present(raw[key])),
    );
    const physical = await this.physical(ctx, v.physicalId);
    const group = v.groupId ? await this.group(ctx, v.groupId, v.kind) : null;
    await names.assertFree(ctx.em, v.name);
    const server = ctx.em.create(LogicalServer, {
      name: v.name,
      kind: v.kind,
      physical,
      group,
      driver: v.driver,
      settings: settingsOf(v),
      secret: v.password ? this.core.secrets.seal(v.password) : null,
      maxAccounts: v.maxAccounts ?? null,
      maxDiskMb: v.maxDiskMb ?? null,
      maxTasks: v.maxTasks ?? 2,
      enabled: v.enabled ?? true,
    });
    await names.write(v.name, () => ctx.em.flush());
    ctx.log.info({ logicalServerId: server.id, kind: server.kind, by: ctx.viewer?.userId }, 'logical server created');
    return server;
  }

  async update(ctx: Ctx, id: number, input: unknown): Promise<LogicalServer> {
    const raw = (input ?? {}) as Record<string, unknown>;
    const server = await this.get(ctx, id);
    const next: Shape = {
      kind: (raw.kind as ServerKind | null) ?? server.kind,
      driver: (raw.driver as DriverName | null) ?? server.driver,
    };
    const cross = driverRules(next, (key) =>
      raw[key] === undefined ? present(server.settings[key]) : present(raw[key]),
    );
    if (raw.password != null && raw.clearPassword)
      cross.push({ field: 'clearPassword', message: 'cannot be set together with a new password' });
    if (raw.groupId === undefined && server.group && server.group.kind !== next.kind) {
      cross.push({
        field: 'groupId',
        message: `the server’s group "${server.group.name}" is for ${server.group.kind} servers; choose a ${next.kind} group or none`,
      });
    }
    const v = validateWith(updateSchema, input, cross);

    if (v.name && v.name !== server.name) await names.assertFree(ctx.em, v.name);
    if (v.kind && v.kind !== server.kind && (await this.placedCount(ctx, id)).total > 0) {
      throw conflict(`${server.name} has resources placed on it; its kind cannot change`);
    }
    if (v.physicalId) server.physical = await this.physical(ctx, v.physicalId);
    if (v.groupId !== undefined) server.group = v.groupId ? await this.group(ctx, v.groupId, next.kind) : null;

    if (v.name) server.name = v.name;
    server.kind = next.kind;
    server.driver = next.driver;
    server.settings = mergeSettings(server.settings, v);
    if (v.password || v.clearPassword) {
      await ctx.em.populate(server, ['secret']); // lazy: loaded, so that clearing it is seen as a change
      server.secret = v.password ? this.core.secrets.seal(v.password) : null;
    }
    if (v.maxAccounts !== undefined) server.maxAccounts = v.maxAccounts;
    if (v.maxDiskMb !== undefined) server.maxDiskMb = v.maxDiskMb;
    if (v.maxTasks != null) server.maxTasks = v.maxTasks;
    if (v.enabled != null) server.enabled = v.enabled;
    await names.write(server.name, () => ctx.em.flush());
    return server;
  }

  async setEnabled(ctx: Ctx, id: number, enabled: boolean): Promise<LogicalServer> {
    const server = await this.get(ctx, id);
    server.enabled = enabled;
    await ctx.em.flush();
    ctx.log.info({ logicalServerId: id, enabled, by: ctx.viewer?.userId }, 'logical server enabled changed');
    return server;
  }

  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const server = await this.get(ctx, id);
    const placed = await this.placedCount(ctx, id);
    const allocated = await ctx.em.count(IpAddress, { server: id, account: { $ne: null } });
    const pendingTasks = await ctx.em.count(
      Task,
      { server: id, state: { $in: [TaskState.QUEUED, TaskState.RUNNING] } },
      unscoped('a server with any tenant’s unfinished task cannot be deleted'),
    );
    const parts = (
      [
        [placed.accounts, 'account', 'accounts'],
        ...placed.others.map(({ noun, n }) => [n, noun.one, noun.many] as const),
        [allocated, 'allocated IP address', 'allocated IP addresses'],
        [pendingTasks, 'unfinished task', 'unfinished tasks'],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
    if (parts.length) throw conflict(`${server.name} still has ${parts.join(', ')} on it; move or remove them first`);
    try {
      await ctx.em.transactional(async (em) => {
        await em.nativeDelete(IpAddress, { server: id }); // its free addresses go with it
        await em.nativeDelete(LogicalServer, { id });
      });
    } catch (err) {
      if (err instanceof ForeignKeyConstraintViolationException)
        throw conflict(`${server.name} got new resources meanwhile; try again`);
      throw err;
    }
    ctx.log.info({ logicalServerId: id, by: ctx.viewer?.userId }, 'logical server deleted');
    return true;
  }

  /** Rows of any tenant on the server: its placements, and what other areas registered (databases, logins). */
  private async placedCount(ctx: Ctx, id: number) {
    const accounts = await ctx.em.count(
      AccountServer,
      { server: id },
      unscoped('a server with any tenant’s rows on it cannot be deleted'),
    );
    const others: { noun: ServerUseNoun; n: number }[] = [];
    for (const { noun, count } of this.useCounters) others.push({ noun, n: await count(ctx.em, id) });
    return { accounts, others, total: others.reduce((sum, o) => sum + o.n, accounts) };
  }

  private async physical(ctx: Ctx, id: number): Promise<PhysicalServer> {
    const physical = await ctx.em.findOne(PhysicalServer, { id });
    if (!physical) throw notFound('Physical server');
    return physical;
  }

  private async group(ctx: Ctx, id: number, kind: ServerKind): Promise<ServerGroup> {
    const group = await ctx.em.findOne(ServerGroup, { id });
    if (!group) throw notFound('Server group');
    if (group.kind !== kind)
      throw badInput([
        { field: 'groupId', message: `must be a group of ${kind} servers; "${group.name}" is for ${group.kind}` },
      ]);
    return group;
  }
}

const SETTING_KEYS = [
  'host',
  'port',
  'tlsPort',
  'user',
  'userHost',
  'configDir',
  'controlCommand',
  'webRoot',
  'nameServer',
  'dnsRole',
] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

/** The driver settings of a new server: only what was given. */
function settingsOf(v: Pick<UpdateValues, SettingKey>): DriverSettings {
  const s: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (v[key]) s[key] = v[key];
  return s as DriverSettings;
}

/** Omitted keys stay, null removes one, a value replaces it. A new object, so the ORM sees the change. */
function mergeSettings(current: DriverSettings, v: UpdateValues): DriverSettings {
  const next: DriverSettings = { ...current };
  for (const key of SETTING_KEYS) {
    const value = v[key];
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  return next;
}
