import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createReseller, PASSWORD, setupMaster, signIn, unique, type MasterClient } from '../test/factories';
import { B, createPlan, invoicesOf, P, PROFILE, runAt, signupOn } from '../modules/billing/testing';
import { D, setupHosting } from '../modules/domains/testing';
import { FAST_TASKS, Q as M, setupMysqlServer } from '../modules/mysql/testing';

/*
 * Reseller plans and quotas (issue 17): the master sells a reseller a plan through an ordinary
 * account of its own company; the plan's resources are quotas over all the reseller's customers.
 */
const Q = {
  set: `mutation($i: SetResellerPlanInput!) { setResellerPlan(input: $i) { id } }`,
  master: `query($id: ID!) { reseller(id: $id) { id subscription { id name status plan { id name } periodMonths } quotas { kind limit used promised promiseLimit } } }`,
  quotas: `query($id: ID!) { reseller(id: $id) { id quotas { kind limit used promised promiseLimit } } }`,
  subscription: `query($id: ID!) { reseller(id: $id) { subscription { id } } }`,
  createAccount: `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
  createUser: `mutation($i: CreateUserInput!) { createUser(input: $i) { id accounts { id } } }`,
};

type Quota = { kind: string; limit: number | null; used: number | null; promised: number | null };
const quotaOf = (quotas: Quota[], kind: string) => quotas.find((q) => q.kind === kind);

describeApi(
  'reseller plans and quotas',
  (api) => {
    let master: MasterClient;

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.quota-host.com' }, { nameServer: 'ns2.quota-host.com' }],
        web: { address: '192.0.2.71' },
        serviceDomain: 'quota-host.com',
      });
      await setupMysqlServer(master, 'FILES');
    });

    /** A reseller plan of the master's company. */
    const resellerPlan = (resources: Record<string, unknown>[], over: Record<string, unknown> = {}) =>
      createPlan(master, {
        forResellers: true,
        signupEnabled: false,
        recurringFee: '50',
        resources,
        ...over,
      });

    /** A new reseller on a new reseller plan; its admin, its id and its subscription account. */
    async function resellerOn(resources: Record<string, unknown>[], oversellPercent = 0) {
      // A kind the plan does not list is not included: customers need ACCOUNT.
      const withAccounts = resources.some((r) => r.kind === 'ACCOUNT')
        ? resources
        : [...resources, { kind: 'ACCOUNT', maxUnits: null }];
      const planId = await resellerPlan(withAccounts, { oversellPercent });
      const admin = await createReseller(master, api);
      const billingLogin = unique('billing');
      await master.ok(Q.set, {
        i: {
          resellerId: admin.resellerId,
          planId,
          periodMonths: 1,
          billingLogin,
          billingEmail: `${billingLogin}@reseller.test`,
          billingPassword: PASSWORD,
        },
      });
      const view = (await master.ok(Q.master, { id: admin.resellerId })).reseller;
      return { admin, planId, billingLogin, subscriptionId: view.subscription.id as string };
    }

    it('the master sells a reseller plan: a root account bills the reseller like any customer, and its quotas show', async () => {
      const { admin, planId, billingLogin, subscriptionId } = await resellerOn(
        [
          { kind: 'DOMAIN', maxUnits: 5 },
          { kind: 'ACCOUNT', maxUnits: 10 },
          { kind: 'DISK_MB', maxUnits: 1000 },
        ],
        20,
      );
      const view = (await master.ok(Q.master, { id: admin.resellerId })).reseller;
      expect(view.subscription).toMatchObject({ status: 'ACTIVE', plan: { id: planId }, periodMonths: 1 });
      expect(quotaOf(view.quotas, 'DOMAIN')).toEqual({
        kind: 'DOMAIN',
        limit: 5,
        used: 0,
        promised: 0,
        promiseLimit: 6,
      });
      expect(quotaOf(view.quotas, 'MYSQL_DATABASE')).toMatchObject({ limit: 0, used: 0 });
      expect(quotaOf(view.quotas, 'ACCOUNT')).toMatchObject({ limit: 10, used: 0, promised: 0 });
      expect(quotaOf(view.quotas, 'DISK_MB')).toMatchObject({ limit: 1000, used: 0, promised: 0 });

      // The subscription is an ordinary account of the master's company: its first invoice is out, and the
      // reseller pays it by signing in at the master's panel as its customer.
      const [first] = await invoicesOf(master, subscriptionId);
      expect(first).toMatchObject({ state: 'OPEN', total: { amount: '50.00' } });
      const customer = await signIn(api, undefined, billingLogin, PASSWORD);
      expect((await invoicesOf(customer, subscriptionId)).map((i) => i.number)).toEqual([first.number]);

      // The billing run issues the next period's invoice, as for any account.
      const next = (await master.ok(P.account, { id: subscriptionId })).account.nextBillingAt;
      await runAt(api, new Date(new Date(next).getTime() + 60_000));
      const after = await invoicesOf(master, subscriptionId);
      expect(after).toHaveLength(2);
      expect(after[1]).toMatchObject({ state: 'OPEN', total: { amount: '50.00' } });

      // The reseller's admin sees its own quotas, not the subscription account (the master's).
      const own = (await admin.ok(Q.quotas, { id: admin.resellerId })).reseller.quotas;
      expect(quotaOf(own, 'DOMAIN')).toMatchObject({ limit: 5, used: 0 });
      expect((await admin.fails(Q.subscription, { id: admin.resellerId })).extensions?.code).toBe('FORBIDDEN');
    });

    it('a reseller without a reseller plan has no quota; the master’s company has none', async () => {
      const admin = await createReseller(master, api);
      expect((await master.ok(Q.master, { id: admin.resellerId })).reseller).toMatchObject({
        subscription: null,
        quotas: [],
      });
      expect((await master.ok(Q.quotas, { id: master.resellerId })).reseller.quotas).toEqual([]);
    });

    it('quotas refuse domains, MySQL databases and accounts beyond them, naming the quota; nothing is created', async () => {
      const { admin } = await resellerOn(
        [
          { kind: 'DOMAIN', maxUnits: 3 },
          { kind: 'MYSQL_DATABASE', maxUnits: 1 },
          { kind: 'ACCOUNT', maxUnits: 2 },
        ],
        100,
      );
      const small = await createPlan(admin, {
        resources: [
          { kind: 'DOMAIN', maxUnits: 2 },
          { kind: 'MYSQL_DATABASE', maxUnits: 1 },
        ],
      });
      const a = await signupOn(api, admin.cpHost, small, 1);
      const b = await signupOn(api, admin.cpHost, small, 1);

      // Accounts: the third signup is refused; its login is not taken.
      const login = unique('third');
      const third = await api.client(admin.cpHost).fails(B.signup, {
        i: { planId: small, periodMonths: 1, login, email: `${login}@x.test`, password: PASSWORD, profile: PROFILE },
      });
      expect(third.extensions).toMatchObject({ code: 'CONFLICT', resource: 'ACCOUNT', quota: true, limit: 2 });
      expect(third.message).toBe('Your hosting company’s reseller plan allows at most 2 accounts in all');
      // …and an admin-made account (with or without a plan) the same way.
      const made = await admin.fails(Q.createUser, {
        i: { login: unique('u'), email: 'u@x.test', password: PASSWORD, accountName: 'x' },
      });
      expect(made.extensions).toMatchObject({ code: 'CONFLICT', resource: 'ACCOUNT', quota: true });
      const users = await admin.ok(`{ users(first: 50) { totalCount } }`);
      expect(users.users.totalCount).toBe(3); // its admin and the two customers

      // Domains: three in all over both customers.
      await a.client.ok(D.add, { i: { kind: 'PARKED', name: 'a-one.com' } });
      await a.client.ok(D.add, { i: { kind: 'PARKED', name: 'a-two.com' } });
      await b.client.ok(D.add, { i: { kind: 'PARKED', name: 'b-one.com' } });
      const domain = await b.client.fails(D.add, { i: { kind: 'PARKED', name: 'b-two.com' } });
      expect(domain.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', quota: true, limit: 3 });
      expect(domain.message).toBe('Your hosting company’s reseller plan allows at most 3 domains in all');
      expect((await b.client.ok(D.domains, {})).domains.map((d: { name: string }) => d.name)).toEqual(['b-one.com']);

      // MySQL databases: one in all.
      await a.client.ok(M.createDatabase, { i: { name: 'shop' } });
      const db = await b.client.fails(M.createDatabase, { i: { name: 'blog' } });
      expect(db.extensions).toMatchObject({ code: 'CONFLICT', resource: 'MYSQL_DATABASE', quota: true, limit: 1 });
      expect(db.message).toBe('Your hosting company’s reseller plan allows at most 1 MySQL databases in all');
      expect((await b.client.ok(M.databases, {})).mysqlDatabases).toEqual([]);

      // Measured use shows against the quotas: each account's latest disk figure, this month's traffic.
      for (const [accountId, kind, quantity] of [
        [a.accountId, 'DISK_MB', 300],
        [a.accountId, 'DISK_MB', 200],
        [b.accountId, 'DISK_MB', 100],
        [b.accountId, 'TRAFFIC_GB', 4],
        [b.accountId, 'TRAFFIC_GB', 3],
      ] as const)
        await admin.ok(B.usage, { i: { accountId, kind, quantity } });

      const quotas = (await admin.ok(Q.quotas, { id: admin.resellerId })).reseller.quotas;
      expect(quotaOf(quotas, 'DISK_MB')).toMatchObject({ limit: 0, used: 300 });
      expect(quotaOf(quotas, 'TRAFFIC_GB')).toMatchObject({ limit: 0, used: 7 });
      expect(quotaOf(quotas, 'DOMAIN')).toMatchObject({ limit: 3, used: 3, promised: 4, promiseLimit: 6 });
      expect(quotaOf(quotas, 'MYSQL_DATABASE')).toMatchObject({ limit: 1, used: 1, promised: 2 });
      expect(quotaOf(quotas, 'ACCOUNT')).toMatchObject({ limit: 2, used: 2, promised: 2 });
    });

    it('concurrent domain additions by several customers never pass the quota together', async () => {
      const { admin } = await resellerOn([{ kind: 'DOMAIN', maxUnits: 3 }], 1000);
      const plan = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 5 }] });
      const customers = await Promise.all([0, 1, 2].map(() => signupOn(api, admin.cpHost, plan, 1)));
      const tries = [0, 1, 2, 3, 4].map((i) =>
        customers[i % 3]!.client.gql(D.add, { i: { kind: 'PARKED', name: `race-${i}-${unique('d')}.com` } }),
      );
      const results = await Promise.all(tries);
      const ok = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(ok).toHaveLength(3);
      expect(refused.map((r) => r.errors![0]!.extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', resource: 'DOMAIN', quota: true, limit: 3 }),
        expect.objectContaining({ code: 'CONFLICT', resource: 'DOMAIN', quota: true, limit: 3 }),
      ]);
      const quotas = (await admin.ok(Q.quotas, { id: admin.resellerId })).reseller.quotas;
      expect(quotaOf(quotas, 'DOMAIN')).toMatchObject({ used: 3 });
    });

    it('concurrent signups never pass the accounts quota together', async () => {
      const { admin } = await resellerOn([
        { kind: 'ACCOUNT', maxUnits: 2 },
        { kind: 'DOMAIN', maxUnits: 10 },
      ]);
      const plan = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 1 }] });
      const results = await Promise.all(
        [0, 1, 2, 3].map((i) => {
          const login = unique(`rush${i}`);
          return api.client(admin.cpHost).gql(B.signup, {
            i: { planId: plan, periodMonths: 1, login, email: `${login}@x.test`, password: PASSWORD, profile: PROFILE },
          });
        }),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(2);
      for (const r of results.filter((x) => x.errors))
        expect(r.errors![0]!.extensions).toMatchObject({
          code: 'CONFLICT',
          resource: 'ACCOUNT',
          quota: true,
          limit: 2,
        });
      const quotas = (await admin.ok(Q.quotas, { id: admin.resellerId })).reseller.quotas;
      expect(quotaOf(quotas, 'ACCOUNT')).toMatchObject({ used: 2 });
    });

    it('plans may promise no more than the quota with its oversell allowance: signups, plan changes and raised limits', async () => {
      const { admin, planId } = await resellerOn([{ kind: 'DOMAIN', maxUnits: 4 }]);
      const three = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 3 }] });
      const one = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 1 }] });
      const a = await signupOn(api, admin.cpHost, three, 1);

      // 3 + 3 > 4: refused, naming the quota.
      const login = unique('over');
      const input = {
        planId: three,
        periodMonths: 1,
        login,
        email: `${login}@x.test`,
        password: PASSWORD,
        profile: PROFILE,
      };
      const err = await api.client(admin.cpHost).fails(B.signup, { i: input });
      expect(err.extensions).toMatchObject({
        code: 'CONFLICT',
        resource: 'DOMAIN',
        quota: true,
        limit: 4,
        promised: 6,
      });
      expect(err.message).toMatch(
        /reseller plan allows at most 4 domains in all; the plans of its customers’ accounts would promise 6/,
      );
      // 3 + 1 fits.
      const b = await signupOn(api, admin.cpHost, one, 1);

      // Moving B to the bigger plan, or raising the small plan, would promise 6.
      const move = await admin.fails(B.change, { i: { accountId: b.accountId, planId: three, periodMonths: 1 } });
      expect(move.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', quota: true });
      expect((await admin.ok(P.account, { id: b.accountId })).account.plan.id).toBe(one);
      const raise = await admin.fails(P.update, {
        id: one,
        i: { name: 'One', signupEnabled: true, periods: [{ months: 1 }], resources: [{ kind: 'DOMAIN', maxUnits: 3 }] },
      });
      expect(raise.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', quota: true });
      const kept = (await admin.ok(P.plan, { id: one })).plan.resources;
      expect(kept.map((r: { kind: string; maxUnits: number }) => [r.kind, r.maxUnits])).toEqual([['DOMAIN', 1]]);

      // The master allows 50 % overselling: 6 may be promised, and the same signup now passes.
      await master.ok(P.update, {
        id: planId,
        i: {
          name: unique('Reseller '),
          forResellers: true,
          oversellPercent: 50,
          recurringFee: '50',
          periods: [{ months: 1 }],
          resources: [{ kind: 'DOMAIN', maxUnits: 4 }],
        },
      });
      await admin.ok(B.change, { i: { accountId: b.accountId, planId: three, periodMonths: 1 } });
      const quotas = (await admin.ok(Q.quotas, { id: admin.resellerId })).reseller.quotas;
      expect(quotaOf(quotas, 'DOMAIN')).toMatchObject({ limit: 4, promised: 6, promiseLimit: 6 });
      expect(a.accountId).toBeTruthy();
    });

    it('reseller plans are the master’s, never at signup nor on an end user’s account; ACCOUNT is for reseller plans only', async () => {
      const signupOnOne = await master.fails(P.create, {
        i: { name: unique('R '), forResellers: true, signupEnabled: true, periods: [{ months: 1 }], resources: [] },
      });
      expect(signupOnOne.extensions?.fields).toEqual([
        { field: 'signupEnabled', message: 'a reseller plan is never offered at signup' },
      ]);
      const planId = await resellerPlan([{ kind: 'ACCOUNT', maxUnits: 5 }]);
      expect((await api.client().ok(P.signupPlans)).signupPlans.map((p: { id: string }) => p.id)).not.toContain(planId);
      const signup = await api.client().fails(B.signup, {
        i: { planId, periodMonths: 1, login: unique('s'), email: 's@x.test', password: PASSWORD, profile: PROFILE },
      });
      expect(signup.extensions?.code).toBe('NOT_FOUND');

      const user = await master.ok(Q.createUser, {
        i: { login: unique('eu'), email: 'eu@x.test', password: PASSWORD, accountName: 'main' },
      });
      const given = await master.fails(Q.createAccount, {
        i: { ownerId: user.createUser.id, name: 'on reseller plan', planId, periodMonths: 1 },
      });
      expect(given.extensions?.fields).toEqual([
        { field: 'planId', message: 'is a reseller plan: it cannot be given to an end user’s account' },
      ]);
      const moved = await master.fails(B.change, {
        i: { accountId: user.createUser.accounts[0].id, planId, periodMonths: 1 },
      });
      expect(moved.extensions?.code).toBe('BAD_USER_INPUT');

      const accountsOnEndUserPlan = await master.fails(P.create, {
        i: { name: unique('E '), periods: [{ months: 1 }], resources: [{ kind: 'ACCOUNT', maxUnits: 3 }] },
      });
      expect(accountsOnEndUserPlan.extensions?.fields).toEqual([
        { field: 'resources.0.kind', message: 'is a reseller quota: only reseller plans list accounts' },
      ]);

      const admin = await createReseller(master, api);
      const own = await admin.fails(P.create, {
        i: { name: 'Mine', forResellers: true, periods: [{ months: 1 }], resources: [] },
      });
      expect(own.extensions?.fields).toEqual([
        { field: 'forResellers', message: 'only the master’s company sells plans to resellers' },
      ]);
      expect((await admin.ok(P.plans)).plans).toEqual([]);
    });

    it('changing a reseller’s plan goes through the plan change of its subscription; a plan its customers outgrow is refused', async () => {
      const { admin, subscriptionId } = await resellerOn([{ kind: 'DOMAIN', maxUnits: 5 }], 100);
      const plan = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 2 }] });
      const a = await signupOn(api, admin.cpHost, plan, 1);
      await a.client.ok(D.add, { i: { kind: 'PARKED', name: 'keep-one.com' } });
      await a.client.ok(D.add, { i: { kind: 'PARKED', name: 'keep-two.com' } });

      const tiny = await resellerPlan([
        { kind: 'DOMAIN', maxUnits: 1 },
        { kind: 'ACCOUNT', maxUnits: null },
      ]);
      const refused = await master.fails(Q.set, { i: { resellerId: admin.resellerId, planId: tiny, periodMonths: 1 } });
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', quota: true, limit: 1 });
      // The plain plan change of the subscription account checks the same.
      const plain = await master.fails(B.change, { i: { accountId: subscriptionId, planId: tiny, periodMonths: 1 } });
      expect(plain.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', quota: true, limit: 1 });

      const bigger = await resellerPlan(
        [
          { kind: 'DOMAIN', maxUnits: 10 },
          { kind: 'ACCOUNT', maxUnits: null },
        ],
        { recurringFee: '80' },
      );
      await master.ok(Q.set, { i: { resellerId: admin.resellerId, planId: bigger, periodMonths: 1 } });
      const view = (await master.ok(Q.master, { id: admin.resellerId })).reseller;
      expect(view.subscription).toMatchObject({ id: subscriptionId, plan: { id: bigger } });
      expect(quotaOf(view.quotas, 'DOMAIN')).toMatchObject({ limit: 10, used: 2 });
      // The change was invoiced with proration on the same account.
      const invoices = await invoicesOf(master, subscriptionId);
      expect(invoices).toHaveLength(2);
      expect(invoices[1].lines.some((l: { description: string }) => /Unused part/.test(l.description))).toBe(true);
    });

    it('deleting a reseller ends its subscription; the account stays in the master’s company with its invoices', async () => {
      const { admin, subscriptionId } = await resellerOn([{ kind: 'DOMAIN', maxUnits: 1 }]);
      await master.ok(`mutation($id: ID!) { deleteReseller(id: $id) }`, { id: admin.resellerId });
      expect((await master.ok(P.account, { id: subscriptionId })).account.id).toBe(subscriptionId);
      expect(await invoicesOf(master, subscriptionId)).toHaveLength(1);
    });

    it('bad input gets per-field errors and changes nothing', async () => {
      const admin = await createReseller(master, api);
      const planId = await resellerPlan([{ kind: 'DOMAIN', maxUnits: 1 }]);
      const endUserPlan = await createPlan(master, { resources: [] });
      const cases: [Record<string, unknown>, string[]][] = [
        [{ planId, periodMonths: 1 }, ['billingLogin', 'billingEmail']],
        [{ planId, periodMonths: 1, billingLogin: 'x', billingEmail: 'not-mail' }, ['billingLogin', 'billingEmail']],
        [{ planId, periodMonths: 7, billingLogin: 'payer', billingEmail: 'p@x.test' }, ['periodMonths']],
        [{ planId: endUserPlan, periodMonths: 1, billingLogin: 'payer', billingEmail: 'p@x.test' }, ['planId']],
        [{ planId, periodMonths: 1, billingUserId: master.userId }, ['billingUserId']],
        [{ planId, periodMonths: 1, billingLogin: master.login, billingEmail: 'p@x.test' }, ['billingLogin']],
      ];
      for (const [input, fields] of cases) {
        const err = await master.fails(Q.set, { i: { resellerId: admin.resellerId, ...input } });
        expect(err.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
        expect(
          (err.extensions?.fields as { field: string }[]).map((f) => f.field),
          JSON.stringify(input),
        ).toEqual(fields);
      }
      const root = await master.fails(Q.set, {
        i: { resellerId: master.resellerId, planId, periodMonths: 1, billingLogin: 'payer', billingEmail: 'p@x.test' },
      });
      expect(root.extensions?.fields).toEqual([
        { field: 'resellerId', message: 'is the master’s own company: it has no reseller plan' },
      ]);
      expect((await master.ok(Q.master, { id: admin.resellerId })).reseller).toMatchObject({
        subscription: null,
        quotas: [],
      });
      expect((await master.ok(`{ users(first: 100, search: "payer") { totalCount } }`)).users.totalCount).toBe(0);
    });

    it('tenant isolation: other resellers’ quotas are NOT_FOUND; only the master sets reseller plans', async () => {
      const { admin } = await resellerOn([{ kind: 'DOMAIN', maxUnits: 2 }]);
      const other = await createReseller(master, api);
      const planId = await resellerPlan([]);
      expect((await other.fails(Q.quotas, { id: admin.resellerId })).extensions?.code).toBe('NOT_FOUND');
      expect((await other.ok(Q.quotas, { id: other.resellerId })).reseller.quotas).toEqual([]);
      const set = {
        resellerId: other.resellerId,
        planId,
        periodMonths: 1,
        billingLogin: 'me',
        billingEmail: 'm@x.test',
      };
      expect((await other.fails(Q.set, { i: set })).extensions?.code).toBe('FORBIDDEN');
      const plan = await createPlan(admin, { resources: [{ kind: 'DOMAIN', maxUnits: 1 }] });
      const customer = await signupOn(api, admin.cpHost, plan, 1);
      expect((await customer.client.fails(Q.set, { i: set })).extensions?.code).toBe('FORBIDDEN');
      expect((await customer.client.fails(Q.quotas, { id: admin.resellerId })).extensions?.code).toBe('FORBIDDEN');
      expect((await master.ok(Q.master, { id: other.resellerId })).reseller.subscription).toBeNull();
    });
  },
  FAST_TASKS,
);
