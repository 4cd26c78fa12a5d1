import {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { Account } from '../accounts';
import { Role, User } from '../identity';
import { Reseller } from '../resellers';
import { ListBound } from '../../graphql/list-bound';
import type { AccountService } from '../accounts';
import type { UserService } from './users.service';

export const UserConnection = ConnectionType(User, 'User');

@ArgsType()
class UsersArgs extends PageArgs {
  @Field(() => Role, { nullable: true, description: 'Only users with this role.' })
  role?: Role | null;
}

@InputType({ description: 'A new end user together with their first account.' })
export class CreateUserInput {
  @Field(() => String)
  login!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Initial password, at least 8 characters.' })
  password!: string;

  @Field(() => String, { description: 'Name of the first account.' })
  accountName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Master admin only: the reseller the user belongs to (default: your own).',
  })
  resellerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The first account’s plan (any plan of the company, signup-enabled or not); without it the account has the default limits and is not billed.',
  })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: 'With planId: one of the plan’s billing periods, in months.' })
  periodMonths?: number | null;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The user’s new password, at least 8 characters.' })
  newPassword!: string;
}

/** The admin panel's Users: list, search, create with a first account, reset a password. */
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly api: { users: UserService; accounts: Pick<AccountService, 'ownedBy'> }) {}

  @Access('admin')
  @Query(() => UserConnection, { description: 'Users you manage, newest first. `search` matches login and e-mail.' })
  users(@Context() ctx: Ctx, @Args(() => UsersArgs) args: UsersArgs): Promise<Connection<User>> {
    return this.api.users.list(ctx, parsePage(args), { role: args.role });
  }

  @Access('admin')
  @Query(() => User, { description: 'One user you manage. NOT_FOUND for any other ID.' })
  user(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<User> {
    return this.api.users.get(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => User, { description: 'Creates an end user and their first account.' })
  createUser(@Context() ctx: Ctx, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return this.api.users.create(ctx, {
      ...input,
      resellerId: input.resellerId != null ? parseId(input.resellerId, 'resellerId') : null,
      planId: input.planId != null ? parseId(input.planId, 'planId') : null,
    });
  }

  @Access('admin')
  @Mutation(() => User, { description: 'Sets a user’s password; all their sessions are signed out.' })
  resetUserPassword(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ): Promise<User> {
    return this.api.users.resetPassword(ctx, parseId(id), input);
  }

  @ListBound(100)
  @FieldResolver(() => [Account], { description: 'The accounts this user owns.' })
  accounts(@Context() ctx: Ctx, @Root() user: Pick<User, 'id'>): Promise<Account[]> {
    return this.api.accounts.ownedBy(ctx, user.id);
  }

  @FieldResolver(() => Reseller, { description: 'The hosting company the user belongs to.' })
  reseller(@Context() ctx: Ctx, @Root() user: { reseller: { id: number } }): Promise<Reseller> {
    return ctx.em.findOneOrFail(Reseller, { id: user.reseller.id });
  }
}
