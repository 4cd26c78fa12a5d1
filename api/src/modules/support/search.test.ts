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
import { openTicket, T } from './testing';

const ids = (r: { searchTickets: { id: string }[] }) => r.searchTickets.map((t) => t.id);

/* Full-text search over tickets (SUP-1): ranked, held to the tenant, notes only for the staff. */
describeApi('support tickets: full-text search', (api) => {
  let master: MasterClient;
  let alice: EndUserClient;
  let bob: EndUserClient;
  let reseller: ResellerAdminClient;
  let carol: EndUserClient;
  let subjectHit: string;
  let bodyHit: string;
  let noteOnly: string;

  beforeAll(async () => {
    master = await setupMaster(api);
    alice = await createEndUser(master, api);
    bob = await createEndUser(master, api);
    reseller = await createReseller(master, api);
    carol = await createEndUser(reseller, api);
    // "nameserver" in one subject, in another's body only, and in a third's staff note only.
    subjectHit = (await openTicket(alice, { subject: 'Nameserver delegation broken', body: 'Please check.' })).id;
    bodyHit = (await openTicket(alice, { subject: 'Question about my domain', body: 'Which nameserver should I use?' }))
      .id;
    noteOnly = (await openTicket(alice, { subject: 'Invoice question', body: 'Why two invoices?' })).id;
    await master.ok(T.reply, {
      id: noteOnly,
      i: { body: 'Unrelated to the nameserver outage, zebrafish', internal: true },
    });
    await openTicket(bob, { subject: 'Nameserver for bob', body: 'bob asks' });
    await openTicket(carol, { subject: 'Nameserver at the reseller', body: 'carol asks' });
  });

  it('ranks a match in the subject above one in a message, and matches words in any form', async () => {
    expect(ids(await alice.ok(T.search, { q: 'nameserver' }))).toEqual([subjectHit, bodyHit]);
    // Every word must match.
    expect(ids(await alice.ok(T.search, { q: 'nameserver delegation' }))).toEqual([subjectHit]);
    // Stemmed: "invoice" finds "invoices".
    expect(ids(await alice.ok(T.search, { q: 'invoice' }))).toEqual([noteOnly]);
    // Operators and quotes are taken as words, not as query syntax.
    expect(ids(await alice.ok(T.search, { q: '"nameserver" OR * NEAR(' }))).toEqual([]);
    expect(ids(await alice.ok(T.search, { q: '"nameserver"' }))).toEqual([subjectHit, bodyHit]);
  });

  it('a staff note is found by the staff, never by the customer', async () => {
    expect(ids(await alice.ok(T.search, { q: 'zebrafish' }))).toEqual([]);
    expect(ids(await master.ok(T.search, { q: 'zebrafish' }))).toEqual([noteOnly]);
  });

  it('is held to the tenant: own tickets for a customer, the company’s for its staff', async () => {
    const masters = ids(await master.ok(T.search, { q: 'nameserver' }));
    expect(masters).toHaveLength(4); // alice's two, the note's (staff), bob's; not carol's
    expect(masters).toEqual(expect.arrayContaining([subjectHit, bodyHit]));
    const resellers = (await reseller.ok(T.search, { q: 'nameserver' })).searchTickets;
    expect(resellers.map((t: { subject: string }) => t.subject)).toEqual(['Nameserver at the reseller']);
    expect(
      (await bob.ok(T.search, { q: 'nameserver' })).searchTickets.map((t: { subject: string }) => t.subject),
    ).toEqual(['Nameserver for bob']);
    expect(ids(await carol.ok(T.search, { q: 'delegation' }))).toEqual([]);
  });

  it('follows the thread: a reply is found, a merged ticket’s messages are found on the kept one', async () => {
    await alice.ok(T.reply, { id: bodyHit, i: { body: 'Also the quokka record is missing' } });
    expect(ids(await alice.ok(T.search, { q: 'quokka' }))).toEqual([bodyHit]);
    await master.ok(T.merge, { f: bodyHit, t: subjectHit });
    expect(ids(await alice.ok(T.search, { q: 'quokka' }))).toEqual([subjectHit]);
  });
});
