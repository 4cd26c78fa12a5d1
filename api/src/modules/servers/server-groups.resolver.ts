import {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
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
import { ServerGroup } from './server-group.entity';
import { ServerGroupInput, UpdateServerGroupInput } from './servers.inputs';
import type { ServerGroupService } from './server-groups.service';
import { ListBound } from '../../graphql/list-bound';

@ArgsType()
class GroupKindArgs {
  @Field(() => ServerKind, { nullable: true, description: 'Only groups of this kind.' })
  kind?: ServerKind | null;
}

/** The admin pages' server groups (SRV-3) and which group is the default of its kind. */
@Resolver(() => ServerGroup)
export class ServerGroupsResolver {
  constructor(private readonly api: { serverGroups: ServerGroupService }) {}

  @Access('master')
  @ListBound(100)
  @Query(() => [ServerGroup], { description: 'Server groups, by kind and name.' })
  serverGroups(@Context() ctx: Ctx, @Args(() => GroupKindArgs) args: GroupKindArgs): Promise<ServerGroup[]> {
    return this.api.serverGroups.list(ctx, { kind: args.kind });
  }

  @Access('master')
  @Mutation(() => ServerGroup, {
    description: 'Adds a group; with isDefault it becomes the default of its kind. CONFLICT when the name is taken.',
  })
  createServerGroup(
    @Context() ctx: Ctx,
    @Arg('input', () => ServerGroupInput) input: ServerGroupInput,
  ): Promise<ServerGroup> {
    return this.api.serverGroups.create(ctx, input);
  }

  @Access('master')
  @Mutation(() => ServerGroup, {
    description: 'Renames a group, changes its policy, or makes it (or stops it being) the default of its kind.',
  })
  updateServerGroup(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServerGroupInput) input: UpdateServerGroupInput,
  ): Promise<ServerGroup> {
    return this.api.serverGroups.update(ctx, parseId(id), input);
  }

  @Access('master')
  @Mutation(() => Boolean, { description: 'Removes a group; its members stay, in no group.' })
  deleteServerGroup(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.serverGroups.delete(ctx, parseId(id));
  }

  @ListBound(100)
  @FieldResolver(() => [LogicalServer], { description: 'The logical servers in this group, by name.' })
  async members(@Context() ctx: Ctx, @Root() group: ServerGroup): Promise<LogicalServer[]> {
    const list = await batched(ctx, 'ServerGroup.members', group.id, (ids) =>
      this.api.serverGroups.membersOf(ctx, ids),
    );
    return list ?? [];
  }
}
