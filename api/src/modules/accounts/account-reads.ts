import type { EntityManager } from '@mikro-orm/core';
import { accountSearchSql } from '../../db/search-index';
import { intOf, preparedAll, preparedGet } from '../../db/prepared';
import { rowShape, type RowShape } from '../../db/plain-rows';
import { SCOPE, type ScopeParams } from '../../db/scope';
import type { Dialect } from '../../db/orm';
import { toConnection, type Connection, type Page } from '../../graphql/pagination';
import { User } from '../identity';
import { Account, accountScopeRule, type AccountStatus } from './account.entity';

/**
 * The account reads every page makes — the viewer's accounts, the admin list and search — through
 * prepared statements (db/prepared.ts) as plain objects shaped like the entities (db/plain-rows.ts):
 * the ORM's query builder and hydration cost far more than the statements themselves. They apply
 * the request's scope through accountScopeRule, the rule of Account's ORM filter, and
 * account-reads.test.ts compares each with the ORM's scoped query.
 */

/** An account as a prepared read gives it: its columns, its references as `{ id }`, its owner's row. */
export type AccountRow = Omit<Account, 'owner' | 'reseller' | 'plan'> & {
  reseller: { id: number };
  plan: { id: number } | null;
  owner: UserRow | User;
};

/** A user's row (no password hash: lazy properties are left out), its company as `{ id }`. */
export type UserRow = Omit<User, 'reseller'> & { reseller: { id: number } };

/** An account from the ORM or from a prepared read: what the Account type's field resolvers take. */
export type AccountNode = Account | AccountRow;

let accountShape: RowShape<AccountRow> | undefined;
let userShape: RowShape<UserRow> | undefined;

function shapes(em: EntityManager): { account: RowShape<AccountRow>; user: RowShape<UserRow> } {
  accountShape ??= rowShape<AccountRow>(em, Account, 'a');
  userShape ??= rowShape<UserRow>(em, User, 'o');
  return { account: accountShape, user: userShape };
}

/** The request's scope as SQL over `account a` (the ORM filter's rule, bound values). */
function scopeSql(em: EntityManager): { sql: string[]; params: unknown[] } {
  const rule = accountScopeRule(em.getFilterParams<ScopeParams>(SCOPE));
  const sql: string[] = [];
  const params: unknown[] = [];
  if (rule.resellerId !== undefined) {
    sql.push('a.reseller_id = ?');
    params.push(rule.resellerId);
  }
  if (rule.ownerId !== undefined) {
    sql.push('a.owner_id = ?');
    params.push(rule.ownerId);
  }
  return { sql, params };
}

/** The accounts `owner` owns that the request may see, oldest first; `owner` is their owner on each. */
export async function ownedAccounts(em: EntityManager, owner: User | Readonly<User>): Promise<AccountRow[]> {
  const { account } = shapes(em);
  const scope = scopeSql(em);
  const where = ['a.owner_id = ?', ...scope.sql].join(' and ');
  const rows = await preparedAll(em, `select ${account.columns} from account a where ${where} order by a.id asc`, [
    owner.id,
    ...scope.params,
  ]);
  return rows.map((r) => {
    const a = account.read(r);
    a.owner = owner;
    return a;
  });
}

export interface AccountFilter {
  status?: AccountStatus | null;
  ownerId?: number | null;
  /** Only accounts with an overdue invoice. */
  overdue?: boolean | null;
}

/** One page of the accounts the request may see, newest first, with their owners and the total. */
export async function accountPage(
  em: EntityManager,
  dialect: Dialect,
  page: Page,
  filter: AccountFilter,
): Promise<Connection<AccountRow>> {
  const { account, user } = shapes(em);
  const scope = scopeSql(em);
  const where = [...scope.sql];
  const params = [...scope.params];
  if (filter.status) {
    where.push('a.status = ?');
    params.push(filter.status);
  }
  if (filter.ownerId) {
    where.push('a.owner_id = ?');
    params.push(filter.ownerId);
  }
  if (filter.overdue) where.push('a.overdue_since is not null');
  let countJoinsOwner = false;
  if (page.search) {
    const term = page.search;
    const s = accountSearchSql(dialect, term, /^[0-9]{1,15}$/.test(term) ? Number(term) : null);
    where.push(s.sql);
    params.push(...s.params);
    countJoinsOwner = s.readsOwner;
  }
  const joined = 'from account a join app_user o on o.id = a.owner_id';
  const cond = where.length ? ` where ${where.join(' and ')}` : '';
  const paged = page.beforeId ? `${cond ? `${cond} and` : ' where'} a.id < ?` : cond;
  // A search's best plan depends on its term (how many rows match): PostgreSQL plans it per call.
  const options = { planPerCall: Boolean(page.search) };
  const [rows, total] = await Promise.all([
    preparedAll(
      em,
      `select ${account.columns}, ${user.columns} ${joined}${paged} order by a.id desc limit ?`,
      [...params, ...(page.beforeId ? [page.beforeId] : []), page.first + 1],
      options,
    ),
    // Every account has its owner (a required reference): the count joins the owner only to search in it.
    preparedGet<{ n: unknown }>(
      em,
      `select count(*) as n ${countJoinsOwner ? joined : 'from account a'}${cond}`,
      params,
      options,
    ),
  ]);
  const nodes = rows.map((r) => {
    const a = account.read(r);
    a.owner = user.read(r);
    return a;
  });
  return toConnection(nodes, page, intOf(total!.n));
}
