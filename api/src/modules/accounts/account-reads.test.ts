import type { EntityManager, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { beforeAll, expect, it } from 'vitest';
import { accountSearch } from '../../db/search-index';
import { systemEm, type ScopeParams } from '../../db/scope';
import { findPage, type Page } from '../../graphql/pagination';
import { describeApi } from '../../test/api';
import { columnsOf } from '../../test/columns';
import { scopedEm, viewerScopes } from '../../test/tenant-scopes';
import {
  createEndUser,
  createReseller,
  createStaff,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { Language, Skin } from '../../graphql/presentation';
import { User } from '../identity';
import { Account, AccountStatus } from './account.entity';
import { accountPage, ownedAccounts, type AccountFilter } from './account-reads';

/**
 * The prepared account reads (account-reads.ts) repeat Account's tenant rule and the account search
 * in SQL. Each is run here beside the ORM's scoped query it replaced (the scope filter, findPage,
 * accountSearch) for every kind of viewer, on shared rows of several companies, and must give the
 * same rows with the same values: a rule changed on one side only fails here.
 */

/** Terms of every kind the search treats apart: trigram and shorter, LIKE and FTS5 syntax, IDs, nothing. */
const TERMS = [
  'shop',
  'SHOP',
  'ho',
  'HO',
  'Sh',
  'o',
  '100%',
  '%',
  '_',
  'e_c',
  'a\\b',
  '\\',
  '"q"',
  '"',
  'near(',
  'x?y',
  '?',
  '@customer',
  'extra 1',
  'zzz-none',
];

describeApi('prepared account reads agree with the ORM’s scoped queries', (api) => {
  let master: MasterClient;
  let adminA: ResellerAdminClient;
  let adminB: ResellerAdminClient;
  let userA1: EndUserClient;
  let userA2: EndUserClient;
  let userB1: EndUserClient;
  let rootUser: EndUserClient;
  let accountMeta: EntityMetadata;
  let userMeta: EntityMetadata;

  const scoped = (scope: ScopeParams): EntityManager => scopedEm(api, scope);
  const scopes = () => viewerScopes({ master, adminA, adminB, userA1, userA2, userB1, rootUser });

  beforeAll(async () => {
    master = await setupMaster(api);
    adminA = await createReseller(master, api, { name: 'Alpha Hosting' });
    adminB = await createReseller(master, api, { name: 'Beta Hosting' });
    userA1 = await createEndUser(adminA, api, { login: 'shopkeeper', accounts: 3 });
    userA2 = await createEndUser(adminA, api, { login: 'snake_case', accounts: 2 });
    userB1 = await createEndUser(adminB, api, { login: 'shopkeeper', accounts: 2 }); // same login, other company
    rootUser = await createEndUser(master, api, { login: 'rooted', accounts: 1 });
    await createStaff(adminA, api); // a login of the company without accounts
    const em = systemEm(api.orm, 'test set-up: rows of several companies written and read directly');
    accountMeta = em.getMetadata().get(Account.name);
    userMeta = em.getMetadata().get(User.name);
    // Names with LIKE and FTS5 metacharacters, a suspended account, billing dates and flags set, an
    // owner with own preferences and a disabled login, and a deleted account (a gap in the IDs).
    const names = ['Shop 100% Organic', 'snake_case_name', 'Quote "q" a\\b x?y', 'NEAR(shop)'];
    const a1 = await em.find(Account, { owner: Number(userA1.userId) }, { orderBy: { id: 'asc' } });
    a1.forEach((a, i) => (a.name = names[i] ?? a.name));
    a1[1]!.periodMonths = 12;
    a1[1]!.nextBillingAt = new Date('2027-01-31T12:34:56.789Z');
    a1[1]!.overdueSince = new Date('2026-11-30T00:00:00.001Z');
    a1[1]!.suspendedForDebt = true;
    a1[1]!.status = AccountStatus.SUSPENDED;
    a1[1]!.suspendedReason = 'unpaid 100%';
    const owner = await em.findOneOrFail(User, { id: Number(userA2.userId) });
    owner.skin = Skin.EXPRESSIA;
    owner.textOnly = true;
    owner.textOnlyChosen = true;
    owner.language = Language.DE;
    owner.disabledAt = new Date('2026-12-01T08:00:00.000Z');
    owner.emailVerifiedAt = null;
    await em.flush();
    await em.nativeDelete(Account, { id: Number(userA2.accountIds[1]) });
    await adminB.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "by B") { id } }`, {
      id: userB1.accountIds[0],
    });
  });

  it('the viewer’s own accounts: same rows, same values, for every owner under every scope', async () => {
    const owners = [userA1, userA2, userB1, rootUser, adminA];
    let seen = 0;
    for (const [who, scope] of scopes()) {
      for (const o of owners) {
        const em = scoped(scope);
        const owner = await systemEm(api.orm, 'the owner entity the viewer would be').findOneOrFail(User, {
          id: Number(o.userId),
        });
        const orm = await em.find(Account, { owner: owner.id }, { orderBy: { id: 'asc' } });
        const prepared = await ownedAccounts(scoped(scope), owner);
        expect({ who, owner: o.userId, rows: prepared.map((a) => columnsOf(accountMeta, a)) }).toEqual({
          who,
          owner: o.userId,
          rows: orm.map((a) => columnsOf(accountMeta, a)),
        });
        expect(prepared.every((a) => a.owner === owner)).toBe(true);
        seen += orm.length;
      }
    }
    expect(seen).toBeGreaterThan(10); // the comparison saw rows, not only empty lists
  });

  it('the admin list and search: same page, owners, total and cursor, for every scope, filter and term', async () => {
    const dialect = api.config.database.dialect;
    const reference = (em: EntityManager, page: Page, filter: AccountFilter) =>
      // The ORM query the list ran before (accounts.service.ts), under the same scope filter.
      findPage(
        em,
        Account,
        (): FilterQuery<Account> => {
          const and: FilterQuery<Account>[] = [];
          if (filter.status) and.push({ status: filter.status });
          if (filter.ownerId) and.push({ owner: filter.ownerId });
          if (page.search) {
            const t = page.search;
            and.push(accountSearch(dialect, t, /^[0-9]{1,15}$/.test(t) ? Number(t) : null));
          }
          return and.length ? { $and: and } : {};
        },
        page,
        { populate: ['owner'] },
      );
    const lists: { page: Page; filter: AccountFilter }[] = [
      { page: { first: 25, beforeId: null, search: null }, filter: {} },
      { page: { first: 2, beforeId: null, search: null }, filter: {} },
      { page: { first: 2, beforeId: Number(userA1.accountIds[2]), search: null }, filter: {} },
      { page: { first: 25, beforeId: null, search: null }, filter: { status: AccountStatus.SUSPENDED } },
      { page: { first: 25, beforeId: null, search: null }, filter: { ownerId: Number(userA1.userId) } },
      { page: { first: 1, beforeId: null, search: 'shop' }, filter: { status: AccountStatus.ACTIVE } },
      { page: { first: 25, beforeId: null, search: userA1.accountIds[0]! }, filter: {} }, // an account ID
      { page: { first: 25, beforeId: null, search: '999999999999999' }, filter: {} }, // past int4, bound
      ...TERMS.map((search) => ({ page: { first: 25, beforeId: null, search }, filter: {} })),
    ];
    let seen = 0;
    for (const [who, scope] of scopes()) {
      for (const { page, filter } of lists) {
        const orm = await reference(scoped(scope), page, filter);
        const prepared = await accountPage(scoped(scope), dialect, page, filter);
        const json = (c: typeof orm | typeof prepared) => ({
          totalCount: c.totalCount,
          pageInfo: c.pageInfo,
          nodes: c.nodes.map((a) => ({ ...columnsOf(accountMeta, a), owner: columnsOf(userMeta, a.owner) })),
        });
        expect({ who, page, filter, ...json(prepared) }).toEqual({ who, page, filter, ...json(orm) });
        seen += orm.nodes.length;
      }
    }
    expect(seen).toBeGreaterThan(50);
    // Spot checks, so that agreeing on nothing cannot pass.
    const a = scoped({ resellerId: Number(adminA.resellerId) });
    expect((await accountPage(a, dialect, { first: 25, beforeId: null, search: '100%' }, {})).totalCount).toBe(1);
    expect((await accountPage(a, dialect, { first: 25, beforeId: null, search: '"q"' }, {})).totalCount).toBe(1);
  });
});
