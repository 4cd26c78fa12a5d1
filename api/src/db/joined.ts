import type { EntityManager, EntityMetadata, EntityName } from '@mikro-orm/core';
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

/** Merges a `readJoined` row into the EntityManager, returning an entity per step. */
export function mapJoined(em: EntityManager, steps: JoinStep[], row: Record<string, unknown>): object[] {
  // Later steps are referenced by earlier ones: map them first so the references resolve to them.
  const out: object[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const prefix = `${steps[i]!.alias}__`;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (k.startsWith(prefix)) data[k.slice(prefix.length)] = v;
    out[i] = em.map(steps[i]!.entity, data);
  }
  return out;
}

/** Runs a `joinedSelect` statement and merges one row into the EntityManager, returning an entity per step. */
export async function loadJoined(
  em: EntityManager,
  steps: JoinStep[],
  sql: string,
  params: unknown[],
): Promise<object[] | null> {
  const row = await readJoined(em, sql, params);
  return row ? mapJoined(em, steps, row) : null;
}
