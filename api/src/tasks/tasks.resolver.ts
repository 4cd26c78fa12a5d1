import { Arg, Args, ArgsType, Ctx as Context, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import type { Core } from '../module';
import { parseId, validate } from '../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../graphql/pagination';
import { Task, TaskState } from './task.entity';

export const TaskConnection = ConnectionType(Task, 'Task');

@ArgsType()
class TasksArgs extends PageArgs {
  @Field(() => TaskState, { nullable: true, description: 'Only tasks in this state.' })
  state?: TaskState | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks that change this logical server.' })
  serverId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks for this account.' })
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only tasks of this kind, e.g. "mysql.createDatabase".' })
  kind?: string | null;
}

const kindSchema = z.object({ kind: z.string().max(64, 'must be at most 64 characters').nullish() });

/** Events and processes (SRV-5): the master admin watches the task engine, retries and cancels tasks. */
@Resolver(() => Task)
export class TasksResolver {
  constructor(
    _api: unknown,
    private readonly core: Core,
  ) {}

  @Access('master')
  @Query(() => TaskConnection, {
    description: 'Tasks of the task engine, newest first. `search` matches the subject and the kind.',
  })
  tasks(@Context() ctx: Ctx, @Args(() => TasksArgs) args: TasksArgs): Promise<Connection<Task>> {
    const { kind } = validate(kindSchema, { kind: args.kind });
    return this.core.tasks.list(ctx, parsePage(args), {
      state: args.state,
      serverId: args.serverId != null ? parseId(args.serverId, 'serverId') : null,
      accountId: args.accountId != null ? parseId(args.accountId, 'accountId') : null,
      kind,
    });
  }

  @Access('master')
  @Query(() => Task, { description: 'One task; NOT_FOUND for an unknown ID.' })
  task(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Task> {
    return this.core.tasks.get(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Task, {
    description: 'Queues a FAILED or CANCELLED task again with a fresh set of attempts; CONFLICT in any other state.',
  })
  retryTask(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Task> {
    return this.core.tasks.retry(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Task, {
    description:
      'Cancels a QUEUED or FAILED task (its resource is marked failed); CONFLICT while it runs or once it ended.',
  })
  cancelTask(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Task> {
    return this.core.tasks.cancel(ctx, parseId(id));
  }
}
