import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { AccountsPage } from '../pages/accounts.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

describe.skipIf(skipReason)('admin accounts page', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let target: SeededUser;
  let bystander: SeededUser;
  let s: Session;
  let layout: Layout;
  let accounts: AccountsPage;
  const reason = 'Unpaid invoice #4711';

  const apiAccount = async (id: string) =>
    (
      await admin.client.request<{ account: { status: string; suspendedReason: string | null } }>(
        `query ($id: ID!) { account(id: $id) { status suspendedReason } }`,
        { id },
      )
    ).account;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    target = await createEndUser(admin.client, { login: 'latepayer', accountName: 'Late payer shop' });
    bystander = await createEndUser(admin.client, { login: 'goodpayer', accountName: 'Good payer shop' });
    s = await e2e.newSession();
    layout = await signIn(s.page, admin);
    accounts = new AccountsPage(s.page);
  });

  it('lists the accounts and finds one by its owner', async () => {
    await layout.navigate('accounts');
    await accounts.row(target.accounts[0].id).waitFor();
    await accounts.row(bystander.accounts[0].id).waitFor();
    await accounts.searchFor(target.login);
    await expect.poll(() => accounts.accountIds(), { timeout: 10_000 }).toEqual([target.accounts[0].id]);
  });

  it('suspends an account with a reason', async () => {
    const id = target.accounts[0].id;
    expect(await textOf(accounts.status(id))).toMatch(/active/i);
    await accounts.suspend(id, reason);
    await expect.poll(() => textOf(accounts.status(id)), { timeout: 10_000 }).toMatch(/suspended/i);
    expect(await apiAccount(id)).toEqual({ status: 'SUSPENDED', suspendedReason: reason });
  });

  it('filters by status', async () => {
    await accounts.searchFor('');
    await accounts.row(bystander.accounts[0].id).waitFor();
    await accounts.filterStatus('SUSPENDED');
    await expect.poll(() => accounts.accountIds(), { timeout: 10_000 }).toEqual([target.accounts[0].id]);
    // Exact lists, not "no longer contains": a list that is still loading contains nothing.
    await accounts.filterStatus('ACTIVE');
    await expect.poll(() => accounts.accountIds(), { timeout: 10_000 }).toEqual([bystander.accounts[0].id]);
    await accounts.filterStatus('ALL');
    await accounts.row(target.accounts[0].id).waitFor();
  });

  it('resumes it', async () => {
    const id = target.accounts[0].id;
    await accounts.resume(id);
    await expect.poll(() => textOf(accounts.status(id)), { timeout: 10_000 }).toMatch(/active/i);
    expect((await apiAccount(id)).status).toBe('ACTIVE');
    expect(await textOf(accounts.status(bystander.accounts[0].id))).toMatch(/active/i);
  });
});
