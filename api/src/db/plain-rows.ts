import { BigIntType, type EntityManager, type EntityName, type EntityProperty } from '@mikro-orm/core';
import { boolOf, dateOf } from './prepared';

/**
 * An entity's row as a plain object shaped like the entity (for prepared reads, db/prepared.ts):
 * every non-lazy column property under its property name, with the value the entity would hold
 * (Dates, booleans, numbers), and each many-to-one as `{ id }` (or null). GraphQL fields and field
 * resolvers that read scalars and `x.id` of references answer the same for it as for the entity.
 * The column list and the mapping come from entity metadata, so they cannot drift from it.
 */
export interface RowShape<T> {
  /** `alias.column as alias__column, …` for a select list. */
  columns: string;
  /** The plain object of one result row. */
  read(row: Record<string, unknown>): T;
}

type Reader = (v: unknown) => unknown;

function readerOf(prop: EntityProperty): Reader {
  if (prop.kind === 'm:1' || prop.kind === '1:1') return (v) => (v == null ? null : { id: Number(v) });
  // Money in minor units (BigIntType): SQLite answers a number, PostgreSQL a string; the entity holds what the type makes of it.
  const type = prop.customType;
  if (type instanceof BigIntType) return (v) => (v == null ? null : type.convertToJSValue(v as string));
  switch (prop.runtimeType) {
    case 'Date':
      return dateOf;
    case 'boolean':
      return (v) => (v == null ? null : boolOf(v));
    case 'number':
      return (v) => (v == null ? null : Number(v));
    default:
      return (v) => v;
  }
}

export function rowShape<T>(em: EntityManager, entity: EntityName<T>, alias: string): RowShape<T> {
  const meta = em.getMetadata().get((typeof entity === 'function' ? entity.name : entity) as string);
  const props = meta.props.filter(
    (p) =>
      !p.lazy &&
      p.fieldNames?.length === 1 &&
      (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)),
  );
  const fields = props.map((p) => ({ name: p.name, key: `${alias}__${p.fieldNames[0]}`, read: readerOf(p) }));
  return {
    columns: props.map((p) => `${alias}.${p.fieldNames[0]} as ${alias}__${p.fieldNames[0]}`).join(', '),
    read(row) {
      const out: Record<string, unknown> = {};
      for (const f of fields) out[f.name] = f.read(row[f.key]);
      return out as T;
    },
  };
}
