import type { EntityManager } from '@mikro-orm/core';
import { SCOPE, systemScope } from '../db/scope';

/** An EntityManager for engine work: its own identity map, system scope (tasks of every tenant). */
export function systemEm(from: { em: EntityManager } | EntityManager): EntityManager {
  const base = 'fork' in from ? from : from.em;
  const em = base.fork({ clear: true });
  em.setFilterParams(SCOPE, systemScope);
  return em;
}
