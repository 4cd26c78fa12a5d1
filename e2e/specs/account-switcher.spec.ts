import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { AccountPage } from '../pages/self.page';
import { createEndUser, setupMasterAdmin, type SeededAccount, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

describe.skipIf(skipReason)('account switcher', () => {
  const e2e = useE2E();
  let user: SeededUser;
  let s: Session;
  let layout: Layout;

  /** Opens /account through the navigation and waits until it shows this account. */
  async function expectAccountPageShows(account: SeededAccount): Promise<void> {
    await layout.navigate('account');
    const page = new AccountPage(s.page);
    await expect.poll(() => textOf(page.id), { timeout: 10_000 }).toBe(account.id);
    expect(await textOf(page.name)).toBe(account.name);
  }

  beforeAll(async () => {
    const admin = await setupMasterAdmin(e2e.url);
    user = await createEndUser(admin.client, {
      login: 'multi',
      accountName: 'Main shop',
      moreAccounts: ['Family blog'],
    });
    s = await e2e.newSession();
    layout = await signIn(s.page, user);
  });

  it('offers every account of the user, with the active one selected', async () => {
    expect((await layout.accountSwitcherOptions()).sort()).toEqual(user.accounts.map((a) => a.id).sort());
    const active = await layout.accountSwitcher.inputValue();
    await expectAccountPageShows(user.accounts.find((a) => a.id === active)!);
  });

  it('switches to another account; the account page follows and the choice survives a reload', async () => {
    const active = await layout.accountSwitcher.inputValue();
    const other = user.accounts.find((a) => a.id !== active)!;
    await layout.switchAccount(other.id);
    await expectAccountPageShows(other);

    await s.page.reload();
    await new AccountPage(s.page).root.waitFor();
    await expect.poll(() => layout.accountSwitcher.inputValue(), { timeout: 10_000 }).toBe(other.id);
    await expectAccountPageShows(other);
  });

  it('switches back', async () => {
    const active = await layout.accountSwitcher.inputValue();
    const back = user.accounts.find((a) => a.id !== active)!;
    await layout.switchAccount(back.id);
    await expectAccountPageShows(back);
  });
});
