import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Task } from '../../tasks/task.entity';
import { LogicalServer } from './logical-server.entity';

/** Events and processes show the server a task changes: the task engine names it, this area shows it. */
@Resolver(() => Task)
export class TaskServerResolver {
  @FieldResolver(() => LogicalServer, { nullable: true, description: 'The server the task changes.' })
  server(@Root() task: Task): LogicalServer | null {
    return task.server as LogicalServer | null; // the engine loads it (populate) as this area's entity
  }
}
