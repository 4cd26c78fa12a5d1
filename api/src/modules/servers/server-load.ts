import type { EntityManager } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { placeholders, rows } from '../../db/raw-sql';

@ObjectType({ description: 'What a logical server carries now, for the admin pages and for placement.' })
export class ServerLoad {
  @Field(() => Int, { description: 'Accounts placed on this server (of any reseller).' })
  accounts!: number;

  @Field(() => Int, { description: 'MySQL databases on this server.' })
  databases!: number;

  @Field(() => Float, {
    description: 'Disk used, in bytes, as the server last reported it (sum of its databases’ sizes).',
  })
  diskBytes!: number;

  @Field(() => Int, { description: 'Tasks running on this server right now.' })
  runningTasks!: number;
}

const empty = (): ServerLoad => ({ accounts: 0, databases: 0, diskBytes: 0, runningTasks: 0 });

/** Accounts placed on each server (account_server rows). */
export async function accountCounts(em: EntityManager, serverIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!serverIds.length) return out;
  const found = await rows<{ server_id: number; n: number | string }>(
    em,
    `select server_id, count(*) as n from account_server where server_id in (${placeholders(serverIds.length)}) group by server_id`,
    serverIds,
  );
  for (const r of found) out.set(Number(r.server_id), Number(r.n));
  return out;
}

/** Databases on each server and the bytes they use. */
export async function databaseUsage(
  em: EntityManager,
  serverIds: number[],
): Promise<Map<number, { databases: number; diskBytes: number }>> {
  const out = new Map<number, { databases: number; diskBytes: number }>();
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

/** The load figures of each server in three grouped counts, whatever the number of servers. */
export async function serverLoads(em: EntityManager, serverIds: number[]): Promise<Map<number, ServerLoad>> {
  const out = new Map<number, ServerLoad>(serverIds.map((id) => [id, empty()]));
  if (!serverIds.length) return out;
  const [accounts, dbs, tasks] = await Promise.all([
    accountCounts(em, serverIds),
    databaseUsage(em, serverIds),
    rows<{ server_id: number; n: number | string }>(
      em,
      `select server_id, count(*) as n from task where state = 'RUNNING' and server_id in (${placeholders(serverIds.length)}) group by server_id`,
      serverIds,
    ),
  ]);
  for (const id of serverIds) {
    const load = out.get(id)!;
    load.accounts = accounts.get(id) ?? 0;
    load.databases = dbs.get(id)?.databases ?? 0;
    load.diskBytes = dbs.get(id)?.diskBytes ?? 0;
  }
  for (const t of tasks) out.get(Number(t.server_id))!.runningTasks = Number(t.n);
  return out;
}
