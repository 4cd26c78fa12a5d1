import { beforeAll, describe, expect, it } from 'vitest';
import { NAV_GROUPS, type NavTarget } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { StaffPage } from '../pages/staff.page';
import { setupMasterAdmin, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const EVERY_PAGE = ['home', ...Object.values(NAV_GROUPS).flat()] as NavTarget[];

describe.skipIf(skipReason)('support staff logins', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let adminSession: Session;
  let staffSession: Session;
  const desk = { login: 'helpdesk', email: 'helpdesk@root.example', password: 'desk-secret-1' };

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    adminSession = await e2e.newSession();
  });

  it('the admin creates a staff login on the Support staff page (bad input shows under its field)', async () => {
    const layout = await signIn(adminSession.page, admin);
    await layout.navigate('staff');
    const staff = new StaffPage(adminSession.page);
    await staff.create({ ...desk, password: 'short' });
    await staff.fieldError('password').waitFor();
    expect(await staff.rows.count()).toBe(0);
    await staff.create(desk);
    await staff.row(desk.login).waitFor();
    expect(await staff.row(desk.login).locator(tid('staff-state')).getAttribute('data-status')).toBe('ACTIVE');
    await e2e.screenshot(adminSession.page, 'support-staff-list');
  });

  it('the staff login signs in to a panel with the support desk and its own settings only', async () => {
    staffSession = await e2e.newSession();
    const layout = await signIn(staffSession.page, desk);
    expect(await layout.renderedNavLinks(EVERY_PAGE)).toEqual([
      'home',
      'admin-jobs',
      'admin-support',
      'admin-knowledge',
      'password',
      'preferences',
      'developers',
    ]);
    // A page of admins, typed in by hand, is refused by the panel (and the API behind it).
    await staffSession.page.goto('/admin/users');
    await layout.pageRoot('forbidden').waitFor();
    await e2e.screenshot(staffSession.page, 'support-staff-forbidden');
  });

  it('disabled by the admin, the staff login is signed out and cannot sign in again', async () => {
    const staff = new StaffPage(adminSession.page);
    await staff.row(desk.login).locator(tid('staff-disable')).click();
    await expect
      .poll(() => staff.row(desk.login).locator(tid('staff-state')).getAttribute('data-status'))
      .toBe('DISABLED');
    await staffSession.page.goto('/');
    const login = new LoginPage(staffSession.page);
    await login.root.waitFor();
    await login.attempt(desk);
    await expect.poll(() => login.formError.innerText()).toMatch(/disabled/i);
  });
});
