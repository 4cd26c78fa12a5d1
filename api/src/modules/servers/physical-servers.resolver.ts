import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { notFound, parseId } from '../../errors';
import { batched, groupBy } from './batch';
import { LogicalServer } from './logical-server.entity';
import { PhysicalServer } from './physical-server.entity';
import { PhysicalServerInput } from './servers.inputs';
import type { PhysicalServerService } from './physical-servers.service';
import type { ServerAccessService } from './server-access.service';
import type { ServerHealthService } from './server-health';
import { ListBound } from '../../graphql/list-bound';

/** The admin pages' physical servers (SRV-1). */
@Resolver(() => PhysicalServer)
export class PhysicalServersResolver {
  constructor(
    private readonly api: {
      physicalServers: PhysicalServerService;
      access: ServerAccessService;
      health: ServerHealthService;
    },
  ) {}

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

  @Access('master')
  @Mutation(() => PhysicalServer, {
    description:
      'Gives an SSH machine a new key (replacing any, revoked or not); run its setupCommand on the machine to authorise it.',
  })
  async issuePhysicalServerKey(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    const server = await this.api.physicalServers.get(ctx, parseId(id));
    const issued = await this.api.access.issue(ctx.em, server);
    ctx.log.info({ physicalServerId: server.id, by: ctx.viewer?.userId }, 'server key issued');
    return issued;
  }

  @Access('master')
  @Mutation(() => PhysicalServer, {
    description:
      'Replaces the key in use through the agent itself (new key authorised, proven, then the old one dropped).',
  })
  rotatePhysicalServerKey(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    return this.api.access.rotate(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => PhysicalServer, {
    description:
      'Stops using the machine: asks it to drop the key, destroys the panel’s copy; its tasks wait until a new key is issued.',
  })
  revokePhysicalServerKey(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    return this.api.access.revoke(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => PhysicalServer, {
    description: 'Forgets the pinned host key (after a reinstall); the next connection pins the one it finds.',
  })
  forgetPhysicalServerHostKey(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    return this.api.access.forgetHostKey(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => PhysicalServer, { description: 'Checks the machine’s health now.' })
  async checkPhysicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PhysicalServer> {
    const server = await ctx.em.findOne(PhysicalServer, { id: parseId(id) }, { populate: ['accessKey'] });
    if (!server) throw notFound('Physical server');
    return this.api.health.check(ctx.em, server);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'SSH: what to run as root on the machine to install the agent and authorise the panel’s key; null once it answered.',
  })
  setupCommand(@Root() server: PhysicalServer): string | null {
    return this.api.access.setupCommandOf(server);
  }

  @FieldResolver(() => [String], { description: 'What the last health check found wrong (empty when UP).' })
  healthProblems(@Root() server: PhysicalServer): string[] {
    return server.healthDetail?.problems ?? [];
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
