import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createReseller, setupMaster, type MasterClient, type ResellerAdminClient } from '../../test/factories';
import { databaseState, eventually, FAST_TASKS, Q as M, setupMysqlServer } from '../mysql/testing';
import { B, createPlan, DAY, invoicesOf, P, PROFILE, runAt, signupOn, sql, type SignedUp } from './testing';

/*
 * Dunning (BIL-3): with payment due at once, a reminder one day overdue (written to the outbox
 * once, however often the run repeats), suspension three days overdue with the account's servers
 * told to lock it, and resumption when the debt is paid.
 */
describeApi(
  'dunning',
  (api) => {
    let master: MasterClient;
    let company: ResellerAdminClient;
    let planId: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupMysqlServer(master, 'FILES');
      company = await createReseller(master, api, { name: 'Dunning Hosting' });
      const settings = (
        await company.ok(B.settings, { i: { paymentTermDays: 0, reminderDays: [1], suspendAfterDays: 3 } })
      ).updateBillingSettings;
      expect(settings).toMatchObject({ paymentTermDays: 0, reminderDays: [1], suspendAfterDays: 3 });
      planId = await createPlan(company, {
        name: 'Due now',
        recurringFee: '10',
        resources: [{ kind: 'MYSQL_DATABASE', maxUnits: 2 }],
      });
    });

    // The dunning mails (reminders, suspension notices); the welcome and invoice mails are not theirs.
    const mails = (accountId: string) =>
      sql<{ recipient: string; subject: string; body: string }>(
        api.orm,
        `select recipient, subject, body from mail_message where account_id = ? and (dedup_key like 'reminder:%' or dedup_key like 'suspended:%') order by id`,
        [Number(accountId)],
      );
    const taskKinds = async (accountId: string) =>
      (
        await master.ok(`query($a: ID) { tasks(accountId: $a, first: 50) { nodes { kind } } }`, { a: accountId })
      ).tasks.nodes.map((t: any) => t.kind);
    const debtFlag = async (accountId: string) => {
      const [row] = await sql<{ f: unknown }>(api.orm, 'select suspended_for_debt as f from account where id = ?', [
        Number(accountId),
      ]);
      return Boolean(Number(row!.f) || row!.f === true);
    };

    it('a reminder on day 1 (once), suspension on day 3 with the MySQL logins locked, resumption on payment', async () => {
      const customer: SignedUp = await signupOn(api, company.cpHost, planId, 1);
      const db = (await customer.client.ok(M.createDatabase, { i: { name: 'shop' } })).createMysqlDatabase;
      await databaseState(customer.client, customer.accountId, db.id, 'ACTIVE');
      const [invoice] = await invoicesOf(customer.client, customer.accountId);
      expect(invoice).toMatchObject({ state: 'OPEN', total: { amount: '10.00' } });
      expect(invoice.dueAt).toBe(invoice.issuedAt);
      const due = Date.parse(invoice.dueAt);

      expect(await runAt(api, new Date(due + DAY - 60_000))).toMatchObject({ reminders: 0, suspended: 0 });
      expect(await mails(customer.accountId)).toEqual([]);
      expect(await runAt(api, new Date(due + DAY + 60_000))).toMatchObject({ reminders: 1, suspended: 0 });
      expect(await runAt(api, new Date(due + DAY + 120_000))).toMatchObject({ reminders: 0, suspended: 0 });
      const [mail, ...more] = await mails(customer.accountId);
      expect(more).toEqual([]);
      expect(mail).toMatchObject({
        recipient: PROFILE.email,
        subject: `Dunning Hosting: payment overdue on account ${customer.accountId}`,
      });
      expect(mail!.body).toContain(`Dear ${PROFILE.name},`);
      expect(mail!.body).toContain('Amount due: 10.00 USD.');
      expect(mail!.body).toContain('suspended when its invoices are 3 days overdue');
      expect((await company.ok(P.account, { id: customer.accountId })).account).toMatchObject({
        status: 'ACTIVE',
        overdueSince: invoice.dueAt,
      });

      expect(await runAt(api, new Date(due + 3 * DAY - 60_000))).toMatchObject({ reminders: 0, suspended: 0 });
      expect(await runAt(api, new Date(due + 3 * DAY + 60_000))).toMatchObject({ reminders: 0, suspended: 1 });
      expect(await runAt(api, new Date(due + 3 * DAY + 120_000))).toMatchObject({ suspended: 0 });
      expect((await company.ok(P.account, { id: customer.accountId })).account).toMatchObject({
        status: 'SUSPENDED',
        suspendedReason: 'Invoices overdue for 3 days',
      });
      expect(await debtFlag(customer.accountId)).toBe(true);
      // The suspension notice, once: the reminder and it are the account's two mails.
      const [, notice, ...none] = await mails(customer.accountId);
      expect(none).toEqual([]);
      expect(notice).toMatchObject({
        recipient: PROFILE.email,
        subject: `Dunning Hosting: account ${customer.accountId} suspended for non-payment`,
      });
      expect(notice!.body).toContain('overdue for 3 day(s)');
      expect(notice!.body).toContain('Amount due: 10.00 USD.');
      expect(notice!.body).toContain('resumed as soon as the amount due is paid');
      expect(await taskKinds(customer.accountId)).toContain('mysql.lockAccount');
      expect((await customer.client.fails(M.createDatabase, { i: { name: 'more' } })).extensions?.code).toBe(
        'CONFLICT',
      );

      await company.ok(B.pay, { i: { accountId: customer.accountId, amount: '10', reason: 'Paid at last' } });
      expect((await invoicesOf(company, customer.accountId)).map((i) => i.state)).toEqual(['PAID']);
      expect((await company.ok(P.account, { id: customer.accountId })).account).toMatchObject({
        status: 'ACTIVE',
        suspendedReason: null,
        overdueSince: null,
      });
      expect(await debtFlag(customer.accountId)).toBe(false);
      await eventually(async () => expect(await taskKinds(customer.accountId)).toContain('mysql.unlockAccount'));
      await customer.client.ok(M.createDatabase, { i: { name: 'more' } });
    });

    it('an account an admin suspended stays suspended when its debt is paid; a partial payment does not resume a debtor', async () => {
      const byAdmin = await signupOn(api, company.cpHost, planId, 1);
      const debtor = await signupOn(api, company.cpHost, planId, 1);
      await company.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "Abuse report") { id } }`, {
        id: byAdmin.accountId,
      });
      const due = Date.parse((await invoicesOf(company, debtor.accountId))[0].dueAt);
      await runAt(api, new Date(due + 3 * DAY + 60_000));
      expect((await company.ok(P.account, { id: debtor.accountId })).account.status).toBe('SUSPENDED');

      await company.ok(B.pay, { i: { accountId: debtor.accountId, amount: '9.99', reason: 'Almost' } });
      expect((await company.ok(P.account, { id: debtor.accountId })).account.status).toBe('SUSPENDED');
      await company.ok(B.pay, { i: { accountId: debtor.accountId, amount: '0.01', reason: 'The rest' } });
      expect((await company.ok(P.account, { id: debtor.accountId })).account.status).toBe('ACTIVE');

      await company.ok(B.pay, { i: { accountId: byAdmin.accountId, amount: '10', reason: 'Paid' } });
      expect((await company.ok(P.account, { id: byAdmin.accountId })).account).toMatchObject({
        status: 'SUSPENDED',
        suspendedReason: 'Abuse report',
      });
    });

    it('the mail asks for what is still owed, and says how long it has been overdue', async () => {
      const customer = await signupOn(api, company.cpHost, planId, 1);
      await company.ok(B.pay, { i: { accountId: customer.accountId, amount: '6.50', reason: 'Part of it' } });
      const due = Date.parse((await invoicesOf(company, customer.accountId))[0].dueAt);
      // The run was down for two days: one mail, the suspension notice is not due yet.
      await runAt(api, new Date(due + 2 * DAY + 60_000));
      const [mail, ...more] = await mails(customer.accountId);
      expect(more).toEqual([]);
      expect(mail!.body).toContain('Amount due: 3.50 USD.');
      expect(mail!.body).toContain('overdue for 2 day(s)');
    });

    it('an admin takes over a dunning suspension: paying then no longer resumes the account', async () => {
      const customer = await signupOn(api, company.cpHost, planId, 1);
      const due = Date.parse((await invoicesOf(company, customer.accountId))[0].dueAt);
      await runAt(api, new Date(due + 3 * DAY + 60_000));
      expect(await debtFlag(customer.accountId)).toBe(true);
      const taken = (
        await company.ok(
          `mutation($id: ID!) { suspendAccount(id: $id, reason: "Chargeback fraud") { status suspendedReason } }`,
          { id: customer.accountId },
        )
      ).suspendAccount;
      expect(taken).toEqual({ status: 'SUSPENDED', suspendedReason: 'Chargeback fraud' });
      expect(await debtFlag(customer.accountId)).toBe(false);
      await company.ok(B.pay, { i: { accountId: customer.accountId, amount: '10', reason: 'Paid' } });
      expect((await company.ok(P.account, { id: customer.accountId })).account).toMatchObject({
        status: 'SUSPENDED',
        suspendedReason: 'Chargeback fraud',
      });
      // Once it is the admin's suspension, suspending again is refused as before.
      expect(
        (await company.fails(`mutation($id: ID!) { suspendAccount(id: $id) { id } }`, { id: customer.accountId }))
          .extensions?.code,
      ).toBe('CONFLICT');
    });

    it('a money action recomputes the overdue state of an account the run has not seen yet', async () => {
      const customer = await signupOn(api, company.cpHost, planId, 1);
      const [invoice] = await invoicesOf(company, customer.accountId);
      expect((await company.ok(P.account, { id: customer.accountId })).account.overdueSince).toBeNull();
      await company.ok(`mutation($i: MoneyActionInput!) { addCredit(input: $i) { id } }`, {
        i: { accountId: customer.accountId, amount: '1', reason: 'Goodwill' },
      });
      expect((await company.ok(P.account, { id: customer.accountId })).account).toMatchObject({
        status: 'ACTIVE',
        overdueSince: invoice.dueAt,
      });
    });
  },
  FAST_TASKS,
);
