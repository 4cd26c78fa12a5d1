import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { CreateStaffLoginInput } from './staff.inputs';
import type { StaffService } from './staff.service';
import { User } from './user.entity';

/** An admin's support staff logins (their own company's). */
@Resolver()
export class StaffResolver {
  constructor(private readonly api: { staff: StaffService }) {}

  @Access('admin')
  @ListBound(200)
  @Query(() => [User], { description: 'Your company’s support staff logins, by login; at most 200.' })
  staffLogins(@Context() ctx: Ctx): Promise<User[]> {
    return this.api.staff.list(ctx);
  }

  @Access('admin')
  @Mutation(() => User, { description: 'Creates a support staff login in your company.' })
  createStaffLogin(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateStaffLoginInput) input: CreateStaffLoginInput,
  ): Promise<User> {
    return this.api.staff.create(ctx, input);
  }

  @Access('admin')
  @Mutation(() => User, {
    description: 'Disables a support staff login of your company (its sessions end at once), or enables it again.',
  })
  setStaffLoginDisabled(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ): Promise<User> {
    return this.api.staff.setDisabled(ctx, parseId(id, 'id'), disabled);
  }
}
