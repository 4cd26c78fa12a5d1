import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { notFound, validate } from '../../errors';
import { PlacementPolicy, ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';
import { UniqueName } from './unique-name';
import { ServerGroup } from './server-group.entity';
import { serverNameSchema } from './servers.validation';
import { isPostgres } from '../../db/raw-sql';

const createSchema = z.object({
  name: serverNameSchema,
  kind: z.enum(ServerKind),
  policy: z.enum(PlacementPolicy).nullish(),
  isDefault: z.boolean().nullish(),
});
const updateSchema = z.object({
  name: serverNameSchema.nullish(),
  policy: z.enum(PlacementPolicy).nullish(),
  isDefault: z.boolean().nullish(),
});

const names = new UniqueName(ServerGroup, 'A server group');

/** Server groups (SRV-3): the logical servers of one kind that placement chooses among. */
export class ServerGroupService {
  list(ctx: Ctx, filter: { kind?: ServerKind | null }): Promise<ServerGroup[]> {
    const where: FilterQuery<ServerGroup> = filter.kind ? { kind: filter.kind } : {};
    return ctx.em.find(ServerGroup, where, { orderBy: { kind: 'asc', name: 'asc' } });
  }

  async get(ctx: Ctx, id: number): Promise<ServerGroup> {
    const group = await ctx.em.findOne(ServerGroup, { id });
    if (!group) throw notFound('Server group');
    return group;
  }

  /** Members of each group, for the `members` field of a list (one query for all groups asked). */
  async membersOf(ctx: Ctx, groupIds: number[]): Promise<Map<number, LogicalServer[]>> {
    const members = await ctx.em.find(
      LogicalServer,
      { group: { $in: groupIds } },
      { populate: ['physical'], orderBy: { name: 'asc' } },
    );
    const out = new Map<number, LogicalServer[]>(groupIds.map((id) => [id, []]));
    for (const m of members) out.get(m.group!.id)?.push(m);
    return out;
  }

  async create(ctx: Ctx, input: unknown): Promise<ServerGroup> {
    const v = validate(createSchema, input);
    await names.assertFree(ctx.em, v.name);
    const group = await names.write(v.name, () =>
      ctx.em.transactional(async (em) => {
        if (v.isDefault) await this.clearDefault(em, v.kind);
        return em.create(ServerGroup, {
          name: v.name,
          kind: v.kind,
          policy: v.policy ?? PlacementPolicy.RANDOM,
          isDefault: v.isDefault ?? false,
        });
      }),
    );
    ctx.log.info({ serverGroupId: group.id, by: ctx.viewer?.userId }, 'server group created');
    return group;
  }

  async update(ctx: Ctx, id: number, input: unknown): Promise<ServerGroup> {
    const v = validate(updateSchema, input);
    const group = await this.get(ctx, id);
    if (v.name && v.name !== group.name) await names.assertFree(ctx.em, v.name);
    return names.write(v.name ?? group.name, () =>
      ctx.em.transactional(async (em) => {
        if (v.isDefault && !group.isDefault) await this.clearDefault(em, group.kind);
        if (v.name) group.name = v.name;
        if (v.policy) group.policy = v.policy;
        if (v.isDefault != null) group.isDefault = v.isDefault;
        return group;
      }),
    );
  }

  /** Deletes the group; its members stay, in no group (the foreign key would do the same). */
  async delete(ctx: Ctx, id: number): Promise<boolean> {
    await this.get(ctx, id); // NOT_FOUND for an unknown ID
    await ctx.em.transactional(async (em) => {
      await em.nativeUpdate(LogicalServer, { group: id }, { group: null });
      await em.nativeDelete(ServerGroup, { id });
    });
    ctx.log.info({ serverGroupId: id, by: ctx.viewer?.userId }, 'server group deleted');
    return true;
  }

  /**
   * One default group per kind: the others of the kind stop being default in the same transaction.
   * On PostgreSQL a transaction-scoped advisory lock per kind makes two concurrent "make default"
   * calls run one after the other, so the second sees and clears the first.
   */
  private async clearDefault(em: EntityManager, kind: ServerKind): Promise<void> {
    if (isPostgres(em))
      await em
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtext(?))',
          [`server_group.default.${kind}`],
          'all',
          em.getTransactionContext(),
        );
    await em.nativeUpdate(ServerGroup, { kind, isDefault: true }, { isDefault: false });
    for (const g of em.getUnitOfWork().getIdentityMap().values()) {
      if (g instanceof ServerGroup && g.kind === kind) g.isDefault = false; // keep loaded rows in step with the update
    }
  }
}
