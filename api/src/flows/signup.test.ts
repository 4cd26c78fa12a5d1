import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createReseller, PASSWORD, setupMaster, unique, type MasterClient } from '../test/factories';
import { D, setupHosting } from '../modules/domains/testing';
import { FAST_TASKS, Q as M, setupMysqlServer } from '../modules/mysql/testing';
import { addMonthsUtc } from '../modules/plans/pricing';
import { B, billingOf, createPlan, invoicesOf, P, PROFILE, runAt, signupOn, sql } from '../modules/billing/testing';

/* The public signup (BIL-2): one transaction for user, account, profile and first invoice; the moderation queue. */
describeApi(
  'signup and moderation',
  (api) => {
    let master: MasterClient;
    let open: string;
    let moderated: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.signup-host.com' }, { nameServer: 'ns2.signup-host.com' }],
        web: { address: '192.0.2.83' },
        serviceDomain: 'signup-host.com',
      });
      await setupMysqlServer(master, 'FILES');
      const resources = [
        { kind: 'DOMAIN', maxUnits: 5 },
        { kind: 'MYSQL_DATABASE', maxUnits: 5 },
      ];
      open = await createPlan(master, { name: 'Open', recurringFee: '4', resources });
      moderated = await createPlan(master, { name: 'Checked', recurringFee: '4', moderated: true, resources });
    });

    const accountsCount = async () =>
      (await master.ok(`{ accounts(first: 1) { totalCount } }`)).accounts.totalCount as number;
    const balanceOf = async (accountId: string) =>
      (await master.ok(B.balance, { a: accountId })).accountBalance.balance.amount;

    it('bad signups name the field and write nothing', async () => {
      const before = await accountsCount();
      const anon = api.client();
      const login = unique('taken');
      await signupOn(api, undefined, open, 1, { login });
      const input = (over: Record<string, unknown>) => ({
        i: {
          planId: open,
          periodMonths: 1,
          login: unique('new'),
          email: 'new@customer.test',
          password: PASSWORD,
          profile: PROFILE,
          ...over,
        },
      });
      const field = async (over: Record<string, unknown>) =>
        (await anon.fails(B.signup, input(over))).extensions?.fields?.map((f) => f.field);
      expect(await field({ periodMonths: 12 })).toEqual(['periodMonths']);
      expect(await field({ login })).toEqual(['login']);
      expect(await field({ password: 'short' })).toEqual(['password']);
      expect(await field({ profile: { ...PROFILE, country: 'Germany', postalCode: '<10115>' } })).toEqual([
        'profile.postalCode',
        'profile.country',
      ]);
      // Two letters are not enough: the code must be one ISO 3166 assigns (ZZ is nobody's); lower case is taken.
      expect(await field({ profile: { ...PROFILE, country: 'ZZ' } })).toEqual(['profile.country']);
      expect(await field({ profile: { ...PROFILE, country: 'gb' }, login })).toEqual(['login']);
      const hidden = await createPlan(master, { name: 'Not offered', signupEnabled: false });
      expect((await anon.fails(B.signup, input({ planId: hidden }))).extensions?.code).toBe('NOT_FOUND');
      // A plan of another company is not on this host's signup page.
      const other = await createReseller(master, api);
      expect((await api.client(other.cpHost).fails(B.signup, input({}))).extensions?.code).toBe('NOT_FOUND');
      expect(await accountsCount()).toBe(before + 1);
      expect((await anon.ok(`{ viewer { role } }`)).viewer).toBeNull();
    });

    it('a signup is signed in, and can open a second account with the same login; the profile is copied', async () => {
      const customer = await signupOn(api, undefined, open, 1, { accountName: 'Shop' });
      expect((await customer.client.ok(`{ viewer { role user { login } } }`)).viewer).toEqual({
        role: 'END_USER',
        user: { login: customer.login },
      });
      const second = (await customer.client.ok(B.addAccount, { i: { planId: open, periodMonths: 1, name: 'Blog' } }))
        .addAccount;
      expect(second).toMatchObject({ status: 'ACTIVE', plan: { id: open } });
      expect((await customer.client.ok(B.profile, { a: second.id })).billingProfile).toMatchObject({
        name: PROFILE.name,
        city: PROFILE.city,
      });
      expect((await invoicesOf(customer.client, second.id)).map((i) => [i.total.amount, i.state])).toEqual([
        ['4.00', 'OPEN'],
      ]);
    });

    it('a moderated plan: the account waits out of service and unbilled; approval starts its first period and invoice', async () => {
      const customer = await signupOn(api, undefined, moderated, 1);
      expect(customer.status).toBe('MODERATION');
      expect(await invoicesOf(master, customer.accountId)).toEqual([]);
      expect(await balanceOf(customer.accountId)).toBe('0.00');

      const domain = await customer.client.fails(D.add, { i: { kind: 'PARKED', name: 'waiting-parked.com' } });
      expect(domain.extensions?.code).toBe('CONFLICT');
      expect(domain.message).toContain('waiting for an admin');
      expect((await customer.client.fails(M.createDatabase, { i: { name: 'shop' } })).extensions?.code).toBe(
        'CONFLICT',
      );
      expect((await customer.client.fails(B.change, { i: { planId: open, periodMonths: 1 } })).extensions?.code).toBe(
        'CONFLICT',
      );
      expect((await customer.client.ok(D.domains, {})).domains).toEqual([]);

      // The billing run leaves accounts in moderation alone, however long they wait.
      await runAt(api, new Date(Date.now() + 95 * 86_400_000));
      expect(await invoicesOf(master, customer.accountId)).toEqual([]);

      const before = Date.now();
      expect((await master.ok(B.approve, { id: customer.accountId })).approveAccount).toEqual({
        id: customer.accountId,
        status: 'ACTIVE',
      });
      expect((await master.fails(B.approve, { id: customer.accountId })).extensions?.code).toBe('CONFLICT');
      // The first period starts at approval: one invoice for it, not one per month spent waiting.
      const { anchor, nextBillingAt, periodsBilled } = await billingOf(api.orm, customer.accountId);
      expect(anchor.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(nextBillingAt).toEqual(addMonthsUtc(anchor, 1));
      expect(periodsBilled).toBe(1);
      expect((await invoicesOf(master, customer.accountId)).map((i) => [i.total.amount, i.state])).toEqual([
        ['4.00', 'OPEN'],
      ]);
      await runAt(api, new Date(anchor.getTime() + 60_000));
      expect(await invoicesOf(master, customer.accountId)).toHaveLength(1);

      await customer.client.ok(D.add, { i: { kind: 'PARKED', name: 'approved-parked.com' } });
      await customer.client.ok(M.createDatabase, { i: { name: 'shop' } });
      expect((await customer.client.ok(P.account, { id: customer.accountId })).account.status).toBe('ACTIVE');
    });

    it('a rejected signup: nothing was charged, it stays out of service and is never billed', async () => {
      const customer = await signupOn(api, undefined, moderated, 1);
      expect((await master.fails(B.reject, { id: customer.accountId, r: 'x' })).extensions?.fields?.[0]?.field).toBe(
        'reason',
      );
      const rejected = (await master.ok(B.reject, { id: customer.accountId, r: 'Fake address' })).rejectAccount;
      expect(rejected).toEqual({
        id: customer.accountId,
        status: 'SUSPENDED',
        suspendedReason: 'Signup rejected: Fake address',
      });
      expect(await invoicesOf(master, customer.accountId)).toEqual([]);
      expect(await balanceOf(customer.accountId)).toBe('0.00');
      expect((await master.ok(B.entries, { a: customer.accountId })).ledgerEntries.nodes).toEqual([]);
      expect((await master.fails(B.reject, { id: customer.accountId, r: 'Again please' })).extensions?.code).toBe(
        'CONFLICT',
      );
      expect((await master.fails(B.approve, { id: customer.accountId })).extensions?.code).toBe('CONFLICT');
      expect((await master.ok(P.account, { id: customer.accountId })).account.nextBillingAt).toBeNull();
      // Its owner cannot bring it back into billing by changing its plan.
      expect((await customer.client.fails(B.change, { i: { planId: open, periodMonths: 1 } })).extensions?.code).toBe(
        'CONFLICT',
      );
      await runAt(api, new Date(Date.now() + 400 * 86_400_000));
      expect(await invoicesOf(master, customer.accountId)).toEqual([]);
    });

    it('an admin’s idempotency keys live apart from the system’s: no key an admin picks can block another company’s invoices', async () => {
      const mallory = await createReseller(master, api);
      const victimHost = await createReseller(master, api);
      const victimPlan = await createPlan(victimHost, { name: 'Victim', recurringFee: '2' });
      const malloryPlan = await createPlan(mallory, { name: 'Own', recurringFee: '1' });
      const own = await signupOn(api, mallory.cpHost, malloryPlan, 1);
      // The keys the charges of the next invoices would carry (invoice IDs are global and sequential).
      const [{ max }] = await sql<{ max: number | null }>(api.orm, 'select max(id) as max from invoice');
      for (let id = Number(max ?? 0) + 1; id <= Number(max ?? 0) + 3; id++) {
        await mallory.ok(B.pay, {
          i: { accountId: own.accountId, amount: '0.01', reason: 'Squatting', idempotencyKey: `invoice:${id}` },
        });
      }
      const victim = await signupOn(api, victimHost.cpHost, victimPlan, 1);
      const [invoice] = await invoicesOf(victimHost, victim.accountId);
      expect(invoice).toMatchObject({ state: 'OPEN', total: { amount: '2.00' } });
      expect((await victimHost.ok(B.void, { id: invoice.id, r: 'Changed their mind' })).voidInvoice.state).toBe('VOID');
      expect(await balanceOf(victim.accountId)).toBe('0.00');
      // The same key on another account is another request: both are written.
      const second = await signupOn(api, mallory.cpHost, malloryPlan, 1);
      await mallory.ok(B.pay, {
        i: {
          accountId: second.accountId,
          amount: '0.01',
          reason: 'Same key',
          idempotencyKey: `invoice:${Number(max ?? 0) + 1}`,
        },
      });
      expect(await balanceOf(second.accountId)).toBe('-0.99');
    });
  },
  FAST_TASKS,
);

