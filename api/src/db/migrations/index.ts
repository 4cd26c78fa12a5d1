import type { MigrationObject } from '@mikro-orm/core';
import * as pg from './postgresql';
import * as sqlite from './sqlite';

export type MigrationDialect = 'sqlite' | 'postgresql';

/** A folder's migrations per dialect: each dialect's index.ts exports its classes, named `Migration<timestamp>`. */
export interface MigrationSet {
  sqlite: Record<string, unknown>;
  postgresql: Record<string, unknown>;
}

/** The core's migrations: the tables of the areas as they were before areas kept their own (they span areas). */
export const coreMigrations: MigrationSet = { sqlite, postgresql: pg };

/** Every migration of these sets for one dialect, in name (timestamp) order. */
export function migrationsFor(
  dialect: MigrationDialect,
  sets: readonly MigrationSet[] = [coreMigrations],
): MigrationObject[] {
  const all = sets.flatMap((set) =>
    Object.entries(set[dialect])
      .filter(([name]) => name.startsWith('Migration'))
      .map(([name, cls]) => ({ name, class: cls as MigrationObject['class'] })),
  );
  const names = all.map((m) => m.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`Migration ${twice} is listed twice`);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}
