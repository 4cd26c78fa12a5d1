import type { MikroORM } from '@mikro-orm/core';
import { isPostgres } from '../db/raw-sql';
import { systemEm } from '../db/scope';
import { Role, hashPassword, User } from '../modules/identity';
import { Reseller } from '../modules/resellers';

export const BENCH_HOST = 'cp.bench-reseller.test';
export const BENCH_PASSWORD = 'bench-password-1';

/** A reseller with `count` end users, each with one account, plus its admin; inserted in batches. */
export async function seedBenchReseller(orm: MikroORM, count: number): Promise<void> {
  const em = systemEm(orm, 'the bench seeds a company, its users and their accounts, outside any request');
  const hash = await hashPassword(BENCH_PASSWORD); // one hash for all: seeding 10,000 argon2 hashes would take minutes
  await em.nativeUpdate(Reseller, { isRoot: true }, { setupCompletedAt: new Date() });
  const reseller = em.create(Reseller, { name: 'Bench Reseller', cpHost: BENCH_HOST });
  em.create(User, {
    reseller,
    login: 'benchadmin',
    email: 'admin@bench.test',
    passwordHash: hash,
    role: Role.RESELLER_ADMIN,
  });
  await em.flush();
  const now = new Date();
  for (let start = 0; start < count; start += 500) {
    const n = Math.min(500, count - start);
    const users = Array.from({ length: n }, (_, i) => ({
      reseller: reseller.id,
      login: `user${start + i}`,
      email: `user${start + i}@bench.test`,
      passwordHash: hash,
      role: Role.END_USER,
      textOnly: false,
      createdAt: now,
    }));
    await em.insertMany(User, users);
  }
  // One account per end user, numbered like its login ("Hosting 42" for user42).
  await em.getConnection().execute(
    `insert into account (reseller_id, owner_id, name, status, created_at)
     select reseller_id, id, 'Hosting ' || substr(login, 5), 'ACTIVE', created_at from app_user where reseller_id = ? and role = 'END_USER' order by id`,
    [reseller.id],
  );
  // The migrations analyzed these tables empty, and autovacuum analyzes them again only at its next
  // pass (up to a minute): until then PostgreSQL plans for a handful of rows (it read every account
  // of the company and tested each). A database that grew to 10,000 accounts has been analyzed.
  if (isPostgres(em)) await em.getConnection().execute('analyze account, app_user');
}
