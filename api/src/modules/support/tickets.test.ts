import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { sql } from '../billing/testing';
import { D, setupHosting } from '../domains/testing';
import { openTicket, T } from './testing';

const codeOf = (e: { extensions?: { code?: unknown } }) => e.extensions?.code;
const fieldsOf = (e: { extensions?: { fields?: { field: string }[] } }) => e.extensions?.fields?.map((f) => f.field);

/*
 * SUP-1: a ticket's thread and states, staff notes kept from the customer, reopening by a reply,
 * assignment, merge, targets and the queue by what is due, and every ticket held to its company.
 */
describeApi('support tickets: thread, states, notes, queue (SUP-1)', (api) => {
  let master: MasterClient;
  let alice: EndUserClient;
  let bob: EndUserClient;
  let reseller: ResellerAdminClient;
  let carol: EndUserClient; // the reseller's customer

  beforeAll(async () => {
    master = await setupMaster(api);
    alice = await createEndUser(master, api, { accounts: 2 });
    bob = await createEndUser(master, api);
    reseller = await createReseller(master, api);
    carol = await createEndUser(reseller, api);
  });

  it('a thread: opened, answered, noted, replied to, closed and reopened by a customer reply', async () => {
    const t = await openTicket(alice, { priority: 'HIGH' });
    expect(t).toMatchObject({ state: 'OPEN', priority: 'HIGH', category: 'TECHNICAL', accountId: alice.accountIds[0] });
    expect(t.number).toBeGreaterThanOrEqual(1);
    // HIGH: first answer in an hour by default, resolution in eight.
    const opened = Date.parse(t.dueAt as string);
    expect(Date.parse(t.resolutionDueAt as string) - Date.parse(t.firstResponseDueAt as string)).toBe(7 * 3600_000);
    expect(Date.parse(t.firstResponseDueAt as string)).toBe(opened);

    const answer = (await master.ok(T.reply, { id: t.id, i: { body: 'We are looking into it.' } })).replyToTicket;
    expect(answer).toMatchObject({ fromStaff: true, internal: false, authorName: 'master' });
    const note = (
      await master.ok(T.reply, { id: t.id, i: { body: 'SECRET: the customer’s plan is overdue', internal: true } })
    ).replyToTicket;
    expect(note.internal).toBe(true);

    let seen = (await alice.ok(T.get, { id: t.id })).ticket;
    expect(seen.state).toBe('WAITING_FOR_CUSTOMER');
    expect(seen.firstRespondedAt).not.toBeNull();
    expect(seen.dueAt).toBeNull(); // nothing owed by the staff while the customer has to answer
    expect(seen.messages.map((m: { body: string }) => m.body)).toEqual([
      'It answers 502 since this morning.',
      'We are looking into it.',
    ]);
    expect(JSON.stringify(seen)).not.toContain('SECRET');
    // The staff see their note in the thread.
    const staffView = (await master.ok(T.get, { id: t.id })).ticket;
    expect(staffView.messages.map((m: { internal: boolean }) => m.internal)).toEqual([false, false, true]);

    // A customer cannot write a note.
    const refused = await alice.fails(T.reply, { id: t.id, i: { body: 'x', internal: true } });
    expect([codeOf(refused), fieldsOf(refused)]).toEqual(['BAD_USER_INPUT', ['internal']]);

    await alice.ok(T.reply, { id: t.id, i: { body: 'Still down.' } });
    expect((await alice.ok(T.get, { id: t.id })).ticket.state).toBe('WAITING_FOR_STAFF');

    const closed = (await alice.ok(T.close, { id: t.id })).closeTicket;
    expect(closed.state).toBe('CLOSED');
    expect(closed.closedAt).not.toBeNull();
    expect((await master.ok(T.queue, {})).supportQueue.nodes.map((n: { id: string }) => n.id)).not.toContain(t.id);

    await alice.ok(T.reply, { id: t.id, i: { body: 'It is down again.' } });
    seen = (await alice.ok(T.get, { id: t.id })).ticket;
    expect(seen).toMatchObject({ state: 'WAITING_FOR_STAFF', closedAt: null });
    expect(seen.dueAt).not.toBeNull(); // the resolution target is owed again
  });

  it('tickets are their company’s: a reseller’s customers reach the reseller, never the master; customers see their own', async () => {
    const mine = await openTicket(alice);
    const carols = await openTicket(carol, { subject: 'Reseller customer question' });
    const masterQueue = (await master.ok(T.queue, {})).supportQueue.nodes.map((n: { id: string }) => n.id);
    expect(masterQueue).toContain(mine.id);
    expect(masterQueue).not.toContain(carols.id);
    const resellerQueue = (await reseller.ok(T.queue, {})).supportQueue.nodes.map((n: { id: string }) => n.id);
    expect(resellerQueue).toEqual([carols.id]);
    // Numbers are counted per company.
    expect(carols.number).toBe(1);

    for (const [client, id] of [
      [master, carols.id],
      [reseller, mine.id],
      [bob, mine.id],
      [carol, mine.id],
    ] as const) {
      expect(codeOf(await client.fails(T.get, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await client.fails(T.reply, { id, i: { body: 'hi' } }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await master.fails(T.setState, { id: carols.id, s: 'CLOSED' }))).toBe('NOT_FOUND');
    expect(codeOf(await bob.fails(T.close, { id: mine.id }))).toBe('NOT_FOUND');
    expect((await bob.ok(T.list, {})).tickets.totalCount).toBe(0);
    // Customers may not use the staff's operations.
    expect(codeOf(await alice.fails(T.queue, {}))).toBe('FORBIDDEN');
    expect(codeOf(await alice.fails(T.setState, { id: mine.id, s: 'CLOSED' }))).toBe('FORBIDDEN');
    // Staff do not open tickets for themselves.
    expect(codeOf(await master.fails(T.open, { i: { subject: 'x', body: 'y' } }))).toBe('FORBIDDEN');
    // Another customer's account (or another tenant's) is not found.
    expect(codeOf(await bob.fails(T.open, { i: { subject: 'x', body: 'y', accountId: alice.accountIds[1] } }))).toBe(
      'NOT_FOUND',
    );
    // A related object must be the account's own: another customer's domain is not found.
    await setupHosting(master, { dns: [{ nameServer: 'ns1.helio-test.com' }], web: { address: '192.0.2.77' } });
    const bobsDomain = (await bob.ok(D.add, { i: { kind: 'OWN', name: 'bobs-shop.com' } })).addDomain.id;
    const aliceAsks = await alice.fails(T.open, { i: { subject: 'x', body: 'y', domainId: bobsDomain } });
    expect(codeOf(aliceAsks)).toBe('NOT_FOUND');
    const bobAsks = await openTicket(bob, { subject: 'About my domain', domainId: bobsDomain });
    expect(bobAsks.domainId).toBe(bobsDomain);
  });

  it('numbers count per company, also for tickets opened at the same moment', async () => {
    const opened = await Promise.all(
      Array.from({ length: 6 }, (_, i) => openTicket(i % 2 ? alice : bob, { subject: `Together ${i}` })),
    );
    const numbers = opened.map((t) => t.number);
    expect(new Set(numbers).size).toBe(6);
    const [{ max }] = await sql<{ max: number }>(
      api.orm,
      'select max(number) as max from ticket where reseller_id = ?',
      [Number(master.resellerId)],
    );
    expect(Math.max(...numbers)).toBe(Number(max));
  });

  it('bad input names its field and changes nothing', async () => {
    const [{ n: before }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from ticket');
    const e = await alice.fails(T.open, { i: { subject: '', body: ' ', accountId: 'x' } });
    expect(codeOf(e)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(e)?.sort()).toEqual(['accountId', 'body', 'subject']);
    const e2 = await alice.fails(T.open, { i: { subject: 'a\nb', body: 'y'.repeat(20_001) } });
    expect(fieldsOf(e2)?.sort()).toEqual(['body', 'subject']);
    const e3 = await master.fails(T.setTargets, {
      t: [{ priority: 'LOW', firstResponseMinutes: 0, resolutionMinutes: 10 }],
    });
    expect(fieldsOf(e3)).toEqual(['0.firstResponseMinutes']);
    const e4 = await master.fails(T.setTargets, {
      t: [{ priority: 'LOW', firstResponseMinutes: 100, resolutionMinutes: 10 }],
    });
    expect(fieldsOf(e4)).toEqual(['0.resolutionMinutes']);
    const [{ n: after }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from ticket');
    expect(Number(after)).toBe(Number(before));
  });

  it('targets per priority, and the queue by what is due: overdue first', async () => {
    const defaults = (await reseller.ok(T.targets)).supportTargets;
    expect(defaults.find((t: { priority: string }) => t.priority === 'NORMAL')).toEqual({
      priority: 'NORMAL',
      firstResponseMinutes: 240,
      resolutionMinutes: 1440,
    });
    await reseller.ok(T.setTargets, { t: [{ priority: 'LOW', firstResponseMinutes: 1, resolutionMinutes: 60 }] });
    // The master's targets are its own.
    expect((await master.ok(T.targets)).supportTargets[0]).toMatchObject({
      priority: 'LOW',
      firstResponseMinutes: 1440,
    });

    const late = await openTicket(carol, { subject: 'Low but late', priority: 'LOW' });
    const urgent = await openTicket(carol, { subject: 'Urgent', priority: 'URGENT' });
    const normal = await openTicket(carol, { subject: 'Normal', priority: 'NORMAL' });
    // The LOW ticket's first answer was due a minute after opening: make it overdue.
    await sql(api.orm, 'update ticket set due_at = first_response_due_at where id = ?', [late.id]);
    await sql(
      api.orm,
      `update ticket set first_response_due_at = ${api.config.database.dialect === 'sqlite' ? 'first_response_due_at - 120000' : "first_response_due_at - interval '2 minutes'"}, due_at = ${api.config.database.dialect === 'sqlite' ? 'due_at - 120000' : "due_at - interval '2 minutes'"} where id = ?`,
      [late.id],
    );
    const queue = (await reseller.ok(T.queue, {})).supportQueue;
    const ids = queue.nodes.map((n: { id: string }) => n.id);
    expect(ids.indexOf(late.id)).toBe(0);
    expect(queue.nodes[0].overdue).toBe(true);
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(normal.id));
    expect((await reseller.ok(T.queue, { p: 'URGENT' })).supportQueue.nodes.map((n: { id: string }) => n.id)).toEqual([
      urgent.id,
    ]);
  });

  it('assignment to the company’s admins only; new staff answers; filters by assignee', async () => {
    const t = await openTicket(carol, { subject: 'Assign me' });
    const staff = (await reseller.ok(T.staff)).supportStaff;
    expect(staff.map((s: { id: string }) => s.id)).toEqual([reseller.userId]);
    const assigned = (await reseller.ok(T.assign, { id: t.id, a: reseller.userId })).assignTicket;
    expect(assigned.assignee).toEqual({ id: reseller.userId, login: reseller.login });
    expect(
      (await reseller.ok(T.queue, { a: reseller.userId })).supportQueue.nodes.map((n: { id: string }) => n.id),
    ).toEqual([t.id]);
    expect((await reseller.ok(T.queue, { u: true })).supportQueue.nodes.map((n: { id: string }) => n.id)).not.toContain(
      t.id,
    );
    // A customer, or the master admin, is no staff member of the reseller.
    expect(codeOf(await reseller.fails(T.assign, { id: t.id, a: carol.userId }))).toBe('NOT_FOUND');
    expect(codeOf(await reseller.fails(T.assign, { id: t.id, a: master.userId }))).toBe('NOT_FOUND');
    // The customer does not see who is assigned.
    expect((await carol.ok(T.get, { id: t.id })).ticket.assignee).toBeNull();
    const unassigned = (await reseller.ok(T.assign, { id: t.id, a: null })).assignTicket;
    expect(unassigned.assignee).toBeNull();
  });

  it('merge: the messages move, the source is closed and points at the kept ticket', async () => {
    const a = await openTicket(carol, { subject: 'First', body: 'first message' });
    const b = await openTicket(carol, { subject: 'Again', body: 'second message' });
    const kept = (await reseller.ok(T.merge, { f: b.id, t: a.id })).mergeTickets;
    expect(kept.messages.map((m: { body: string }) => m.body)).toEqual([
      'first message',
      'second message',
      expect.stringContaining(`#${b.number}`),
    ]);
    const source = (await carol.ok(T.get, { id: b.id })).ticket;
    expect(source).toMatchObject({ state: 'CLOSED', mergedIntoId: a.id, messages: [] });
    // The merge note is the staff's.
    expect((await carol.ok(T.get, { id: a.id })).ticket.messages).toHaveLength(2);
    expect(codeOf(await carol.fails(T.reply, { id: b.id, i: { body: 'hello?' } }))).toBe('CONFLICT');
    expect(fieldsOf(await reseller.fails(T.merge, { f: a.id, t: a.id }))).toEqual(['intoId']);
    const otherAccount = await openTicket(alice, { subject: 'elsewhere' });
    expect(codeOf(await reseller.fails(T.merge, { f: otherAccount.id, t: a.id }))).toBe('NOT_FOUND');
  });

  it('canned replies: the company’s own, created, edited and removed', async () => {
    const made = (await reseller.ok(T.createCanned, { i: { title: 'Thanks', body: 'Thank you for waiting.' } }))
      .createCannedReply;
    expect((await reseller.ok(T.canned)).cannedReplies).toEqual([made]);
    expect((await master.ok(T.canned)).cannedReplies).toEqual([]);
    expect(codeOf(await master.fails(T.updateCanned, { id: made.id, i: { title: 'x', body: 'y' } }))).toBe('NOT_FOUND');
    expect(codeOf(await master.fails(T.deleteCanned, { id: made.id }))).toBe('NOT_FOUND');
    expect(fieldsOf(await reseller.fails(T.createCanned, { i: { title: '', body: 'x' } }))).toEqual(['title']);
    const edited = (await reseller.ok(T.updateCanned, { id: made.id, i: { title: 'Thanks!', body: 'Thanks.' } }))
      .updateCannedReply;
    expect(edited).toEqual({ id: made.id, title: 'Thanks!', body: 'Thanks.' });
    expect((await reseller.ok(T.deleteCanned, { id: made.id })).deleteCannedReply).toBe(true);
    expect((await reseller.ok(T.canned)).cannedReplies).toEqual([]);
    expect(codeOf(await carol.fails(T.canned))).toBe('FORBIDDEN');
  });
});
