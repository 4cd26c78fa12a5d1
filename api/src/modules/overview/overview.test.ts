import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { Task, TaskState } from '../../tasks/task.entity';
import { describeApi, type TestApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { Account } from '../accounts';
import { B, createPlan, invoicesOf, signupOn } from '../billing/testing';
import { Payment, PaymentState } from '../payments';
import { card, customerOwing, PAY } from '../payments/testing';
import type { GqlClient } from '../../test/client';
import { eventually } from '../mysql/testing';

const OVERVIEW = `query { adminOverview { awaitingModeration overdueAccounts failedTasks serversInTrouble paymentsLast30Days } }`;
const TASKS = `query($a: ID, $n: Int) { recentTasks(accountId: $a, first: $n) { id kind subject state finishedAt } }`;
const HISTORY = `query($a: ID, $m: Int) { usageHistory(accountId: $a, months: $m) { month diskMb trafficGb accountsOpened revenue { amount currency } } }`;
const OVERDUE = `query { accounts(overdue: true, first: 100) { totalCount nodes { id } } }`;

const now = new Date();
const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
/** The second day of last month (UTC): inside it whatever today is. */
const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 2));
const thisMonth = new Date(
  Math.max(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 0, 1), now.getTime() - 60_000),
);

async function addTasks(api: TestApi, accountId: string, states: TaskState[]): Promise<void> {
  const em = systemEm(api.orm, 'test set-up: tasks written as the engine would');
  const account = await em.findOneOrFail(Account, { id: Number(accountId) });
  states.forEach((state, i) =>
    em.create(Task, {
      kind: 'web.createSite',
      state,
      payload: {},
      account,
      reseller: account.reseller,
      subject: `site-${accountId}-${i}.example`,
      lastError: state === TaskState.FAILED ? 'nginx: secret detail' : null,
      finishedAt: new Date(), // ended: the worker leaves them alone
    }),
  );
  await em.flush();
}

async function setOverdue(api: TestApi, accountId: string): Promise<void> {
  const em = systemEm(api.orm, 'test set-up: an overdue account');
  const account = await em.findOneOrFail(Account, { id: Number(accountId) });
  account.overdueSince = new Date();
  await em.flush();
}