describeApi(
  'signup throttle',
  (api) => {
    it('a client IP opens at most SIGNUPS_PER_HOUR accounts an hour, by signup or as more accounts; failed attempts count, form errors do not', async () => {
      const master = await setupMaster(api);
      const planId = await createPlan(master, { name: 'Throttled', recurringFee: '1' });
      const first = await signupOn(api, undefined, planId, 1);
      const anon = api.client();
      // A form error is refused before anything costly: the visitor may correct it.
      const form = await anon.fails(B.signup, {
        i: {
          planId,
          periodMonths: 1,
          login: unique('bad'),
          email: 'x@customer.test',
          password: 'short',
          profile: PROFILE,
        },
      });
      expect(form.extensions?.code).toBe('BAD_USER_INPUT');
      // A taken login costs a password hash: it counts.
      const taken = await anon.fails(B.signup, {
        i: {
          planId,
          periodMonths: 1,
          login: first.login,
          email: 'x@customer.test',
          password: PASSWORD,
          profile: PROFILE,
        },
      });
      expect(taken.extensions?.fields).toEqual([{ field: 'login', message: 'is already taken' }]);
      const before = (await master.ok(`{ accounts(first: 1) { totalCount } }`)).accounts.totalCount;
      const limited = await anon.fails(B.signup, {
        i: {
          planId,
          periodMonths: 1,
          login: unique('third'),
          email: 'third@customer.test',
          password: PASSWORD,
          profile: PROFILE,
        },
      });
      expect(limited.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
      expect((await master.ok(`{ accounts(first: 1) { totalCount } }`)).accounts.totalCount).toBe(before);
      // More accounts for one user are counted per user.
      await first.client.ok(B.addAccount, { i: { planId, periodMonths: 1, name: 'Second' } });
      await first.client.ok(B.addAccount, { i: { planId, periodMonths: 1, name: 'Third' } });
      expect(
        (await first.client.fails(B.addAccount, { i: { planId, periodMonths: 1, name: 'Fourth' } })).extensions?.code,
      ).toBe('TOO_MANY_REQUESTS');
    });
  },
  { SIGNUPS_PER_HOUR: '2' },
);
