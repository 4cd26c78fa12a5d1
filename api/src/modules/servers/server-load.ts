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

/** What the areas that keep data on servers hold on each: databases (MySQL's) and the bytes they use. */
export interface StoredOnServers {
  databases: number;
  diskBytes: number;
}

/**
 * Measures what one area keeps on each of these servers (one grouped query for all of them); the
 * area registers it (`PlacementService.measureStorageWith`), so the servers area names no other's table.
 */
export type StorageMeasure = (em: EntityManager, serverIds: number[]) => Promise<Map<number, StoredOnServers>>;

/** What every registered measure finds on each server, summed. */
export async function storageOf(
  em: EntityManager,
  serverIds: number[],
  measures: readonly StorageMeasure[],
): Promise<Map<number, StoredOnServers>> {
  const out = new Map<number, StoredOnServers>();
  if (!serverIds.length) return out;
  for (const measure of measures) {
    for (const [id, found] of await measure(em, serverIds)) {
      const sum = out.get(id) ?? { databases: 0, diskBytes: 0 };
      out.set(id, { databases: sum.databases + found.databases, diskBytes: sum.diskBytes + found.diskBytes });
    }
  }
  return out;
}

/** The load figures of each server in a few grouped counts, whatever the number of servers. */
export async function serverLoads(
  em: EntityManager,
  serverIds: number[],
  measures: readonly StorageMeasure[],
): Promise<Map<number, ServerLoad>> {
  const out = new Map<number, ServerLoad>(serverIds.map((id) => [id, empty()]));
  if (!serverIds.length) return out;
  const [accounts, dbs, tasks] = await Promise.all([
    accountCounts(em, serverIds),
    storageOf(em, serverIds, measures),
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
