import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Task } from '../../tasks/task.entity';
import { Account } from './account.entity';

/** Events and processes show the account a task is for: the task engine names it, this area shows it. */
@Resolver(() => Task)
export class TaskAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The account the change is for.' })
  account(@Root() task: Task): Account | null {
    return task.account as Account | null; // the engine loads it (populate) as this area's entity
  }
}
