import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  createStaff,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { B, DAY, sql } from '../billing/testing';
import { J } from './testing';

const codeOf = (e: { extensions?: { code?: unknown } }) => e.extensions?.code;
const fieldsOf = (e: { extensions?: { fields?: Array<{ field: string }> } }) =>
  (e.extensions?.fields ?? []).map((f) => f.field).sort();

type Mail = { recipient: string; subject: string; body: string; dedup_key: string | null };

/*
 * SUP-3: custom jobs. A company's catalogue of job types; a customer orders one and it is invoiced
 * through billing at once (tax, mail, paid like any other invoice); the staff move it through its
 * states (the customer is mailed); a thread with staff-only internal notes; every tenant apart.
 */
describeApi('custom jobs: catalogue, ordering and billing, states, thread (SUP-3)', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let alice: EndUserClient;
  let bob: EndUserClient;
  let carol: EndUserClient;
  let design: string;
  let migration: string;
  let resellerType: string;
  let free: string;

  const mails = (where: string, params: unknown[] = []) =>
    sql<Mail>(
      api.orm,
      `select recipient, subject, body, dedup_key from mail_message where ${where} order by id`,
      params,
    );
  const balanceOf = async (client: EndUserClient) =>
    (await client.ok(B.balance, { a: client.accountIds[0] })).accountBalance.balance.amount as string;

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    alice = await createEndUser(master, api);
    bob = await createEndUser(master, api);
    carol = await createEndUser(reseller, api);
    await master.ok(B.addTaxRate, {
      i: { name: 'VAT', ratePercent: '19', validFrom: new Date(Date.now() - DAY).toISOString() },
    });
    design = (
      await master.ok(J.createType, {
        i: { name: 'Site design', description: 'A five-page site.', price: '150.00', position: 1 },
      })
    ).createJobType.id;
    migration = (await master.ok(J.createType, { i: { name: 'Migration', price: '49.99', active: false } }))
      .createJobType.id;
    free = (await master.ok(J.createType, { i: { name: 'Health check', price: '0', position: 2 } })).createJobType.id;
    resellerType = (await reseller.ok(J.createType, { i: { name: 'Reseller install', price: '20' } })).createJobType.id;
  });

  it('admins keep a catalogue with prices; customers see the active types of their own company only', async () => {
    const names = async (c: { ok: MasterClient['ok'] }) =>
      (await c.ok(J.types)).jobTypes.map((t: { name: string }) => t.name);
    expect(await names(master)).toEqual(['Migration', 'Site design', 'Health check']);
    expect(await names(reseller)).toEqual(['Reseller install']);
    expect(await names(alice)).toEqual(['Site design', 'Health check']);
    expect(await names(carol)).toEqual(['Reseller install']);
    const [type] = (await alice.ok(J.types)).jobTypes;
    expect(type).toMatchObject({
      id: design,
      description: 'A five-page site.',
      price: { amount: '150.00', currency: 'USD' },
    });

    const updated = (
      await master.ok(J.updateType, {
        id: migration,
        i: { name: 'Site migration', price: '59.00', active: true, position: 3 },
      })
    ).updateJobType;
    expect(updated).toMatchObject({ name: 'Site migration', active: true, price: { amount: '59.00' } });
    expect(await names(alice)).toEqual(['Site design', 'Health check', 'Site migration']);
  });

  it('bad input names its fields and changes nothing', async () => {
    const before = await master.ok(J.types);
    let e = await master.fails(J.createType, { i: { name: ' ', price: '-1' } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['name', 'price']]);
    e = await master.fails(J.createType, { i: { name: 'x'.repeat(121), price: '1.234' } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['name', 'price']]);
    e = await master.fails(J.updateType, { id: design, i: { name: 'Ok', price: '12,50' } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['price']]);
    expect(await master.ok(J.types)).toEqual(before);

    const jobsBefore = await sql(api.orm, 'select count(*) as n from custom_job');
    e = await alice.fails(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: design, brief: '  ' } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['brief']]);
    e = await alice.fails(J.order, { i: { accountId: 'x', jobTypeId: design, brief: 'Hi' } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['accountId']]);
    e = await master.fails(J.create, {
      i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'Hi', price: 'free' },
    });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['price']]);
    expect(await sql(api.orm, 'select count(*) as n from custom_job')).toEqual(jobsBefore);
  });

  it('ordering issues the invoice with the company’s tax and mails it; the admins hear of the order', async () => {
    const job = (
      await alice.ok(J.order, {
        i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'Blue and friendly, please.' },
      })
    ).orderCustomJob;
    expect(job).toMatchObject({
      title: 'Site design',
      brief: 'Blue and friendly, please.',
      state: 'ORDERED',
      orderedBy: 'CUSTOMER',
      accountId: alice.accountIds[0],
      jobTypeId: design,
      price: { amount: '150.00', currency: 'USD' },
      invoice: {
        state: 'OPEN',
        subtotal: { amount: '150.00' },
        tax: { amount: '28.50' },
        total: { amount: '178.50' },
        taxName: 'VAT',
        lines: [{ description: `Custom job #${job.id}: Site design`, amount: { amount: '150.00' } }],
      },
    });
    // The customer's invoice list has it, and the balance owes it.
    const invoices = (await alice.ok(B.invoices, { a: alice.accountIds[0] })).invoices.nodes;
    expect(invoices.map((i: { id: string }) => i.id)).toContain(job.invoice.id);
    expect(await balanceOf(alice)).toBe('-178.50');
    expect(await mails('dedup_key = ?', [`invoice-issued:${job.invoice.id}`])).toHaveLength(1);
    const ordered = await mails('dedup_key like ?', [`custom-job-ordered:${job.id}:%`]);
    expect(ordered.map((m) => m.recipient)).toEqual(['master@root.test']);
    expect(ordered[0]!.subject).toContain('Site design');
    expect(ordered[0]!.body).toContain('Blue and friendly, please.');

    // Paid as any invoice is: a payment recorded by the staff settles it.
    await master.ok(B.pay, { i: { accountId: alice.accountIds[0], amount: '178.50', reason: 'Bank transfer' } });
    expect((await alice.ok(J.job, { id: job.id })).customJob.invoice.state).toBe('PAID');
    expect(await balanceOf(alice)).toBe('0.00');
  });

  it('the staff move a job through its states; the customer sees each and is mailed', async () => {
    const job = (
      await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'Another one' } })
    ).orderCustomJob;
    const queue = (await master.ok(J.jobs, { state: 'ORDERED' })).customJobs.nodes.map((j: { id: string }) => j.id);
    expect(queue).toContain(job.id);

    await master.ok(J.setState, { id: job.id, s: 'IN_PROGRESS' });
    expect((await alice.ok(J.job, { id: job.id })).customJob.state).toBe('IN_PROGRESS');
    let e = await alice.fails(J.cancel, { id: job.id });
    expect(codeOf(e)).toBe('CONFLICT');
    const done = (await master.ok(J.setState, { id: job.id, s: 'DONE' })).setCustomJobState;
    expect(done.closedAt).toEqual(expect.any(String));
    expect((await alice.ok(J.job, { id: job.id })).customJob.state).toBe('DONE');
    e = await master.fails(J.setState, { id: job.id, s: 'IN_PROGRESS' });
    expect(codeOf(e)).toBe('CONFLICT');
    expect((await master.ok(J.jobs, { state: 'DONE' })).customJobs.nodes.map((j: { id: string }) => j.id)).toEqual([
      job.id,
    ]);

    const updates = await mails('dedup_key like ?', [`custom-job-updated:${job.id}:%`]);
    expect(updates.map((m) => [m.recipient, m.subject])).toEqual([
      [`${alice.login}@customer.test`, expect.stringContaining('in progress')],
      [`${alice.login}@customer.test`, expect.stringContaining('done')],
    ]);
    expect(updates[1]!.body).toContain(`/jobs/${job.id}`);
  });

  it('internal notes never reach the customer: not in the thread, not in any mail', async () => {
    const job = (
      await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: free, brief: 'Check my site' } })
    ).orderCustomJob;
    expect(job.invoice).toBeNull(); // a free job type issues no invoice
    await alice.ok(J.post, { id: job.id, i: { body: 'The site is example.com' } });
    await master.ok(J.post, { id: job.id, i: { body: 'SECRET: customer is slow to pay', internal: true } });
    await master.ok(J.post, { id: job.id, i: { body: 'Thanks, we are on it.' } });
    await master.ok(J.setState, { id: job.id, s: 'WAITING_FOR_CUSTOMER' });

    const seen = (await alice.ok(J.job, { id: job.id })).customJob.messages;
    expect(
      seen.map((m: { body: string; fromStaff: boolean; authorName: string }) => [m.body, m.fromStaff, m.authorName]),
    ).toEqual([
      ['The site is example.com', false, alice.login],
      ['Thanks, we are on it.', true, 'master'],
    ]);
    const staff = (await master.ok(J.job, { id: job.id })).customJob.messages;
    expect(staff.map((m: { internal: boolean }) => m.internal)).toEqual([false, true, false]);
    expect(await mails('body like ?', ['%SECRET%'])).toEqual([]);

    const e = await alice.fails(J.post, { id: job.id, i: { body: 'Let me see notes', internal: true } });
    expect([codeOf(e), fieldsOf(e)]).toEqual(['BAD_USER_INPUT', ['internal']]);
    const empty = await alice.fails(J.post, { id: job.id, i: { body: '' } });
    expect([codeOf(empty), fieldsOf(empty)]).toEqual(['BAD_USER_INPUT', ['body']]);
  });

  it('cancelling an unpaid job voids its invoice (a credit reverses the charge); a paid one stays paid', async () => {
    const before = await balanceOf(alice);
    const job = (
      await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: migration, brief: 'Move it' } })
    ).orderCustomJob;
    expect(job.invoice.total.amount).toBe('70.21'); // 59.00 + 19 % (11.21)
    expect(await balanceOf(alice)).not.toBe(before);
    const cancelled = (await alice.ok(J.cancel, { id: job.id })).cancelCustomJob;
    expect(cancelled).toMatchObject({ state: 'CANCELLED', invoice: { state: 'VOID' } });
    expect(await balanceOf(alice)).toBe(before);
    const entries = (await alice.ok(B.entries, { a: alice.accountIds[0] })).ledgerEntries.nodes;
    expect(entries.map((x: { kind: string; description: string }) => x.kind + ' ' + x.description)).toContain(
      `CREDIT Invoice ${job.invoice.number} voided: custom job ${job.id} cancelled`,
    );

    // The staff cancel a paid job: the invoice stays paid (a refund is billing's decision).
    const paid = (
      await master.ok(J.create, {
        i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'Logo', title: 'Logo design', price: '10' },
      })
    ).createCustomJob;
    expect(paid).toMatchObject({
      title: 'Logo design',
      orderedBy: 'STAFF',
      price: { amount: '10.00' },
      invoice: { total: { amount: '11.90' } },
    });
    // Everything owed is paid (the debt belongs to the newest invoices first).
    const owed = (await balanceOf(alice)).replace('-', '');
    await master.ok(B.pay, { i: { accountId: alice.accountIds[0], amount: owed, reason: 'Cash' } });
    expect((await alice.ok(J.job, { id: paid.id })).customJob.invoice.state).toBe('PAID');
    const e = await alice.fails(J.cancel, { id: paid.id });
    expect(codeOf(e)).toBe('CONFLICT');
    expect((await master.ok(J.setState, { id: paid.id, s: 'CANCELLED' })).setCustomJobState).toMatchObject({
      state: 'CANCELLED',
      invoice: { state: 'PAID' },
    });
    // A job the staff opened is announced to the customer.
    expect(await mails('dedup_key like ?', [`custom-job-updated:${paid.id}:ORDERED:%`])).toHaveLength(1);
  });

  it('every tenant apart: other companies’ and customers’ jobs and types answer NOT_FOUND', async () => {
    const job = (await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'Mine' } }))
      .orderCustomJob;
    const carolJob = (
      await carol.ok(J.order, { i: { accountId: carol.accountIds[0], jobTypeId: resellerType, brief: 'Reseller’s' } })
    ).orderCustomJob;
    expect(carolJob.price).toEqual({ amount: '20.00', currency: 'USD' });

    const notFound = async (p: Promise<{ extensions?: { code?: unknown } }>) =>
      expect(codeOf(await p)).toBe('NOT_FOUND');
    // Another customer of the same company.
    await notFound(bob.fails(J.job, { id: job.id }));
    await notFound(bob.fails(J.cancel, { id: job.id }));
    await notFound(bob.fails(J.post, { id: job.id, i: { body: 'hi' } }));
    await notFound(bob.fails(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: design, brief: 'x' } }));
    expect((await bob.ok(J.jobs, {})).customJobs.totalCount).toBe(0);
    // A reseller's customer cannot order the master's types, nor the master's customers the reseller's.
    await notFound(carol.fails(J.order, { i: { accountId: carol.accountIds[0], jobTypeId: design, brief: 'x' } }));
    await notFound(
      alice.fails(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: resellerType, brief: 'x' } }),
    );
    // The reseller's staff do not see the master's jobs or types, and the master's queue is its own company's.
    await notFound(reseller.fails(J.job, { id: job.id }));
    await notFound(reseller.fails(J.setState, { id: job.id, s: 'DONE' }));
    await notFound(reseller.fails(J.updateType, { id: design, i: { name: 'Mine now', price: '1' } }));
    await notFound(reseller.fails(J.deleteType, { id: design }));
    await notFound(
      reseller.fails(J.create, { i: { accountId: alice.accountIds[0], jobTypeId: resellerType, brief: 'x' } }),
    );
    const resellerQueue = (await reseller.ok(J.jobs, {})).customJobs.nodes.map((j: { id: string }) => j.id);
    expect(resellerQueue).toEqual([carolJob.id]);
    const masterQueue = (await master.ok(J.jobs, {})).customJobs.nodes.map((j: { id: string }) => j.id);
    expect(masterQueue).toContain(job.id);
    expect(masterQueue).not.toContain(carolJob.id);
    await notFound(master.fails(J.job, { id: carolJob.id }));
    // Customers cannot act as staff.
    expect(codeOf(await alice.fails(J.setState, { id: job.id, s: 'DONE' }))).toBe('FORBIDDEN');
    expect(codeOf(await alice.fails(J.createType, { i: { name: 'x', price: '1' } }))).toBe('FORBIDDEN');
    // The reseller's new-order mail went to the reseller's admin, not the master.
    const ordered = await mails('dedup_key like ?', [`custom-job-ordered:${carolJob.id}:%`]);
    expect(ordered.map((m) => m.recipient)).toEqual([`${reseller.login}@reseller.test`]);
  });

  it('available credit pays the invoice at once; invoice numbers follow the company’s sequence', async () => {
    const [{ n }] = await sql<{ n: number | string }>(
      api.orm,
      'select max(number) as n from invoice where reseller_id = ?',
      [Number(master.resellerId)],
    );
    const last = Number(n);
    await master.ok(B.pay, { i: { accountId: bob.accountIds[0], amount: '500.00', reason: 'Prepaid' } });
    const job = (
      await bob.ok(J.order, { i: { accountId: bob.accountIds[0], jobTypeId: design, brief: 'Prepaid job' } })
    ).orderCustomJob;
    expect(job.invoice).toMatchObject({ number: last + 1, state: 'PAID', total: { amount: '178.50' } });
    expect(await balanceOf(bob)).toBe('321.50');
    // A staff-created job takes the next number.
    const next = (
      await master.ok(J.create, { i: { accountId: bob.accountIds[0], jobTypeId: migration, brief: 'Next' } })
    ).createCustomJob;
    expect(next.invoice).toMatchObject({ number: last + 2, state: 'PAID' });
  });

  it('a deleted job type leaves the jobs ordered from it as they were', async () => {
    const type = (await master.ok(J.createType, { i: { name: 'Short-lived', price: '5' } })).createJobType.id;
    const job = (await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: type, brief: 'x' } }))
      .orderCustomJob;
    expect((await master.ok(J.deleteType, { id: type })).deleteJobType).toBe(true);
    expect((await alice.ok(J.job, { id: job.id })).customJob).toMatchObject({
      title: 'Short-lived',
      jobTypeId: null,
      price: { amount: '5.00' },
    });
  });

  it('a support staff login works its own company’s queue (state, reply, note) but not the catalogue', async () => {
    const desk = await createStaff(master, api);
    const resellerDesk = await createStaff(reseller, api);
    const job = (
      await alice.ok(J.order, { i: { accountId: alice.accountIds[0], jobTypeId: free, brief: 'Check my site' } })
    ).orderCustomJob;
    const ids = (await desk.ok(J.jobs)).customJobs.nodes.map((j: { id: string }) => j.id);
    expect(ids).toContain(job.id);
    expect((await desk.ok(J.setState, { id: job.id, s: 'IN_PROGRESS' })).setCustomJobState.state).toBe('IN_PROGRESS');
    await desk.ok(J.post, { id: job.id, i: { body: 'Looking at it now.' } });
    await desk.ok(J.post, { id: job.id, i: { body: 'desk-only-note', internal: true } });
    const seen = (await alice.ok(J.job, { id: job.id })).customJob.messages.map((m: { body: string }) => m.body);
    expect(seen).toContain('Looking at it now.');
    expect(seen).not.toContain('desk-only-note');
    // The catalogue and its prices are the admins'.
    expect(codeOf(await desk.fails(J.createType, { i: { name: 'Cheap', price: '1' } }))).toBe('FORBIDDEN');
    // A reseller's desk never sees the master's customers' jobs.
    expect(codeOf(await resellerDesk.fails(J.job, { id: job.id }))).toBe('NOT_FOUND');
    expect(codeOf(await resellerDesk.fails(J.setState, { id: job.id, s: 'DONE' }))).toBe('NOT_FOUND');
  });
});
