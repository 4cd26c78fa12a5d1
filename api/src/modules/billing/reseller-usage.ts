import type { EntityManager } from '@mikro-orm/core';
import { rows, sqlDate } from '../../db/raw-sql';

/**
 * A reseller's measured use for its quotas (the quotas area shows it against them): disk is the sum
 * of each of its accounts' latest measure; traffic the sum of this calendar month's records (UTC).
 */
export async function resellerDiskMb(em: EntityManager, resellerId: number): Promise<number> {
  const [row] = await rows<{ s: number | string | null }>(
    em,
    `select sum(u.quantity) as s from usage_record u
     where u.reseller_id = ? and u.kind = 'DISK_MB'
       and u.id = (select max(x.id) from usage_record x where x.account_id = u.account_id and x.kind = 'DISK_MB')`,
    [resellerId],
  );
  return Number(row?.s ?? 0);
}

export async function resellerTrafficGb(em: EntityManager, resellerId: number, now = new Date()): Promise<number> {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [row] = await rows<{ s: number | string | null }>(
    em,
    `select sum(quantity) as s from usage_record where reseller_id = ? and kind = 'TRAFFIC_GB' and recorded_at >= ?`,
    [resellerId, sqlDate(em, monthStart)],
  );
  return Number(row?.s ?? 0);
}
