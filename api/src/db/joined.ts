import { wrap, type EntityManager, type EntityMetadata, type EntityName, type Primary } from '@mikro-orm/core';
import { preparedGet } from './prepared';

/**
 * One raw, parameterized SQL select over a chain of many-to-one joins, mapped back into managed
 * entities. For the per-request hot path (the session lookup): MikroORM's query builder costs
 * about a millisecond a query, the statement itself a few microseconds. Column lists come from
 * entity metadata (lazy properties such as password hashes are left out), so they cannot drift.
 */
export interface JoinStep {
  entity: EntityName<object>;
  alias: string;
  /** `alias.column = alias.column` condition joining this table to an earlier one; absent for the first. */
  on?: string;
}

function columns(meta: EntityMetadata, alias: string): string[] {
  return meta.props
    .filter(
      (p) =>
        !p.lazy && p.fieldNames?.length && (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)),
    )
    .flatMap((p) => p.fieldNames.map((f) => `${alias}.${f} as ${alias}__${f}`));
}

export function joinedSelect(em: EntityManager, steps: JoinStep[], where: string): string {
  const metas = steps.map((s) =>
    em.getMetadata().get((typeof s.entity === 'function' ? s.entity.name : s.entity) as string),
  );
  const select = steps.flatMap((s, i) => columns(metas[i]!, s.alias)).join(', ');
  const from = steps
    .map((s, i) =>
      i === 0 ? `${metas[i]!.tableName} ${s.alias}` : `join ${metas[i]!.tableName} ${s.alias} on ${s.on}`,
    )
    .join(' ');
  return `select ${select} from ${from} where ${where}`;
}

/**
 * Runs a `joinedSelect` statement: its one row as the driver answers it (plain data), or null. The
 * statement is prepared once and its values bound (db/prepared.ts): the ORM's `execute` writes them
 * into the text, which the database then parses and plans again on every signed-in request.
 */
export async function readJoined(
  em: EntityManager,
  sql: string,
  params: unknown[],
): Promise<Record<string, unknown> | null> {
  return (await preparedGet<Record<string, unknown>>(em, sql, params)) ?? null;
}

/**
 * Merges a `readJoined` row into the EntityManager, returning an entity per step. An entity the
 * EntityManager (or the transaction it runs in) already holds is kept as it is, never refreshed
 * from the row: the row may be older than what the request has loaded or changed since.
 */
export function mapJoined(em: EntityManager, steps: JoinStep[], row: Record<string, unknown>): object[] {
  const uow = em.getContext().getUnitOfWork();
  // Later steps are referenced by earlier ones: map them first so the references resolve to them.
  const out: object[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const prefix = `${step.alias}__`;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (k.startsWith(prefix)) data[k.slice(prefix.length)] = v;
    const meta = em.getMetadata().get(nameOf(step.entity));
    const held = uow.getById<object>(meta.className, data[meta.primaryKeys[0]!] as Primary<object>);
    out[i] = held && wrap(held).isInitialized() ? held : em.map(step.entity, data);
  }
  return out;
}

const nameOf = (entity: EntityName<object>): string => (typeof entity === 'function' ? entity.name : entity) as string;
