import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
} from '../../test/factories';
import { sumOfEntries } from './ledger';
import { Account } from '../accounts';
import { LedgerKind } from './enums';
import { LedgerEntry } from './ledger-entry.entity';

const ENTRY = 'id kind description reference currency amount { amount minorUnits currency } createdAt';
const Q = {
  balance: `query($a: ID) { accountBalance(accountId: $a) { accountId version balance { amount minorUnits currency } } }`,
  entries: `query($a: ID, $first: Int, $after: String) { ledgerEntries(accountId: $a, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } } }`,
  pay: `mutation($i: MoneyActionInput!) { recordPayment(input: $i) { ${ENTRY} } }`,
  credit: `mutation($i: MoneyActionInput!) { addCredit(input: $i) { ${ENTRY} } }`,
  refund: `mutation($i: MoneyActionInput!) { refundPayment(input: $i) { ${ENTRY} } }`,
  company: `query($kind: LedgerKind, $since: DateTimeISO, $search: String, $first: Int, $after: String) {
    ledgerEntries(kind: $kind, since: $since, search: $search, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { accountId ${ENTRY} } } }`,
  csv: `query($kind: LedgerKind, $since: DateTimeISO, $search: String) { ledgerCsv(kind: $kind, since: $since, search: $search) }`,
};

