import {
  Arg,
  Args,
  Ctx as Context,
  Extensions,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { unscoped } from '../../db/scope';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { Money } from '../../graphql/money.type';
import { ConnectionType, parsePage, type Connection } from '../../graphql/pagination';
import { parseId, parseOptionalId } from '../../errors';
import { Invoice } from '../billing';
import { User } from '../identity';
import { CustomJobMessage } from './custom-job-message.entity';
import { CustomJob } from './custom-job.entity';
import { MAX_THREAD, type CustomJobService } from './custom-jobs.service';
import { CustomJobState } from './enums';
import { CreateCustomJobInput, CustomJobMessageInput, CustomJobsArgs, OrderCustomJobInput } from './jobs.inputs';

export const CustomJobConnection = ConnectionType(CustomJob, 'CustomJob');

type Api = { customJobs: CustomJobService };

/** Custom jobs (SUP-3): customers order, follow and cancel theirs; the company's staff work the queue. */
@Resolver(() => CustomJob)
export class CustomJobsResolver {
  constructor(private readonly api: Api) {}

  @Access('signedIn')
  @Query(() => CustomJobConnection, {
    description: 'Custom jobs, newest first: an admin’s company’s queue, a customer’s own.',
  })
  customJobs(@Context() ctx: Ctx, @Args(() => CustomJobsArgs) args: CustomJobsArgs): Promise<Connection<CustomJob>> {
    return this.api.customJobs.list(
      ctx,
      parsePage(args),
      args.state ?? null,
      parseOptionalId(args.accountId, 'accountId'),
    );
  }

  @Access('signedIn')
  @Query(() => CustomJob, { description: 'One custom job you may see; NOT_FOUND otherwise.' })
  customJob(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CustomJob> {
    return this.api.customJobs.get(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => CustomJob, {
    description:
      'Orders a custom job for one of your accounts: its invoice is issued at once (mailed, paid like any other).',
  })
  orderCustomJob(
    @Context() ctx: Ctx,
    @Arg('input', () => OrderCustomJobInput) input: OrderCustomJobInput,
  ): Promise<CustomJob> {
    return this.api.customJobs.order(ctx, ids(input));
  }

  @Access('staff')
  @Mutation(() => CustomJob, { description: 'Opens a custom job for a customer’s account, invoiced at once.' })
  createCustomJob(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateCustomJobInput) input: CreateCustomJobInput,
  ): Promise<CustomJob> {
    return this.api.customJobs.create(ctx, ids(input));
  }

  @Access('staff')
  @Mutation(() => CustomJob, {
    description: 'Moves a job to another state (the customer is mailed); cancelling voids its invoice while unpaid.',
  })
  setCustomJobState(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('state', () => CustomJobState) state: CustomJobState,
  ): Promise<CustomJob> {
    return this.api.customJobs.setState(ctx, parseId(id), state);
  }

  @Access('user')
  @Mutation(() => CustomJob, {
    description: 'Cancels your job while it is ORDERED; its unpaid invoice is voided. CONFLICT otherwise.',
  })
  cancelCustomJob(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CustomJob> {
    return this.api.customJobs.cancel(ctx, parseId(id));
  }

  @Access('signedIn')
  @Mutation(() => CustomJobMessage, { description: 'Adds a message to a job’s thread (staff: or an internal note).' })
  postCustomJobMessage(
    @Context() ctx: Ctx,
    @Arg('jobId', () => ID) jobId: string,
    @Arg('input', () => CustomJobMessageInput) input: CustomJobMessageInput,
  ): Promise<CustomJobMessage> {
    return this.api.customJobs.postMessage(ctx, parseId(jobId, 'jobId'), input);
  }

  @FieldResolver(() => Money, { description: 'Its price as ordered.' })
  price(@Root() job: CustomJob): Money {
    return Money.of(job.priceMinor, job.currency);
  }

  @FieldResolver(() => ID)
  accountId(@Root() job: CustomJob): string {
    return String(job.account.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The job type it was ordered from (null once deleted).' })
  jobTypeId(@Root() job: CustomJob): string | null {
    return job.jobType ? String(job.jobType.id) : null;
  }

  @Extensions(fieldCost(100))
  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice it was billed on (null: free).' })
  invoice(@Root() job: CustomJob, @Context() ctx: Ctx): Promise<Invoice | null> {
    return job.invoice ? ctx.em.findOne(Invoice, { id: job.invoice.id }) : Promise.resolve(null);
  }

  @ListBound(MAX_THREAD)
  @Extensions(fieldCost(100))
  @FieldResolver(() => [CustomJobMessage], {
    description: 'Its thread, oldest first; internal notes only for staff.',
  })
  messages(@Root() job: CustomJob, @Context() ctx: Ctx): Promise<CustomJobMessage[]> {
    return this.api.customJobs.messages(ctx, job);
  }
}

/** A thread message's author, by login. */
@Resolver(() => CustomJobMessage)
export class CustomJobMessageResolver {
  @Extensions(fieldCost(100))
  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it (their login); null once deleted.' })
  async authorName(@Root() message: CustomJobMessage, @Context() ctx: Ctx): Promise<string | null> {
    if (!message.author) return null;
    const user = await ctx.em.findOne(
      User,
      { id: message.author.id },
      unscoped('the author of a thread message the viewer may read: a staff member a customer cannot otherwise see'),
    );
    return user?.login ?? null;
  }
}

function ids<T extends { accountId: string; jobTypeId: string }>(input: T) {
  return {
    ...input,
    accountId: parseId(input.accountId, 'accountId'),
    jobTypeId: parseId(input.jobTypeId, 'jobTypeId'),
  };
}
