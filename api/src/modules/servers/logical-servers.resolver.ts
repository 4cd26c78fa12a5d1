import { wrap } from '@mikro-orm/core';
import {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { batched } from './batch';
import { ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';
import { PhysicalServer } from './physical-server.entity';
import { ServerGroup } from './server-group.entity';
import { ServerLoad } from './server-load';
import { CreateLogicalServerInput, UpdateLogicalServerInput } from './servers.inputs';
import type { LogicalServerService } from './logical-servers.service';
import type { PlacementService } from './placement.service';
import { ResyncReport, type ResyncService } from './resync';
import { placeholders, rows } from '../../db/raw-sql';
import { ListBound } from '../../graphql/list-bound';

@ArgsType()
class KindArgs {
  @Field(() => ServerKind, { nullable: true, description: 'Only servers of this kind.' })
  kind?: ServerKind | null;
}

/** The admin pages' logical servers (SRV-2): driver settings in (the password only ever in), load figures out. */
@Resolver(() => LogicalServer)
export class LogicalServersResolver {
  constructor(
    private readonly api: {
      logicalServers: LogicalServerService;
      placement: Pick<PlacementService, 'loads'>;
      resync: ResyncService;
    },
  ) {}

  @Access('master')
  @Mutation(() => ResyncReport, {
    description:
      'Compares what the server holds with the database and queues tasks for what is missing or different; what the panel does not know is listed, not removed. WEB, DNS and MYSQL servers.',
  })
  resyncLogicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResyncReport> {
    return this.api.resync.resync(ctx, parseId(id));
  }

  @Access('master')
  @ListBound(500)
  @Query(() => [LogicalServer], { description: 'Logical servers, by name.' })
  logicalServers(@Context() ctx: Ctx, @Args(() => KindArgs) args: KindArgs): Promise<LogicalServer[]> {
    return this.api.logicalServers.list(ctx, { kind: args.kind });
  }

  @Access('master')
  @Query(() => LogicalServer, { description: 'One logical server; NOT_FOUND for an unknown ID.' })
  logicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<LogicalServer> {
    return this.api.logicalServers.get(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => LogicalServer, {
    description: 'Adds a logical server on a physical one; CONFLICT when the name is taken.',
  })
  createLogicalServer(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateLogicalServerInput) input: CreateLogicalServerInput,
  ): Promise<LogicalServer> {
    return this.api.logicalServers.create(ctx, input);
  }

  @Access('master')
  @Mutation(() => LogicalServer, { description: 'Changes a logical server; omitted fields stay as they are.' })
  updateLogicalServer(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLogicalServerInput) input: UpdateLogicalServerInput,
  ): Promise<LogicalServer> {
    return this.api.logicalServers.update(ctx, parseId(id), input);
  }

  @Access('master')
  @Mutation(() => LogicalServer, {
    description: 'Disabled servers get no new resources; what is on them keeps working.',
  })
  setLogicalServerEnabled(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
  ): Promise<LogicalServer> {
    return this.api.logicalServers.setEnabled(ctx, parseId(id), enabled);
  }

  @Access('master')
  @Mutation(() => Boolean, {
    description:
      'Removes a logical server and its free IP addresses; CONFLICT while accounts, databases, allocated addresses or unfinished tasks are on it.',
  })
  deleteLogicalServer(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.logicalServers.delete(ctx, parseId(id));
  }

  @FieldResolver(() => PhysicalServer, { description: 'The machine it runs on.' })
  async physical(@Context() ctx: Ctx, @Root() server: LogicalServer): Promise<PhysicalServer> {
    if (wrap(server.physical).isInitialized()) return server.physical;
    const found = await batched(ctx, 'LogicalServer.physical', server.physical.id, async (ids) => {
      const list = await ctx.em.find(PhysicalServer, { id: { $in: ids } });
      return new Map(list.map((p) => [p.id, p]));
    });
    return found!;
  }

  @FieldResolver(() => ServerGroup, {
    nullable: true,
    description: 'The group placement chooses it from; null when in none.',
  })
  async group(@Context() ctx: Ctx, @Root() server: LogicalServer): Promise<ServerGroup | null> {
    if (!server.group) return null;
    if (wrap(server.group).isInitialized()) return server.group;
    const found = await batched(ctx, 'LogicalServer.group', server.group.id, async (ids) => {
      const list = await ctx.em.find(ServerGroup, { id: { $in: ids } });
      return new Map(list.map((g) => [g.id, g]));
    });
    return found ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the driver connects (address or host name).' })
  host(@Root() server: LogicalServer): string | null {
    return server.settings.host ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'TCP port the driver connects to; null for the driver’s default.',
  })
  port(@Root() server: LogicalServer): number | null {
    return server.settings.port ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Login the driver uses.' })
  user(@Root() server: LogicalServer): string | null {
    return server.settings.user ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "MySQL: host part of the users it creates (null means '%').",
  })
  userHost(@Root() server: LogicalServer): string | null {
    return server.settings.userHost ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'BIND/NGINX: the folder the driver writes.' })
  configDir(@Root() server: LogicalServer): string | null {
    return server.settings.configDir ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'BIND/NGINX: the command the driver runs to check and reload (null: `rndc` or `nginx`).',
  })
  controlCommand(@Root() server: LogicalServer): string | null {
    return server.settings.controlCommand ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'NGINX: the port sites serve HTTPS on (null: 443).' })
  tlsPort(@Root() server: LogicalServer): number | null {
    return server.settings.tlsPort ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'NGINX: the folder holding account homes and document roots.',
  })
  webRoot(@Root() server: LogicalServer): string | null {
    return server.settings.webRoot ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'DNS: the public host name of this name server, as set (see also DNS settings for the name in use).',
  })
  nameServer(@Root() server: LogicalServer): string | null {
    return server.settings.nameServer ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'DNS: PRIMARY or SECONDARY when the admin fixed the role; null when chosen at random per zone.',
  })
  dnsRole(@Root() server: LogicalServer): string | null {
    return server.settings.dnsRole ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether a driver password is stored. The password itself is never returned.',
  })
  async hasPassword(@Context() ctx: Ctx, @Root() server: LogicalServer): Promise<boolean> {
    // The sealed secret is a lazy column: ask the database which servers have one instead of loading it.
    const has = await batched(ctx, 'LogicalServer.hasPassword', server.id, async (ids) => {
      const found = await rows<{ id: number }>(
        ctx.em,
        `select id from logical_server where secret is not null and id in (${placeholders(ids.length)})`,
        ids,
      );
      return new Map(found.map((r) => [Number(r.id), true]));
    });
    return has ?? false;
  }

  @FieldResolver(() => ServerLoad, { description: 'Accounts, databases, disk and running tasks on this server now.' })
  async load(@Context() ctx: Ctx, @Root() server: LogicalServer): Promise<ServerLoad> {
    const load = await batched(ctx, 'LogicalServer.load', server.id, (ids) => this.api.placement.loads(ctx.em, ids));
    return load!;
  }
}
