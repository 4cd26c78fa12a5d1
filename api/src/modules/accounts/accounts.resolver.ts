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
import { wrap } from '@mikro-orm/core';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { User } from '../identity';
import { Account, AccountStatus } from './account.entity';
import type { AccountService } from './accounts.service';
import type { AccountNode, AccountRow } from './account-reads';

export const AccountConnection = ConnectionType(Account, 'Account');

@ArgsType()
class AccountsArgs extends PageArgs {
  @Field(() => AccountStatus, { nullable: true, description: 'Only accounts in this status.' })
  status?: AccountStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only accounts of this user.' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only accounts with an overdue invoice.' })
  overdue?: boolean | null;
}

@InputType({ description: 'Another account for an existing end user.' })
export class CreateAccountInput {
  @Field(() => ID)
  ownerId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The account’s plan (any plan of the company); without it: default limits, not billed.',
  })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: 'With planId: one of the plan’s billing periods, in months.' })
  periodMonths?: number | null;
}

/** Accounts: the admin list and lifecycle (suspend, resume), and one account for its owner. */
@Resolver(() => Account)
export class AccountsResolver {
  constructor(private readonly api: { accounts: AccountService }) {}

  @Access('admin')
  @Query(() => AccountConnection, {
    description:
      'Accounts you manage, newest first. `search` matches the account ID, its name, and the owner’s login and e-mail.',
  })
  accounts(@Context() ctx: Ctx, @Args(() => AccountsArgs) args: AccountsArgs): Promise<Connection<AccountRow>> {
    return this.api.accounts.list(ctx, parsePage(args), {
      status: args.status,
      overdue: args.overdue,
      ownerId: args.ownerId != null ? parseId(args.ownerId, 'ownerId') : null, // '' is a bad ID, not "no filter"
    });
  }

  @Access('user')
  @Query(() => Account, { description: 'One account: your own, or one you manage. NOT_FOUND for any other ID.' })
  account(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Account> {
    return this.api.accounts.get(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => Account, { description: 'Adds an account to an existing end user.' })
  createAccount(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
  ): Promise<Account> {
    return this.api.accounts.create(ctx, {
      ownerId: parseId(input.ownerId, 'ownerId'),
      name: input.name,
      planId: input.planId != null ? parseId(input.planId, 'planId') : null,
      periodMonths: input.periodMonths,
    });
  }

  @Access('admin')
  @Mutation(() => Account, { description: 'Suspends an account; CONFLICT if it already is.' })
  suspendAccount(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Shown to the admin team and the owner.' })
    reason?: string | null,
  ): Promise<Account> {
    return this.api.accounts.suspend(ctx, parseId(id), { reason });
  }

  @Access('admin')
  @Mutation(() => Account, { description: 'Puts a suspended or moderated account back in service.' })
  resumeAccount(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Account> {
    return this.api.accounts.resume(ctx, parseId(id));
  }

  @FieldResolver(() => User, { description: 'The user who owns the account.' })
  // The root is typed structurally: type-graphql would copy a plain row into a new Account per node.
  async owner(@Context() ctx: Ctx, @Root() account: AccountNode): Promise<AccountRow['owner']> {
    // A prepared read (account-reads.ts) carries its owner's row; an entity may hold a reference only.
    if (!(account.owner instanceof User) || wrap(account.owner).isInitialized()) return account.owner;
    return ctx.em.findOneOrFail(User, { id: account.owner.id });
  }
}
