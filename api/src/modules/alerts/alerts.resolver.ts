import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ListBound } from '../../graphql/list-bound';
import { dismissAlert, listAlerts } from './alerts.service';
import { OperatorAlert } from './operator-alert.entity';

@Resolver(() => OperatorAlert)
export class OperatorAlertsResolver {
  @Access('admin')
  @ListBound(200)
  @Query(() => [OperatorAlert], {
    description:
      'Setup problems of your company that stopped customers’ requests, latest first; open ones only unless includeDismissed (the first 200).',
  })
  operatorAlerts(
    @Context() ctx: Ctx,
    @Arg('includeDismissed', () => Boolean, {
      defaultValue: false,
      description: 'Also list alerts an admin dismissed.',
    })
    includeDismissed: boolean,
  ): Promise<OperatorAlert[]> {
    return listAlerts(ctx, includeDismissed);
  }

  @Access('admin')
  @Mutation(() => OperatorAlert, {
    description:
      'Marks a setup problem as dealt with; it opens again (and is mailed again) if it stops another request.',
  })
  dismissOperatorAlert(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OperatorAlert> {
    return dismissAlert(ctx, parseId(id));
  }
}
