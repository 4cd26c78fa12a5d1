import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';

/** A row of a watched entity changed or went: its entity's name and primary key. */
export interface RowChange {
  entity: string;
  id: unknown;
}

type RowListener = (em: EntityManager, changes: RowChange[]) => Promise<void>;

/** Who watches which entities, in this process (an area's cache of rows, e.g. the identity area's sessions). */
const watchers = new Set<{ entities: ReadonlySet<string>; listener: RowListener }>();

/**
 * Calls `listener` with every update or delete of a row of `entities` that a flush writes, and with
 * those announced by `rowsChanged` (native statements the flush never sees). It is called in the
 * writing EntityManager, which may still be in its transaction. Answers how to stop watching.
 */
export function watchRows(entities: readonly string[], listener: RowListener): () => void {
  const watcher = { entities: new Set(entities), listener };
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/** Announces rows changed by a native statement (`nativeUpdate`, `nativeDelete`, raw SQL) to their watchers. */
export async function rowsChanged(em: EntityManager, changes: RowChange[]): Promise<void> {
  for (const w of watchers) {
    const mine = changes.filter((c) => w.entities.has(c.entity));
    if (mine.length) await w.listener(em, mine);
  }
}

/** MikroORM's flush hook: the updates and deletes it wrote, to their watchers. */
export class RowChangeSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (watchers.size === 0) return;
    const changes: RowChange[] = [];
    for (const cs of uow.getChangeSets()) {
      if (cs.type === 'update' || cs.type === 'delete') changes.push({ entity: cs.name, id: cs.getPrimaryKey() });
    }
    if (changes.length) await rowsChanged(em, changes);
  }
}
