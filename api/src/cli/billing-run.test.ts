import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../db/scope';
import { describeApi } from '../test/api';
import { setupMaster } from '../test/factories';
import { helio, SPAWNS } from '../test/helio';
import { Account } from '../modules/accounts/account.entity';

const DAY = 86_400_000;

describeApi('helio billing run (CLI)', (api) => {
  let accountId = 0;

  beforeAll(async () => {
    const master = await setupMaster(api);
    const plan = (
      await master.ok(`mutation($i: PlanInput!) { createPlan(input: $i) { id } }`, {
        i: { name: 'CLI Basic', signupEnabled: true, recurringFee: '5.00', periods: [{ months: 1 }], resources: [] },
      })
    ).createPlan;
    const visitor = api.client();
    const account = (
      await visitor.ok(`mutation($i: SignupInput!) { signup(input: $i) { id } }`, {
        i: {
          planId: plan.id,
          periodMonths: 1,
          login: 'cli-customer',
          email: 'cli@example.test',
          password: 'a long password',
          profile: {
            name: 'Cli Customer',
            address: '1 Main St',
            city: 'Springfield',
            postalCode: '12345',
            country: 'US',
            email: 'cli@example.test',
          },
        },
      })
    ).signup;
    accountId = Number(account.id);
  });

  it('bills the second period once, as of the date given; a second run bills nothing', SPAWNS, async () => {
    const { nextBillingAt } = await systemEm(
      api.orm,
      'test check: what the CLI billed, read with no viewer',
    ).findOneOrFail(Account, { id: accountId });
    const at = new Date(nextBillingAt!.getTime() + DAY).toISOString();
    const first = await helio(api, ['billing', 'run', '--at', at]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`billing run as of ${at}: 1 account(s) billed, 1 invoice(s) issued`);
    const again = await helio(api, ['billing', 'run', '--at', at]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 account(s) billed, 0 invoice(s) issued');
    const rows = await systemEm(api.orm, 'test check: what the CLI billed, read with no viewer')
      .getConnection()
      .execute<{ n: number | string }[]>('select count(*) as n from invoice where account_id = ?', [accountId]);
    expect(Number(rows[0]!.n)).toBe(2); // the signup's first invoice and this one
  });

  it('refuses a date it cannot read, billing nothing', SPAWNS, async () => {
    const run = await helio(api, ['billing', 'run', '--at', 'next tuesday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"next tuesday" is not a date');
  });
});
