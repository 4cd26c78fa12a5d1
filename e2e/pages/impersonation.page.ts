import type { Locator, Page } from 'playwright-core';
import { textOf, tid } from '../support/tid';
import { Layout } from './layout.page';

/** The banner on every page while an admin is signed in as someone else ("Log in as"). */
export class ImpersonationBanner {
  readonly root: Locator;
  readonly returnButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('impersonation-banner'));
    this.returnButton = page.locator(tid('impersonation-return'));
  }

  async text(): Promise<string> {
    return textOf(this.root);
  }

  /** Who is signed in, and which admin did it, as the banner's data says. */
  async who(): Promise<{ login: string | null; impersonator: string | null }> {
    await this.root.waitFor();
    return {
      login: await this.root.getAttribute('data-login'),
      impersonator: await this.root.getAttribute('data-impersonator'),
    };
  }

  /** "Return to my panel": waits for the admin's own panel, on the host the URL names. */
  async returnToOwnPanel(origin: string): Promise<Layout> {
    await this.returnButton.click();
    await this.page.waitForURL((url) => url.origin === origin);
    const layout = new Layout(this.page);
    await layout.viewerLogin.waitFor();
    return layout;
  }
}

/** Where a "log in as" link lands (/impersonate#<token>) on the user's panel. */
export class ImpersonatePage {
  readonly root: Locator;
  readonly error: Locator;
  readonly loginLink: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-impersonate'));
    this.error = this.root.locator(tid('form-error'));
    this.loginLink = page.locator(tid('impersonate-login'));
  }
}
