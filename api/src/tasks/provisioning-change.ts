import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { DomainError } from '../errors';
import type { TaskService } from './tasks.service';

/**
 * Runs `work` in one transaction (the rows it changes and the tasks it enqueues commit together),
 * then wakes the worker. A race lost on a unique key becomes `onDuplicate()`, a clear error
 * instead of an internal one.
 */
export async function provisioningChange<T>(
  ctx: { em: EntityManager },
  tasks: Pick<TaskService, 'notify'>,
  work: (em: EntityManager) => Promise<T>,
  onDuplicate: () => DomainError,
): Promise<T> {
  let result: T;
  try {
    result = await ctx.em.transactional(work);
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw onDuplicate();
    throw err;
  }
  tasks.notify();
  return result;
}
