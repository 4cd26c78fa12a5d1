import { Arg, Ctx as Context, Extensions, ID, Int, Query, Resolver } from 'type-graphql';
import { parseOptionalId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { MAX_MONTHS, MAX_RECENT_TASKS, type OverviewService } from './overview.service';
import { AccountTask, AdminOverview, UsageMonth } from './overview.types';

/** The home pages: what needs attention, the latest changes, and use over time. */
@Resolver()
export class OverviewResolver {
  constructor(private readonly api: { overview: OverviewService }) {}

  @Access('admin')
  @Extensions(fieldCost(500)) // five counts
  @Query(() => AdminOverview, {
    description:
      'Counts for the admin home page: accounts awaiting moderation or overdue, failed tasks, machines in trouble, recent payments.',
  })
  adminOverview(@Context() ctx: Ctx): Promise<AdminOverview> {
    return this.api.overview.adminOverview(ctx);
  }

  @Access('user')
  @ListBound(MAX_RECENT_TASKS)
  @Query(() => [AccountTask], {
    description: `The latest changes the panel made or is making for an account you own or manage (default: your active account), newest first; at most ${MAX_RECENT_TASKS}.`,
  })
  recentTasks(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | null,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many (1 to ${MAX_RECENT_TASKS}).` }) first: number,
  ): Promise<AccountTask[]> {
    return this.api.overview.recentTasks(ctx, parseOptionalId(accountId, 'accountId'), first);
  }

  @Access('user')
  @ListBound(MAX_MONTHS)
  @Extensions(fieldCost(400)) // up to four grouped sums
  @Query(() => [UsageMonth], {
    description:
      'Use month by month (UTC), oldest first: of an account you own or manage (default: your active account), or, for an admin without accountId, of your whole company (with accounts opened and money received).',
  })
  usageHistory(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | null,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: `How many months, this one included (1 to ${MAX_MONTHS}).`,
    })
    months: number,
  ): Promise<UsageMonth[]> {
    return this.api.overview.usageHistory(ctx, parseOptionalId(accountId, 'accountId'), months);
  }
}
