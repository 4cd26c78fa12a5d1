import type { EntityManager } from '@mikro-orm/core';
import { placeholders, rows } from '../../db/raw-sql';
import type { StoredOnServers } from '../servers';

/** The databases on each server and the bytes they use (their last measured sizes), in one grouped query. */
export async function databasesOnServers(
  em: EntityManager,
  serverIds: number[],
): Promise<Map<number, StoredOnServers>> {
  const out = new Map<number, StoredOnServers>();
  if (!serverIds.length) return out;
  const found = await rows<{ server_id: number; n: number | string; bytes: number | string | null }>(
    em,
    `select server_id, count(*) as n, coalesce(sum(size_bytes), 0) as bytes from mysql_database
     where server_id in (${placeholders(serverIds.length)}) group by server_id`,
    serverIds,
  );
  for (const r of found) out.set(Number(r.server_id), { databases: Number(r.n), diskBytes: Number(r.bytes ?? 0) });
  return out;
}
