import { UniqueConstraintViolationException, type EntityClass, type EntityManager } from '@mikro-orm/core';
import { appError } from '../../errors';

/** A name taken by another row: CONFLICT, naming the field so a form can show it under the input. */
export function nameTaken(what: string, name: string) {
  return appError('CONFLICT', `${what} named "${name}" already exists`, {
    fields: [{ field: 'name', message: 'is already taken' }],
  });
}

/** Cluster rows with a unique name (physical and logical servers, server groups). `what` is how messages call one. */
export class UniqueName<T extends { name: string }> {
  constructor(
    private readonly entity: EntityClass<T>,
    private readonly what: string,
  ) {}

  /** CONFLICT when another row already has `name`: the friendly check before writing. */
  async assertFree(em: EntityManager, name: string): Promise<void> {
    if (await em.count(this.entity, { name } as never)) throw nameTaken(this.what, name);
  }

  /** Runs the write; a concurrent insert of the same name surfaces as the same CONFLICT as the pre-check. */
  async write<R>(name: string, work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw nameTaken(this.what, name);
      throw err;
    }
  }
}
