import type { EntityMetadata } from '@mikro-orm/core';

/**
 * Every column property of an entity (or of a plain row shaped like one), as JSON: Dates as ISO
 * text, money (bigint) as text, references as their id. The prepared reads' agreement tests compare
 * what they answer with the ORM's entities through it.
 */
export function columnsOf(meta: EntityMetadata, row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of meta.props) {
    if (p.lazy || !(p.kind === 'scalar' || p.kind === 'm:1')) continue;
    const v = (row as Record<string, unknown>)[p.name];
    out[p.name] =
      v instanceof Date
        ? v.toISOString()
        : typeof v === 'bigint'
          ? `${v}n`
          : v && typeof v === 'object'
            ? (v as { id: number }).id
            : (v ?? null);
  }
  return out;
}
