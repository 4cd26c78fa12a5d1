import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { containsText } from '../../db/search';
import type { Ctx } from '../../graphql/context';
import { conflict, notFound } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { accountForViewer } from '../accounts';
import { ResourceKind, assertWithinLimit } from '../plans';
import type { QuotaService } from '../quotas';
import { IpKind } from './enums';
import { IpAddress } from './ip-address.entity';
import type { LogicalServerService } from './logical-servers.service';
import { expandAddresses } from './ip-ranges';
import { idSchema, validateWith } from './servers.validation';
import { isPostgres, rows, sqlDate } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';

const addSchema = z.object({ serverId: idSchema, kind: z.enum(IpKind), addresses: z.array(z.string()) });

const listed = (addresses: string[]) =>
  addresses.length > 5 ? `${addresses.slice(0, 5).join(', ')} and ${addresses.length - 5} more` : addresses.join(', ');

/**
 * Gives `accountId` the lowest free dedicated address of the server, in one statement, and returns
 * its ID (null when none is free). Concurrent calls never get the same row: SQLite runs one write
 * at a time; on PostgreSQL the inner SELECT locks the row it picks and skips rows other calls hold,
 * and the outer `account_id is null` re-check makes a lost race a miss, never a double allocation.
 */
async function claimFreeDedicated(em: EntityManager, serverId: number, accountId: number): Promise<number | null> {
  const lock = isPostgres(em) ? 'for update skip locked' : '';
  const claimed = await rows<{ id: number }>(
    em,
    `update ip_address set account_id = ?, allocated_at = ?
     where id = (select id from ip_address where server_id = ? and kind = ? and account_id is null order by id limit 1 ${lock})
       and account_id is null
     returning id`,
    [accountId, sqlDate(em, new Date()), serverId, IpKind.DEDICATED],
  );
  return claimed[0] ? Number(claimed[0].id) : null;
}

/** IP address pools of logical servers (SRV-4): adding, allocating to accounts, releasing. */
export class IpAddressService {
  constructor(
    private readonly logicalServers: Pick<LogicalServerService, 'get'>,
    private readonly quotas: Pick<QuotaService, 'assertWithinQuota'>,
  ) {}

  list(
    ctx: Ctx,
    page: Page,
    filter: { serverId?: number | null; kind?: IpKind | null; free?: boolean | null },
  ): Promise<Connection<IpAddress>> {
    const where = (): FilterQuery<IpAddress> => {
      const and: FilterQuery<IpAddress>[] = [];
      if (filter.serverId) and.push({ server: filter.serverId });
      if (filter.kind) and.push({ kind: filter.kind });
      if (filter.free != null) and.push({ account: filter.free ? null : { $ne: null } });
      if (page.search) and.push(containsText(ctx.config.database.dialect, 'address', page.search));
      return and.length ? { $and: and } : {};
    };
    return findPage(ctx.em, IpAddress, where, page, { populate: ['server', 'account'] });
  }

  async get(ctx: Ctx, id: number): Promise<IpAddress> {
    const ip = await ctx.em.findOne(IpAddress, { id }, { populate: ['server', 'account'] });
    if (!ip) throw notFound('IP address');
    return ip;
  }

  /** Adds addresses and ranges to a server's pool: all of them, or (on any duplicate) none. */
  async add(ctx: Ctx, input: unknown): Promise<IpAddress[]> {
    const entries = (input as { addresses?: unknown } | null)?.addresses;
    const expanded = expandAddresses(
      Array.isArray(entries) ? entries.filter((e): e is string => typeof e === 'string') : [],
    );
    const v = validateWith(addSchema, input, expanded.errors);
    const server = await this.logicalServers.get(ctx, v.serverId);
    const { addresses } = expanded;

    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const a of addresses) (seen.has(a) ? repeated : seen).add(a);
    if (repeated.size)
      throw conflict(`${listed([...repeated])} ${repeated.size === 1 ? 'is' : 'are'} listed more than once`);
    const taken = await ctx.em.find(
      IpAddress,
      { address: { $in: addresses } },
      { populate: ['server'], orderBy: { id: 'asc' } },
    );
    if (taken.length) {
      throw conflict(
        `${listed(taken.map((t) => `${t.address} (on ${t.server.name})`))} ${taken.length === 1 ? 'is' : 'are'} already in a pool`,
      );
    }

    try {
      const created = await ctx.em.transactional(async (em) =>
        addresses.map((address) => em.create(IpAddress, { address, server, kind: v.kind })),
      );
      ctx.log.info({ logicalServerId: server.id, count: created.length, by: ctx.viewer?.userId }, 'IP addresses added');
      return created;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw conflict('Some of these addresses were added by someone else meanwhile; nothing was added');
      throw err;
    }
  }

  /** Gives the account a free dedicated address of the server within its plan's limit; CONFLICT when none is free or the plan allows no more. */
  async allocate(ctx: Ctx, accountId: number, serverId: number): Promise<IpAddress> {
    const server = await this.logicalServers.get(ctx, serverId);
    const id = await ctx.em.transactional(async (em) => {
      // The account row is locked (PostgreSQL): two allocations cannot both pass the limit check.
      const account = await accountForViewer(ctx, em, accountId, { forUpdate: true });
      await assertWithinLimit(
        em,
        account,
        ResourceKind.DEDICATED_IP,
        await em.count(
          IpAddress,
          { account: account.id },
          unscoped('counting an account’s IP addresses for its plan limit, whoever the viewer is'),
        ),
      );
      await this.quotas.assertWithinQuota(em, account.reseller.id, ResourceKind.DEDICATED_IP);
      const claimed = await claimFreeDedicated(em, server.id, account.id);
      if (!claimed) throw conflict(`no free dedicated address on ${server.name}`);
      return claimed;
    });
    ctx.log.info({ ipAddressId: id, accountId, by: ctx.viewer?.userId }, 'IP address allocated');
    return ctx.em.findOneOrFail(IpAddress, { id }, { populate: ['server', 'account'], refresh: true });
  }

  async release(ctx: Ctx, id: number): Promise<IpAddress> {
    const ip = await this.get(ctx, id);
    if (!ip.account) throw conflict(`${ip.address} is not allocated`);
    const accountId = ip.account.id;
    // Conditional, so a release racing another release (and a new allocation) cannot free the new holder's address.
    const released = await ctx.em.nativeUpdate(
      IpAddress,
      { id, account: accountId },
      { account: null, allocatedAt: null },
    );
    if (!released) throw conflict(`${ip.address} changed meanwhile; look again`);
    ctx.log.info({ ipAddressId: id, accountId, by: ctx.viewer?.userId }, 'IP address released');
    return ctx.em.findOneOrFail(IpAddress, { id }, { populate: ['server', 'account'], refresh: true });
  }

  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const ip = await this.get(ctx, id);
    if (ip.account) throw conflict(`${ip.address} is allocated to account ${ip.account.id}; release it first`);
    // Conditional, so an allocation that slipped in since the check above is not deleted with it.
    const deleted = await ctx.em.nativeDelete(IpAddress, { id, account: null });
    if (!deleted) throw conflict(`${ip.address} was allocated meanwhile; release it first`);
    return true;
  }
}
