import type { Locator, Page } from 'playwright-core';
import type { Credentials } from '../support/api';
import { tid } from '../support/tid';
import { Layout } from './layout.page';

/** The sign-in page (/login). */
export class LoginPage {
  readonly root: Locator;
  readonly login: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly formError: Locator;
  /** Instead of the form while the master admin has suspended this host's company. */
  readonly suspendedNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-login'));
    this.login = page.locator(tid('login-login'));
    this.password = page.locator(tid('login-password'));
    this.submit = page.locator(tid('login-submit'));
    this.formError = page.locator(tid('form-error'));
    this.suspendedNotice = page.locator(tid('company-suspended'));
  }

  /** Opens /login, on the spec server or at `baseUrl` (another host name of it: a reseller's panel). */
  async open(baseUrl?: string): Promise<void> {
    await this.page.goto(baseUrl ? new URL('login', baseUrl).href : '/login');
    await this.root.waitFor();
  }

  /** Fills and sends the form; does not wait for the outcome. */
  async attempt(who: Credentials): Promise<void> {
    await this.login.fill(who.login);
    await this.password.fill(who.password);
    await this.submit.click();
  }

  /** Signs in from the login page and waits for the signed-in panel (whichever page it opens). */
  async signIn(who: Credentials): Promise<Layout> {
    await this.root.waitFor();
    await this.attempt(who);
    const layout = new Layout(this.page);
    await layout.viewerLogin.waitFor();
    return layout;
  }
}

/** Opens /login in a fresh session and signs in; a plain sign-in lands on the home page. */
export async function signIn(page: Page, who: Credentials): Promise<Layout> {
  const login = new LoginPage(page);
  await login.open();
  const layout = await login.signIn(who);
  await layout.pageRoot('home').waitFor();
  return layout;
}
