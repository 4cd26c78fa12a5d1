import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { batched, groupBy } from './batch';
import { LogicalServer } from './logical-server.entity';
import { PhysicalServer } from './physical-server.entity';
import { PhysicalServerInput } from './servers.inputs';
import type { PhysicalServerService } from './physical-servers.service';
import { ListBound } from '../../graphql/list-bound';

/** The admin pages' physical servers (SRV-1). */
@Resolver(() => PhysicalServer)
export class PhysicalServersResolver {
  constructor(private readonly api: { physicalServers: PhysicalServerService }) {}

  @Access('master')
  @ListBound(500)
  @Query(() => [PhysicalServer], { description: 'Every machine of the cluster, by name.' })
  physicalServers(@Context() ctx: Ctx): Promise<PhysicalServer[]> {
    return this.api.physicalServers.list(ctx);
  }

  @Access('master')
  @Query(() => PhysicalServer, { description: 'One machine; NOT_FOUND for an unknown ID.' })
  physicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    return this.api.physicalServers.get(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => PhysicalServer, { description: 'Adds a machine; CONFLICT when the name is taken.' })
  createPhysicalServer(
    @Context() ctx: Ctx,
    @Arg('input', () => PhysicalServerInput) input: PhysicalServerInput,
  ): Promise<PhysicalServer> {
    return this.api.physicalServers.create(ctx, input);
  }

  @Access('master')
  @Mutation(() => PhysicalServer, {
    description: 'Changes a machine’s name, OS, address, and (when given) status and notes.',
  })
  updatePhysicalServer(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PhysicalServerInput) input: PhysicalServerInput,
  ): Promise<PhysicalServer> {
    return this.api.physicalServers.update(ctx, parseId(id), input);
  }

  @Access('master')
  @Mutation(() => Boolean, { description: 'Removes a machine; CONFLICT while logical servers run on it.' })
  deletePhysicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.physicalServers.delete(ctx, parseId(id));
  }

  @ListBound(50)
  @FieldResolver(() => [LogicalServer], { description: 'The logical servers running on this machine, by name.' })
  async logicalServers(@Context() ctx: Ctx, @Root() server: PhysicalServer): Promise<LogicalServer[]> {
    const list = await batched(ctx, 'PhysicalServer.logicalServers', server.id, async (ids) => {
      const found = await ctx.em.find(
        LogicalServer,
        { physical: { $in: ids } },
        { populate: ['group'], orderBy: { name: 'asc' } },
      );
      return groupBy(found, (s) => s.physical.id);
    });
    return list ?? [];
  }
}
