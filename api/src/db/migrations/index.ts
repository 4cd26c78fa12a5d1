import type { MigrationObject } from '@mikro-orm/core';
import * as pg from './postgresql';
import * as sqlite from './sqlite';

/** Migrations are listed explicitly per dialect, in order; each dialect folder exports its classes. */
function list(mod: Record<string, unknown>): MigrationObject[] {
  return Object.entries(mod)
    .filter(([name]) => name.startsWith('Migration'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, cls]) => ({ name, class: cls as MigrationObject['class'] }));
}

export function migrationsFor(dialect: 'sqlite' | 'postgresql'): MigrationObject[] {
  return list(dialect === 'postgresql' ? pg : sqlite);
}
