import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { LoginPage } from '../pages/login.page';
import { MailSenderCard, MailTemplatesCard } from '../pages/mail-templates.page';
import { createReseller, setupMasterAdmin, type MasterAdmin, type SeededReseller } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { artifactsDir, skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

/**
 * A reseller's admin words the company's "invoice issued" e-mail on its own panel (issue 17):
 * a wrong placeholder is named under the field, the preview follows the draft with sample values
 * and the company's signature and sender, the wording is saved and then reset to the built-in one.
 */
describe.skipIf(skipReason)('e-mail templates', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  let reseller: SeededReseller;
  let s: Session;
  let layout: Layout;
  let resellerUrl: string;

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    reseller = await createReseller(master.client, {
      name: 'Harbor Hosting',
      cpHost: resellerHost('mail1'),
      adminLogin: 'harbor-admin',
    });
    await master.client.request(
      `mutation ($id: ID!, $input: UpdateResellerInput!) { updateReseller(id: $id, input: $input) { id } }`,
      {
        id: reseller.id,
        input: {
          legalName: 'Harbor Hosting Ltd',
          address: '1 Quay Street\nBristol BS1 4DJ',
          taxId: 'GB123456789',
          supportEmail: 'help@harbor.example',
          supportPhone: '+44 117 496 0000',
        },
      },
    );
    resellerUrl = panelAt(e2e.url, reseller.cpHost);
    s = await e2e.newSession();
    const login = new LoginPage(s.page);
    await login.open(resellerUrl);
    layout = await login.signIn(reseller.admin);
    await layout.navigate('settings');
  });

  it('edits a template with a live preview, refuses an unknown placeholder, saves it and resets it', async () => {
    const card = new MailTemplatesCard(s.page);
    await card.choose('INVOICE_ISSUED', 'EN');
    expect(await card.state.getAttribute('data-status')).toBe('DEFAULT');
    expect(await card.placeholders()).toEqual(
      expect.arrayContaining(['companyName', 'customerName', 'invoiceNumber', 'amount', 'dueDate', 'invoiceUrl']),
    );
    await card.waitForPreviewSubject('Harbor Hosting: invoice 42 for account 1042');

    // A misspelt placeholder is named under the field as you type, and a save is refused.
    await card.body.fill('Hello {{customerNme}}');
    await card.fieldError('body').waitFor();
    expect(await textOf(card.fieldError('body'))).toContain('unknown placeholder {{customerNme}}');
    await card.saveTemplate();
    expect(await card.notice.count()).toBe(0);

    await card.subject.fill('Your invoice {{invoiceNumber}} from {{companyName}}');
    await card.body.fill('Hello {{customerName}},\n\nplease pay {{amount}} by {{dueDate}}: ');
    await card.insert('invoiceUrl');
    expect(await card.body.inputValue()).toBe(
      'Hello {{customerName}},\n\nplease pay {{amount}} by {{dueDate}}: {{invoiceUrl}}',
    );
    await card.waitForPreviewSubject('Your invoice 42 from Harbor Hosting');
    await card.fieldError('body').waitFor({ state: 'detached' });
    const body = await textOf(card.previewBody);
    expect(body).toMatch(
      /^Hello Jane Doe,\s+please pay 19\.90 USD by \d{4}-\d\d-\d\d: http:\/\/mail1\.reseller-e2e\.test:\d+\/invoices\/42/,
    );
    for (const line of [
      'Harbor Hosting Ltd',
      '1 Quay Street',
      'VAT/tax number: GB123456789',
      'Support: help@harbor.example, +44 117 496 0000',
    ])
      expect(body).toContain(line);
    expect(body).not.toMatch(/heliosphere/i);
    expect(await textOf(card.previewFrom)).toMatch(/^"Harbor Hosting" <.+@.+>$/);
    await e2e.screenshot(s.page, 'mail-templates-preview');
    await card.root.screenshot({ path: path.join(artifactsDir, 'mail-templates-card.png') });

    await card.saveTemplate();
    await card.notice.waitFor();
    await s.page.locator('[data-test-id="mail-state"][data-status="OVERRIDDEN"]').waitFor();

    // The sender's name shows in the preview's From.
    const sender = new MailSenderCard(s.page);
    await sender.save({ address: 'not an address' });
    await sender.fieldError('senderAddress').waitFor();
    await sender.save({ name: 'Harbor Billing', address: 'billing@harbor.example' });
    await sender.notice.waitFor();
    await s.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === '"Harbor Billing" <billing@harbor.example>',
      '[data-test-id="mail-preview-from"]',
    );

    // Kept across a reload; then back to the built-in wording.
    await s.page.reload();
    const again = new MailTemplatesCard(s.page);
    await again.choose('INVOICE_ISSUED', 'EN');
    expect(await again.subject.inputValue()).toBe('Your invoice {{invoiceNumber}} from {{companyName}}');
    expect(await again.state.getAttribute('data-status')).toBe('OVERRIDDEN');
    await again.resetTemplate();
    await s.page.locator('[data-test-id="mail-state"][data-status="DEFAULT"]').waitFor();
    expect(await again.subject.inputValue()).toBe(
      '{{companyName}}: invoice {{invoiceNumber}} for account {{accountId}}',
    );
  });
});