describeApi('ledger, balance and manual money actions', (api) => {
  let master: MasterClient;
  let alice: EndUserClient;
  let acc: string;

  beforeAll(async () => {
    master = await setupMaster(api);
    alice = await createEndUser(master, api);
    acc = alice.accountIds[0]!;
  });

  const balanceOf = async (accountId: string) => (await master.ok(Q.balance, { a: accountId })).accountBalance;

  it('payments and credits raise the balance, refunds lower it; amounts are exact and signed', async () => {
    const bob = await createEndUser(master, api);
    const a = bob.accountIds[0]!;
    expect(await balanceOf(a)).toEqual({
      accountId: a,
      version: 0,
      balance: { amount: '0.00', minorUnits: '0', currency: 'USD' },
    });
    const paid = (
      await master.ok(Q.pay, { i: { accountId: a, amount: '100.10', reason: 'Bank transfer', reference: 'TX-991' } })
    ).recordPayment;
    expect(paid).toMatchObject({
      kind: 'PAYMENT',
      description: 'Bank transfer',
      reference: 'TX-991',
      amount: { amount: '100.10', minorUnits: '10010', currency: 'USD' },
    });
    await master.ok(Q.credit, { i: { accountId: a, amount: '0.29', reason: 'Goodwill for the outage' } });
    const refund = (
      await master.ok(Q.refund, { i: { accountId: a, amount: '50', currency: 'usd', reason: 'Customer asked' } })
    ).refundPayment;
    expect(refund.amount).toEqual({ amount: '-50.00', minorUnits: '-5000', currency: 'USD' });

    expect(await balanceOf(a)).toEqual({
      accountId: a,
      version: 3,
      balance: { amount: '50.39', minorUnits: '5039', currency: 'USD' },
    });
    // The customer sees the same, newest first.
    const seen = (await bob.ok(Q.entries, {})).ledgerEntries;
    expect(seen.totalCount).toBe(3);
    expect(seen.nodes.map((e: any) => e.amount.amount)).toEqual(['-50.00', '0.29', '100.10']);
    expect((await bob.ok(Q.balance, {})).accountBalance.balance.amount).toBe('50.39');
    const sum = await sumOfEntries(
      systemEm(api.orm, 'test check: the ledger summed directly, with no viewer'),
      Number(a),
    );
    expect(sum).toEqual({ sumMinor: 5039n, count: 3 });
  });

  it('a refund cannot exceed the credit; bad input names the field and writes nothing', async () => {
    const before = await balanceOf(acc);
    const over = await master.fails(Q.refund, { i: { accountId: acc, amount: '0.01', reason: 'Too much' } });
    expect(over.extensions?.code).toBe('CONFLICT');
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: '-5', reason: 'negative' }, 'amount'],
      [{ amount: '1.234', reason: 'three decimals' }, 'amount'],
      [{ amount: '0', reason: 'zero' }, 'amount'],
      [{ amount: 'ten', reason: 'words' }, 'amount'],
      [{ amount: '5', currency: 'EUR', reason: 'wrong currency' }, 'currency'],
      [{ amount: '5', reason: '' }, 'reason'],
      [{ amount: '5', reason: 'short key', idempotencyKey: 'k' }, 'idempotencyKey'],
    ];
    for (const [input, field] of cases) {
      const err = await master.fails(Q.pay, { i: { accountId: acc, ...input } });
      expect(err.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(
        (err.extensions?.fields as { field: string }[]).map((f) => f.field),
        JSON.stringify(input),
      ).toContain(field);
    }
    expect(await balanceOf(acc)).toEqual(before);
  });

  it('only admins of the account’s company act on money; other tenants’ accounts are NOT_FOUND', async () => {
    expect(
      (await alice.fails(Q.pay, { i: { accountId: acc, amount: '5', reason: 'self-service' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    const other = await createEndUser(master, api);
    expect((await alice.fails(Q.balance, { a: other.accountIds[0] })).extensions?.code).toBe('NOT_FOUND');
    expect((await alice.fails(Q.entries, { a: other.accountIds[0] })).extensions?.code).toBe('NOT_FOUND');
    const resellerAdmin = await createReseller(master, api);
    expect(
      (await resellerAdmin.fails(Q.pay, { i: { accountId: acc, amount: '5', reason: 'not mine' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await resellerAdmin.fails(Q.balance, { a: acc })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await master.fails(Q.pay, { i: { accountId: '999999', amount: '5', reason: 'nobody' } })).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('the same idempotency key writes one entry, however often the request is retried', async () => {
    const a = (await createEndUser(master, api)).accountIds[0]!;
    const input = { accountId: a, amount: '20', reason: 'Cheque 1177', idempotencyKey: 'pay-cheque-1177' };
    const results = await Promise.all(Array.from({ length: 5 }, () => master.gql(Q.pay, { i: input })));
    expect(results.map((r) => r.errors ?? null)).toEqual([null, null, null, null, null]);
    expect(new Set(results.map((r) => r.data!.recordPayment.id)).size).toBe(1);
    expect(await balanceOf(a)).toMatchObject({ version: 1, balance: { amount: '20.00' } });
    const reused = await master.fails(Q.pay, { i: { ...input, amount: '21' } });
    expect(reused.extensions?.code).toBe('CONFLICT');
  });

  it('50 payments at once: the balance is the sum of the entries and counts all 50', async () => {
    const a = (await createEndUser(master, api)).accountIds[0]!;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        master.gql(Q.pay, { i: { accountId: a, amount: `${i + 1}.01`, reason: `payment ${i}` } }),
      ),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const expected = Array.from({ length: 50 }, (_, i) => BigInt((i + 1) * 100 + 1)).reduce((x, y) => x + y, 0n);
    const b = await balanceOf(a);
    expect(b.version).toBe(50);
    expect(BigInt(b.balance.minorUnits)).toBe(expected);
    expect(
      await sumOfEntries(systemEm(api.orm, 'test check: the ledger summed directly, with no viewer'), Number(a)),
    ).toEqual({ sumMinor: expected, count: 50 });
  });

  it('an admin without accountId reads the company’s ledger, filtered by kind, time and text; other companies’ entries never', async () => {
    const reseller = await createReseller(master, api);
    const carol = await createEndUser(reseller, api);
    const dave = await createEndUser(reseller, api);
    const [c, d] = [carol.accountIds[0]!, dave.accountIds[0]!];
    const tag = `T${Date.now()}`;
    await reseller.ok(Q.pay, {
      i: { accountId: c, amount: '30', reason: 'Bank transfer', reference: `${tag}-SEPA-1` },
    });
    await reseller.ok(Q.credit, { i: { accountId: d, amount: '5', reason: `Goodwill ${tag}` } });
    await reseller.ok(Q.pay, {
      i: { accountId: d, amount: '12.5', reason: 'Cash at the desk', reference: `${tag}-cash` },
    });
    // The master's own customer, in the same second: in the master's list, never in the reseller's.
    await master.ok(Q.pay, { i: { accountId: acc, amount: '7', reason: 'Cheque', reference: `${tag}-master` } });

    const all = (await reseller.ok(Q.company, { first: 100 })).ledgerEntries;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((e: any) => [e.accountId, e.kind, e.amount.amount])).toEqual([
      [d, 'PAYMENT', '12.50'],
      [d, 'CREDIT', '5.00'],
      [c, 'PAYMENT', '30.00'],
    ]);
    const payments = (await reseller.ok(Q.company, { kind: 'PAYMENT' })).ledgerEntries;
    expect(payments.nodes.map((e: any) => e.reference)).toEqual([`${tag}-cash`, `${tag}-SEPA-1`]);
    // The search reads the reference and the description, as typed in any case.
    const bySearch = async (search: string) =>
      (await reseller.ok(Q.company, { search })).ledgerEntries.nodes.map((e: any) => e.description);
    expect(await bySearch(`${tag.toLowerCase()}-sepa`)).toEqual(['Bank transfer']);
    expect(await bySearch(`goodwill ${tag}`)).toEqual([`Goodwill ${tag}`]);
    expect(await bySearch(`${tag}-master`)).toEqual([]);
    // Pages follow one another without a gap or a repeat.
    const first = (await reseller.ok(Q.company, { first: 2 })).ledgerEntries;
    const rest = (await reseller.ok(Q.company, { first: 2, after: first.pageInfo.endCursor })).ledgerEntries;
    expect([...first.nodes, ...rest.nodes].map((e: any) => e.id)).toEqual(all.nodes.map((e: any) => e.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // Since: an entry moved 40 days back drops out of the last 30 days.
    const em = systemEm(api.orm, 'test set-up: an entry written 40 days ago');
    const oldId = Number(all.nodes[2].id);
    await em.nativeUpdate(LedgerEntry, { id: oldId }, { createdAt: new Date(Date.now() - 40 * 86_400_000) });
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const recent = (await reseller.ok(Q.company, { since })).ledgerEntries;
    expect(recent.nodes.map((e: any) => Number(e.id))).not.toContain(oldId);
    expect(recent.totalCount).toBe(2);

    // The master sees every company's entries; the reseller's customers see only their own account.
    const masterSees = (await master.ok(Q.company, { search: tag, first: 100 })).ledgerEntries.nodes;
    expect(masterSees.map((e: any) => e.accountId).sort()).toEqual([acc, c, d, d].sort());
    expect((await carol.ok(Q.company, { first: 100 })).ledgerEntries.nodes.map((e: any) => e.accountId)).toEqual([c]);
    // Bad input names the field.
    const bad = await reseller.fails(Q.company, { kind: 'GIFT' });
    expect(bad.message).toContain('LedgerKind');
    const long = await reseller.fails(Q.company, { search: 'x'.repeat(101) });
    expect(long.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an admin downloads the company’s ledger as CSV: the same entries as the list, safe for a spreadsheet', async () => {
    const reseller = await createReseller(master, api);
    const erin = await createEndUser(reseller, api);
    const e = erin.accountIds[0]!;
    await reseller.ok(Q.pay, {
      i: { accountId: e, amount: '19.99', reason: 'Transfer, with "quotes"', reference: 'R-1' },
    });
    await reseller.ok(Q.credit, { i: { accountId: e, amount: '1', reason: '=HYPERLINK("http://evil.test","x")' } });
    await reseller.ok(Q.refund, { i: { accountId: e, amount: '0.99', reason: 'Paid back' } });

    const csv: string = (await reseller.ok(Q.csv, {})).ledgerCsv;
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('id,date,account,kind,description,reference,amount,currency');
    const listed = (await reseller.ok(Q.company, { first: 100 })).ledgerEntries.nodes;
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(listed.map((n: any) => n.id));
    expect(lines[1]).toBe(`${listed[0].id},${listed[0].createdAt},${e},REFUND,Paid back,,-0.99,USD`);
    expect(lines[2]).toBe(
      `${listed[1].id},${listed[1].createdAt},${e},CREDIT,"'=HYPERLINK(""http://evil.test"",""x"")",,1.00,USD`,
    );
    expect(lines[3]).toBe(
      `${listed[2].id},${listed[2].createdAt},${e},PAYMENT,"Transfer, with ""quotes""",R-1,19.99,USD`,
    );
    // The filters are the list's.
    expect((await reseller.ok(Q.csv, { kind: 'PAYMENT' })).ledgerCsv.split('\r\n')).toHaveLength(3);
    expect((await reseller.ok(Q.csv, { search: 'paid BACK' })).ledgerCsv).toContain(',REFUND,Paid back,');
    // Customers have no export; another company's admin exports nothing of this one.
    expect((await erin.fails(Q.csv, {})).extensions?.code).toBe('FORBIDDEN');
    const other = await createReseller(master, api);
    expect((await other.ok(Q.csv, {})).ledgerCsv).toBe(
      'id,date,account,kind,description,reference,amount,currency\r\n',
    );
  });

  it('refuses an export of more than 20,000 entries, naming what to narrow; 20,000 exactly is served', async () => {
    const reseller = await createReseller(master, api);
    const frank = await createEndUser(reseller, api);
    const account = Number(frank.accountIds[0]);
    const em = systemEm(api.orm, 'test set-up: a company with 20,001 ledger entries');
    const resellerId = (await em.findOneOrFail(Account, { id: account })).reseller.id;
    const old = new Date(Date.now() - 10 * 86_400_000);
    for (let i = 0; i < 20_001; i += 2_000)
      await em.insertMany(
        LedgerEntry,
        Array.from({ length: Math.min(2_000, 20_001 - i) }, (_, j) => ({
          reseller: resellerId,
          account,
          kind: LedgerKind.CREDIT,
          amountMinor: 100n,
          currency: 'USD',
          description: `bulk ${i + j}`,
          // One entry is older than the rest: without it, exactly 20,000 match.
          createdAt: i + j === 0 ? old : new Date(),
        })),
      );
    const refused = await reseller.fails(Q.csv, {});
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toContain('shorter period');
    const since = new Date(Date.now() - 5 * 86_400_000).toISOString();
    const served: string = (await reseller.ok(Q.csv, { since })).ledgerCsv;
    expect(served.split('\r\n')).toHaveLength(20_002); // the header, 20,000 entries and the final line break
  }, 60_000);
});
