import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { SupportPage } from '../pages/support.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CANNED = 'We restarted the web server; please check your site again.';
const NOTE = 'Internal: the customer’s disk was full, cleaned /tmp';

/**
 * SUP-1 and SUP-2 in the browser: a customer types a question, sees a knowledge-base article
 * suggested, and opens the ticket anyway with an attachment; a support staff login answers with a
 * saved answer and adds an internal note; the customer sees the answer and never the note.
 */
describe.skipIf(skipReason)('support tickets', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  let customer: SeededUser;
  let customerSession: Session;
  let staffSession: Session;
  let adminSession: Session;
  const desk = { login: 'desk', password: 'desk-secret-1' };
  let customerView: SupportPage;
  let staffView: SupportPage;
  let customerLayout: Layout;
  let ticketUrl: string;

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    customer = await createEndUser(master.client, { login: 'helpme', accountName: 'Shop needing help' });
    await master.client.request(`mutation ($i: CannedReplyInput!) { createCannedReply(input: $i) { id } }`, {
      i: { title: 'Web server restarted', body: CANNED },
    });
    // The desk: a support staff login, and a published article about the problem the customer will have.
    await master.client.request(`mutation ($i: CreateStaffLoginInput!) { createStaffLogin(input: $i) { id } }`, {
      i: { ...desk, email: 'desk@root.example' },
    });
    const { createKbCategory } = await master.client.request<{ createKbCategory: { id: string } }>(
      `mutation ($i: KbCategoryInput!) { createKbCategory(input: $i) { id } }`,
      { i: { name: 'Web sites', language: 'EN' } },
    );
    const { createKbArticle } = await master.client.request<{ createKbArticle: { id: string } }>(
      `mutation ($i: KbArticleInput!) { createKbArticle(input: $i) { id } }`,
      {
        i: {
          categoryId: createKbCategory.id,
          title: 'My site answers 502 Bad Gateway',
          slug: 'site-answers-502',
          body: 'A **502** means the web server could not reach your application: restart it from *Web sites*.',
        },
      },
    );
    await master.client.request(`mutation ($id: ID!) { publishKbArticle(id: $id) { id } }`, {
      id: createKbArticle.id,
    });
    customerSession = await e2e.newSession();
    customerLayout = await signIn(customerSession.page, customer);
    customerView = new SupportPage(customerSession.page);
    staffSession = await e2e.newSession();
    staffView = new SupportPage(staffSession.page);
  });

  it('a customer typing a question is offered an article, and opens the ticket anyway with an attachment', async () => {
    await customerLayout.navigate('support');
    await customerView.openTicket({
      subject: 'Site answers 502',
      body: 'Since this morning my shop answers 502. Screenshot attached.',
      priority: 'HIGH',
      file: { name: 'screenshot.png', mimeType: 'image/png', buffer: PNG },
      suggestion: 'site-answers-502',
      whileSuggested: () => e2e.screenshot(customerSession.page, 'support-new-ticket-suggestion'),
    });
    ticketUrl = customerSession.page.url();
    expect(await customerView.notice.textContent()).toMatch(/Ticket #1 was sent/);
    expect(await customerView.thread()).toEqual([
      {
        body: 'Since this morning my shop answers 502. Screenshot attached.',
        internal: false,
        fromStaff: false,
        attachments: ['screenshot.png'],
      },
    ]);
    await e2e.screenshot(customerSession.page, 'support-customer-opened');
  });

  it('a support staff login finds it in the queue and answers with a saved answer and an internal note', async () => {
    const layout = await signIn(staffSession.page, desk);
    await layout.navigate('admin-support');
    expect(await staffView.queueRow('Site answers 502').getAttribute('data-state')).toBe('OPEN');
    await e2e.screenshot(staffSession.page, 'support-queue');
    await staffView.openFromQueue('Site answers 502');
    // The customer's file comes down as a file, byte for byte.
    const file = await staffView.download('screenshot.png');
    expect(file).toEqual({ name: 'screenshot.png', bytes: PNG });

    await staffView.reply({ canned: 'Web server restarted' });
    await staffView.reply({ body: NOTE, internal: true });
    const thread = await staffView.thread();
    expect(thread.map((m) => [m.body, m.fromStaff, m.internal])).toEqual([
      ['Since this morning my shop answers 502. Screenshot attached.', false, false],
      [CANNED, true, false],
      [NOTE, true, true],
    ]);
    // The note is marked as one.
    await staffSession.page.locator(`${tid('ticket-message')}[data-internal="true"] ${tid('note-label')}`).waitFor();
    await e2e.screenshot(staffSession.page, 'support-staff-ticket');
  });

  it('the customer sees the answer, never the note, and the ticket waits for them', async () => {
    await customerSession.page.goto(ticketUrl);
    await customerSession.page.locator(tid('page-ticket')).waitFor();
    await customerSession.page.locator(tid('ticket-message')).nth(1).waitFor();
    const thread = await customerView.thread();
    expect(thread.map((m) => m.body)).toEqual(['Since this morning my shop answers 502. Screenshot attached.', CANNED]);
    expect(await customerSession.page.content()).not.toContain('disk was full');
    expect(
      await customerSession.page.locator(`${tid('page-ticket')} ${tid('ticket-state')}`).getAttribute('data-status'),
    ).toBe('WAITING_FOR_CUSTOMER');
    await e2e.screenshot(customerSession.page, 'support-customer-answered');
    // The list shows it waiting for them.
    await customerLayout.navigate('support');
    await customerSession.page.locator(`${tid('ticket-row')}[data-state="WAITING_FOR_CUSTOMER"]`).waitFor();
    await e2e.screenshot(customerSession.page, 'support-customer-list');
  });

  it('a customer reaches a new ticket from any page through the header’s “Get help”; staff have no such button', async () => {
    await customerLayout.navigate('domains');
    await customerSession.page.locator(tid('header-help')).click();
    await customerSession.page.locator(tid('page-new-ticket')).waitFor();
    expect(await staffSession.page.locator(tid('header-help')).count()).toBe(0);
  });

  it('the staff keep their saved answers on their own page; the admin also sets the targets there', async () => {
    await staffSession.page.locator(tid('back')).click();
    await staffSession.page.locator(tid('canned-replies-link')).click();
    await staffSession.page.locator(tid('page-canned-replies')).waitFor();
    // The targets are the admins' promise to customers: not on a staff login's page.
    expect(await staffSession.page.locator(tid('targets-card')).count()).toBe(0);
    adminSession = await e2e.newSession();
    const admin = await signIn(adminSession.page, master);
    await admin.navigate('admin-support');
    await adminSession.page.locator(tid('canned-replies-link')).click();
    await adminSession.page.locator(tid('page-canned-replies')).waitFor();
    await staffSession.page.locator(`${tid('canned-row')}[data-title="Web server restarted"]`).waitFor();
    await staffSession.page.locator(tid('canned-title')).fill('Closing');
    await staffSession.page.locator(tid('canned-body')).fill('We close this ticket; write again any time.');
    await staffSession.page.locator(tid('canned-submit')).click();
    await staffSession.page.locator(`${tid('canned-row')}[data-title="Closing"]`).waitFor();
    const normal = adminSession.page.locator(`${tid('target-row')}[data-priority="NORMAL"]`);
    expect(await normal.locator(tid('target-first')).inputValue()).toBe('240');
    await normal.locator(tid('target-first')).fill('120');
    await adminSession.page.locator(tid('targets-save')).click();
    await adminSession.page.locator(tid('notice'), { hasText: 'targets were saved' }).waitFor();
    const { supportTargets } = await master.client.request<{
      supportTargets: { priority: string; firstResponseMinutes: number }[];
    }>(`{ supportTargets { priority firstResponseMinutes } }`);
    expect(supportTargets.find((x) => x.priority === 'NORMAL')?.firstResponseMinutes).toBe(120);
    await e2e.screenshot(staffSession.page, 'support-canned-replies');
    await e2e.screenshot(adminSession.page, 'support-targets');
  });
});
