import type { Migration } from '@mikro-orm/migrations';

/*
 * Data repair shared by both dialects' migration of 2026-12-04 (issue 14). Until then a target typed
 * without a final dot was read relative to the domain, so `mx0.example.com` on example.com was
 * stored (and served) as mx0.example.com.example.com. Such targets — ending in their zone's or
 * their domain's name written twice — become the name that was meant. A record that would then
 * repeat another one of its zone is dropped instead. Every zone changed gets a new serial and a
 * render on its primary, as a change through the panel would. Self-contained SQL: migrations must
 * not follow later changes of the code they would otherwise import.
 */

interface Row {
  id: number;
  zone_id: number;
  name: string;
  type: string;
  value: string;
  priority: number | null;
  weight: number | null;
  port: number | null;
  zone_name: string;
  domain_name: string | null;
}

interface ZoneRow {
  id: number;
  name: string;
  serial: number;
  state: string;
  primary_id: number;
  account_id: number | null;
  reseller_id: number;
}

const MAX_SERIAL = 0xffff_ffff;

/** The meant name when `value` ends in `name` written twice (no final dots, as stored), else null. */
export function undoubled(value: string, names: (string | null)[]): string | null {
  for (const name of names) {
    if (!name) continue;
    if (value === `${name}.${name}` || value.endsWith(`.${name}.${name}`)) return value.slice(0, -(name.length + 1));
  }
  return null;
}

/** The zone's next SOA serial (YYYYMMDDnn), as the panel computes it. */
function nextSerial(current: number, now: Date): number {
  const today = (now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) * 100;
  return current >= MAX_SERIAL ? today : Math.max(current + 1, today);
}

export async function repairDoubledTargets(m: Migration, dialect: 'sqlite' | 'postgresql'): Promise<void> {
  const run = (sql: string, params: unknown[] = []) => m.execute(sql, params) as Promise<unknown[]>;
  const rows = (await run(
    `select r.id, r.zone_id, r.name, r.type, r.value, r.priority, r.weight, r.port, z.name as zone_name, d.name as domain_name
       from resource_record r join zone z on z.id = r.zone_id left join domain d on d.id = r.domain_id
      where r.type in ('CNAME', 'MX', 'NS', 'SRV') and not r.managed order by r.id`,
  )) as Row[];
  const key = (r: Pick<Row, 'zone_id' | 'name' | 'type' | 'value' | 'priority' | 'weight' | 'port'>) =>
    JSON.stringify([r.zone_id, r.name, r.type, r.value, r.priority, r.weight, r.port]);
  const present = new Set(rows.map(key));
  const changed = new Set<number>();

  for (const r of rows) {
    // The record's own domain first: in a shared service zone, shop.svc.example typed mail.shop.svc.example.
    const meant = undoubled(r.value, [r.domain_name, r.zone_name]);
    if (meant === null) continue;
    const owner = r.name === '@' ? r.zone_name : `${r.name}.${r.zone_name}`;
    if (r.type === 'CNAME' && meant === owner) continue; // would point at itself: leave it for its owner to fix
    const fixed = { ...r, value: meant };
    if (present.has(key(fixed))) {
      await run('delete from resource_record where id = ?', [r.id]);
    } else {
      await run('update resource_record set value = ? where id = ?', [meant, r.id]);
      present.add(key(fixed));
    }
    changed.add(r.zone_id);
  }

  const now = new Date();
  const at = dialect === 'sqlite' ? +now : now; // MikroORM keeps SQLite dates as epoch milliseconds
  for (const zoneId of changed) {
    const [zone] = (await run(
      'select id, name, serial, state, primary_id, account_id, reseller_id from zone where id = ?',
      [zoneId],
    )) as ZoneRow[];
    if (!zone || zone.state === 'DELETING') continue;
    await run('update zone set serial = ?, changed_at = ? where id = ?', [
      nextSerial(Number(zone.serial), now),
      at,
      zone.id,
    ]);
    await run(
      `insert into task (kind, state, payload, server_id, account_id, reseller_id, subject, attempts, max_attempts, run_after, created_at)
       values ('dns.putZone', 'QUEUED', ?, ?, ?, ?, ?, 0, 5, ?, ?)`,
      [
        JSON.stringify({ zoneId: zone.id, name: zone.name }),
        zone.primary_id,
        zone.account_id,
        zone.reseller_id,
        `zone ${zone.name}`,
        at,
        at,
      ],
    );
  }
}
