import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvoicePage } from '../pages/invoice.page';
import { AdminJobsPage, JobPage, JobsPage, JobTypesPage } from '../pages/jobs.page';
import { signIn } from '../pages/login.page';
import { PaymentPanel } from '../pages/payment.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';

const SERVICE = 'WordPress installation';
const PRICE = '150.00';
const NOTE = 'Internal: the customer’s host password is in the vault';

/**
 * SUP-3 end to end: the master admin adds a service to the catalogue; a customer orders it, the
 * invoice appears on the job and is paid by card through the sandbox gateway; the staff move the
 * job to IN_PROGRESS (with a reply and an internal note) and then DONE; the customer sees DONE and
 * the reply, never the note.
 */
describe.skipIf(skipReason)('custom jobs: ordered, invoiced, paid and completed', () => {
  const e2e = useE2E({ env: { PAYMENT_SANDBOX: 'true' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let staff: Session;
  let buyer: Session;
  let jobId = '';
  let typeId = '';

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    customer = await createEndUser(admin.client, { login: 'jobbuyer', accountName: 'Bakery site' });
    staff = await e2e.newSession();
    buyer = await e2e.newSession();
    await signIn(staff.page, admin);
  });

  afterAll(async () => {
    await staff?.context.close();
    await buyer?.context.close();
  });

  it('the staff add a service with its price to the catalogue', async () => {
    const types = new JobTypesPage(staff.page);
    await types.open();
    await types.add({ name: SERVICE, price: PRICE, description: 'We install and secure WordPress on your site.' });
    const rows = await types.rows();
    expect(rows.map((r) => [r.name, r.price])).toEqual([[SERVICE, PRICE]]);
    typeId = rows[0]!.id;
    await e2e.screenshot(staff.page, 'custom-jobs-1-job-types');
  });

  it('the customer orders it and its invoice appears on the job', async () => {
    const layout = await signIn(buyer.page, customer);
    await layout.navigate('jobs');
    const jobs = new JobsPage(buyer.page);
    expect((await jobs.jobTypes()).map((t) => [t.name, t.price])).toEqual([[SERVICE, PRICE]]);
    await e2e.screenshot(buyer.page, 'custom-jobs-2-catalogue');
    await jobs.order(SERVICE, 'Please install WordPress on bakery.example with a German theme.');

    const job = new JobPage(buyer.page);
    jobId = job.id();
    expect(await job.state()).toBe('ORDERED');
    expect(await job.invoiceState()).toBe('OPEN');
    expect(await job.price()).toContain(PRICE);
    expect(await job.notice.innerText()).toContain('invoice');
    await e2e.screenshot(buyer.page, 'custom-jobs-3-ordered');
  });

  it('the customer pays the invoice by card; the job shows it paid', async () => {
    const job = new JobPage(buyer.page);
    await job.open(jobId);
    await job.invoiceLink.click();
    const invoice = new InvoicePage(buyer.page);
    await invoice.waitForInvoice();
    const pay = new PaymentPanel(buyer.page);
    await pay.payCard.waitFor();
    expect(await pay.amountDue()).toBe(PRICE);
    const paid = await pay.payByCard({
      number: '4242 4242 4242 4242',
      expMonth: '12',
      expYear: String(new Date().getUTCFullYear() + 3),
      cvc: '123',
      holderName: 'Jo Buyer',
    });
    expect(paid.errors, JSON.stringify(paid.errors)).toBeUndefined();
    expect(paid.data!.payInvoice.state).toBe('SUCCEEDED');
    await expect.poll(async () => (await invoice.header()).state).toBe('PAID');
    await e2e.screenshot(buyer.page, 'custom-jobs-4-invoice-paid');

    await job.open(jobId);
    expect(await job.invoiceState()).toBe('PAID');
  });

  it('the staff work the job: a reply and an internal note, IN_PROGRESS, then DONE', async () => {
    const queue = new AdminJobsPage(staff.page);
    await queue.open();
    expect((await queue.rows()).map((r) => [r.id, r.title, r.state])).toEqual([[jobId, SERVICE, 'ORDERED']]);
    await queue.openJob(jobId);

    const job = new JobPage(staff.page);
    await job.setState('IN_PROGRESS');
    await job.post('We are on it: WordPress will be ready tomorrow.');
    await job.post(NOTE, true);
    expect((await job.messages()).map((m) => [m.internal, m.fromStaff])).toEqual([
      [false, true],
      [true, true],
    ]);
    await e2e.screenshot(staff.page, 'custom-jobs-5-staff-in-progress');
    await job.setState('DONE');
    expect(await job.state()).toBe('DONE');
    await e2e.screenshot(staff.page, 'custom-jobs-6-staff-done');
  });

  it('the customer sees the job DONE with the reply, and never the internal note', async () => {
    const job = new JobPage(buyer.page);
    await job.open(jobId);
    expect(await job.state()).toBe('DONE');
    const messages = await job.messages();
    expect(messages.map((m) => m.body)).toEqual(['We are on it: WordPress will be ready tomorrow.']);
    expect(await buyer.page.content()).not.toContain(NOTE);
    await e2e.screenshot(buyer.page, 'custom-jobs-7-customer-done');

    const jobs = new JobsPage(buyer.page);
    await jobs.open();
    expect((await jobs.rows()).map((r) => [r.id, r.state])).toEqual([[jobId, 'DONE']]);
  });

  it('the staff open a job for the customer at their own price, then cancel it: its unpaid invoice is voided', async () => {
    const queue = new AdminJobsPage(staff.page);
    await queue.open();
    const id = await queue.createJob({
      accountId: customer.accounts[0]!.id,
      jobTypeId: typeId,
      brief: 'Move the old shop over as discussed on the phone.',
      price: '80.00',
    });
    await expect.poll(async () => (await queue.rows()).map((r) => r.id)).toContain(id);
    await e2e.screenshot(staff.page, 'custom-jobs-8-queue');
    await queue.openJob(id);
    const job = new JobPage(staff.page);
    expect(await job.price()).toContain('80.00');
    expect(await job.invoiceState()).toBe('OPEN');
    await job.setState('CANCELLED');
    await expect.poll(() => job.invoiceState()).toBe('VOID');
    await e2e.screenshot(staff.page, 'custom-jobs-9-cancelled');
  });
});
