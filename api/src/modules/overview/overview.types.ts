import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.type';
import { TaskState } from '../../tasks/task.entity';

@ObjectType({
  description:
    'What needs an admin’s eye on the home page, as counts of the lists they lead to. The master admin: every company’s; a reseller admin: its own.',
})
export class AdminOverview {
  @Field(() => Int, { description: 'Accounts waiting for an admin to approve them (status MODERATION).' })
  awaitingModeration!: number;

  @Field(() => Int, { description: 'Accounts with an overdue invoice.' })
  overdueAccounts!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Tasks of the task engine that failed for good. Master admin only; null for others.',
  })
  failedTasks!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Machines whose last health check found them DOWN or DEGRADED. Master admin only; null for others.',
  })
  serversInTrouble!: number | null;

  @Field(() => Int, {
    description:
      'Gateway payments that succeeded in the last 30 days: what `payments(state: SUCCEEDED, since:)` lists.',
  })
  paymentsLast30Days!: number;
}

@ObjectType({
  description:
    'A change the panel made or is making for an account (a zone, a site, a database…), as its owner sees it: no server detail.',
})
export class AccountTask {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: 'What kind of change, e.g. "web.createSite".' })
  kind!: string;

  @Field(() => String, { description: 'What it changes, e.g. a domain name.' })
  subject!: string;

  @Field(() => TaskState)
  state!: TaskState;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended (done, failed or cancelled).' })
  finishedAt!: Date | null;
}

@ObjectType({
  description:
    'One calendar month (UTC) of use: of one account, or of an admin’s whole company. Months with nothing recorded have zeros.',
})
export class UsageMonth {
  @Field(() => String, { description: 'The month, as YYYY-MM.' })
  month!: string;

  @Field(() => Int, {
    description: 'Disk in MB: the month’s peak measure (a company: the sum of its accounts’ peaks).',
  })
  diskMb!: number;

  @Field(() => Int, { description: 'Traffic in GB measured in the month.' })
  trafficGb!: number;

  @Field(() => Int, { nullable: true, description: 'A company: accounts opened in the month; null for one account.' })
  accountsOpened!: number | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'A company: money received in the month (payments less refunds, in the company’s currency); null for one account.',
  })
  revenue!: Money | null;
}
