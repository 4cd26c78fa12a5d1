import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { PASSWORD, createEndUser, setupMaster, type MasterClient } from '../../test/factories';

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { accounts { id plan { name } periodMonths nextBillingAt } } }`;
const CREATE_ACCOUNT = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id status plan { name } } }`;
const INVOICES = `query($a: ID) { invoices(accountId: $a, first: 10) { nodes { number total { amount } lines { description amount { amount } } } } }`;

describeApi('admins open accounts under a plan', (api) => {
  let master: MasterClient;
  let planId: string;

  beforeAll(async () => {
    master = await setupMaster(api);
    // Not open for signup: admins may still put accounts on it.
    planId = (
      await master.ok(`mutation($i: PlanInput!) { createPlan(input: $i) { id } }`, {
        i: {
          name: 'Staff',
          setupFee: '10.00',
          recurringFee: '3.00',
          periods: [{ months: 3, discountPercent: '10' }],
          resources: [],
        },
      })
    ).createPlan.id;
  });

  it('createUser with a plan issues the first invoice: setup fee + 3 months less 10 %', async () => {
    const r = await master.ok(CREATE_USER, {
      i: {
        login: 'planned',
        email: 'planned@example.test',
        password: PASSWORD,
        accountName: 'Planned',
        planId,
        periodMonths: 3,
      },
    });
    const account = r.createUser.accounts[0];
    expect(account.plan.name).toBe('Staff');
    expect(account.periodMonths).toBe(3);
    const inv = (await master.ok(INVOICES, { a: account.id })).invoices.nodes;
    expect(inv).toHaveLength(1);
    // 3.00 × 3 = 9.00, less 10 % = 8.10; setup 10.00.
    expect(inv[0].lines.map((l: any) => [l.description, l.amount.amount])).toEqual([
      ['Plan Staff, 3 months', '8.10'],
      ['Setup: plan Staff', '10.00'],
    ]);
    expect(inv[0].total.amount).toBe('18.10');
  });

  it('a plan needs a period of that plan; nothing is created otherwise', async () => {
    const missing = await master.fails(CREATE_USER, {
      i: { login: 'noperiod', email: 'np@example.test', password: PASSWORD, accountName: 'X', planId },
    });
    expect(missing.extensions?.fields).toEqual([{ field: 'periodMonths', message: 'is required with a plan' }]);
    const wrong = await master.fails(CREATE_USER, {
      i: {
        login: 'badperiod',
        email: 'bp@example.test',
        password: PASSWORD,
        accountName: 'X',
        planId,
        periodMonths: 1,
      },
    });
    expect(wrong.extensions?.fields).toEqual([
      { field: 'periodMonths', message: 'is not a billing period of plan Staff' },
    ]);
    const users = await master.ok(`{ users(first: 50, search: "period") { totalCount } }`);
    expect(users.users.totalCount).toBe(0);
  });

  it('createAccount adds an account under the plan for an existing user', async () => {
    const user = await createEndUser(master, api);
    const account = (
      await master.ok(CREATE_ACCOUNT, { i: { ownerId: user.userId, name: 'Second', planId, periodMonths: 3 } })
    ).createAccount;
    expect(account).toMatchObject({ status: 'ACTIVE', plan: { name: 'Staff' } });
    expect((await master.ok(INVOICES, { a: account.id })).invoices.nodes[0].total.amount).toBe('18.10');
  });
});