describeApi('home pages: overview, recent tasks and use over time', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let alice: EndUserClient; // the master's customer
  let bob: EndUserClient; // another of the master's customers
  let carol: EndUserClient; // a reseller's customer

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    alice = await createEndUser(master, api);
    bob = await createEndUser(master, api);
    carol = await createEndUser(reseller, api);
    const usage = async (admin: typeof master, accountId: string, kind: string, quantity: number, at: Date) =>
      admin.ok(B.usage, { i: { accountId, kind, quantity, recordedAt: at.toISOString() } });
    const a = alice.accountIds[0]!;
    await usage(master, a, 'DISK_MB', 100, lastMonth);
    await usage(master, a, 'DISK_MB', 300, thisMonth);
    await usage(master, a, 'DISK_MB', 200, thisMonth);
    await usage(master, a, 'TRAFFIC_GB', 5, thisMonth);
    await usage(master, a, 'TRAFFIC_GB', 7, thisMonth);
    await usage(master, bob.accountIds[0]!, 'DISK_MB', 50, thisMonth);
    await usage(reseller, carol.accountIds[0]!, 'DISK_MB', 999, thisMonth);
    await master.ok(B.pay, { i: { accountId: a, amount: '25.00', reason: 'Bank transfer' } });
    await reseller.ok(B.pay, { i: { accountId: carol.accountIds[0]!, amount: '7.00', reason: 'Cash' } });
    await addTasks(api, a, [TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED]);
    await addTasks(api, carol.accountIds[0]!, [TaskState.FAILED]);
    await setOverdue(api, bob.accountIds[0]!);
    await setOverdue(api, carol.accountIds[0]!);
  });

  it('a customer sees their account’s disk peak and traffic per month, zeros where nothing was measured', async () => {
    const { usageHistory } = await alice.ok(HISTORY, { m: 3 });
    expect(usageHistory).toHaveLength(3);
    expect(usageHistory[0].diskMb).toBe(0);
    expect(usageHistory[1]).toEqual({
      month: monthOf(lastMonth),
      diskMb: 100,
      trafficGb: 0,
      accountsOpened: null,
      revenue: null,
    });
    expect(usageHistory[2]).toEqual({
      month: monthOf(now),
      diskMb: 300,
      trafficGb: 12,
      accountsOpened: null,
      revenue: null,
    });
  });

  it('another customer’s account is NOT_FOUND, across companies too; months are bounded', async () => {
    expect((await bob.fails(HISTORY, { a: alice.accountIds[0], m: 2 })).extensions?.code).toBe('NOT_FOUND');
    expect((await carol.fails(HISTORY, { a: alice.accountIds[0], m: 2 })).extensions?.code).toBe('NOT_FOUND');
    expect((await reseller.fails(HISTORY, { a: alice.accountIds[0], m: 2 })).extensions?.code).toBe('NOT_FOUND');
    expect((await alice.fails(HISTORY, { m: 25 })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await alice.fails(HISTORY, { m: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
    // A customer without accountId gets their own account, never the company's.
    const own = (await carol.ok(HISTORY, { m: 1 })).usageHistory;
    expect(own).toEqual([{ month: monthOf(now), diskMb: 999, trafficGb: 0, accountsOpened: null, revenue: null }]);
  });

  it('an admin’s company history sums its own accounts only, with accounts opened and money received', async () => {
    const root = (await master.ok(HISTORY, { m: 1 })).usageHistory[0];
    expect(root.diskMb).toBe(350); // alice 300 + bob 50; carol's 999 is the reseller's
    expect(root.trafficGb).toBe(12);
    expect(root.revenue.amount).toBe('25.00');
    const sub = (await reseller.ok(HISTORY, { m: 1 })).usageHistory[0];
    expect(sub).toMatchObject({ diskMb: 999, trafficGb: 0, accountsOpened: 1, revenue: { amount: '7.00' } });
    expect(root.accountsOpened).toBeGreaterThanOrEqual(2); // alice and bob (and the reseller's subscription, if any)
  });

  it('recent tasks: the account’s own, newest first, without the engine’s error text; others’ are NOT_FOUND', async () => {
    const { recentTasks } = await alice.ok(TASKS, { n: 2 });
    expect(recentTasks.map((t: { state: string }) => t.state)).toEqual(['CANCELLED', 'FAILED']);
    expect(recentTasks[0].subject).toMatch(new RegExp(`^site-${alice.accountIds[0]}-`));
    expect((await alice.ok(TASKS, {})).recentTasks).toHaveLength(3);
    expect((await bob.ok(TASKS, {})).recentTasks).toEqual([]);
    expect((await bob.fails(TASKS, { a: alice.accountIds[0] })).extensions?.code).toBe('NOT_FOUND');
    expect((await reseller.fails(TASKS, { a: alice.accountIds[0] })).extensions?.code).toBe('NOT_FOUND');
    expect((await alice.fails(TASKS, { n: 11 })).extensions?.code).toBe('BAD_USER_INPUT');
    const lastError = await alice.gql(`query { recentTasks { lastError } }`);
    expect(lastError.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('the admin overview counts what the filtered lists show: the master every company’s, a reseller its own', async () => {
    // Card payments through each company's sandbox gateway: at the root one declined, then one approved;
    // at the reseller one approved. The manual payments above (ledger only) are not gateway payments.
    const pay = (client: GqlClient, invoiceId: string, gatewayId: string, number: string) =>
      client.ok(PAY.pay, { i: { invoiceId, gatewayId, card: card(number) } });
    const rootSandbox = (await master.ok(PAY.gateways)).paymentGateways.find(
      (g: { kind: string }) => g.kind === 'SANDBOX',
    ).id;
    const payer = await customerOwing(api, master);
    expect((await pay(payer.client, payer.invoiceId, rootSandbox, '4000000000009995')).payInvoice.state).toBe(
      'DECLINED',
    );
    expect((await pay(payer.client, payer.invoiceId, rootSandbox, '4242424242424242')).payInvoice.state).toBe(
      'SUCCEEDED',
    );
    const resellerSandbox = (
      await reseller.ok(PAY.create, { i: { kind: 'SANDBOX', name: 'Sandbox', currencies: ['USD'] } })
    ).createPaymentGateway.id;
    const subscriber = await signupOn(api, reseller.cpHost, await createPlan(reseller, { recurringFee: '7' }), 1);
    const [owed] = await invoicesOf(subscriber.client, subscriber.accountId);
    expect((await pay(subscriber.client, owed.id, resellerSandbox, '4242424242424242')).payInvoice.state).toBe(
      'SUCCEEDED',
    );
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const listed = async (admin: GqlClient) =>
      (
        await admin.ok(`query($s: DateTimeISO) { payments(state: SUCCEEDED, since: $s, first: 1) { totalCount } }`, {
          s: since,
        })
      ).payments.totalCount;

    // Alice's and Carol's failed tasks, and any the engine failed on its own: what the tasks list shows
    // (read again until no task fails between the two reads).
    const m = await eventually(async () => {
      const overview = (await master.ok(OVERVIEW)).adminOverview;
      const failed = await master.ok(`query { tasks(state: FAILED, first: 1) { totalCount } }`);
      expect(overview.failedTasks).toBe(failed.tasks.totalCount);
      return overview;
    }, 10_000);
    expect(m).toMatchObject({ overdueAccounts: 2, paymentsLast30Days: 2, serversInTrouble: 0 });
    expect(await listed(master)).toBe(m.paymentsLast30Days);
    expect(m.failedTasks).toBeGreaterThanOrEqual(2);
    expect((await master.ok(OVERDUE)).accounts.totalCount).toBe(m.overdueAccounts);
    const r = (await reseller.ok(OVERVIEW)).adminOverview;
    expect(r).toEqual({
      awaitingModeration: 0,
      overdueAccounts: 1,
      failedTasks: null,
      serversInTrouble: null,
      paymentsLast30Days: 1,
    });
    expect(await listed(reseller)).toBe(r.paymentsLast30Days);
    // A payment of 40 days ago drops out of both, and stays in the list without `since`.
    const em = systemEm(api.orm, 'test set-up: a payment made 40 days ago');
    const old = await em.findOneOrFail(Payment, { account: Number(payer.accountId), state: PaymentState.SUCCEEDED });
    old.createdAt = new Date(Date.now() - 40 * 86_400_000);
    await em.flush();
    expect((await master.ok(OVERVIEW)).adminOverview.paymentsLast30Days).toBe(1);
    expect(await listed(master)).toBe(1);
    const all = await master.ok(`query { payments(state: SUCCEEDED, first: 1) { totalCount } }`);
    expect(all.payments.totalCount).toBe(2);
    const overdue = (await reseller.ok(OVERDUE)).accounts;
    expect(overdue.nodes.map((n: { id: string }) => n.id)).toEqual([carol.accountIds[0]]);
    expect((await alice.fails(OVERVIEW)).extensions?.code).toBe('FORBIDDEN');
  });
});
