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

const ENTRY = 'id kind description reference currency amount { amount minorUnits currency } createdAt';
const Q = {
  balance: `query($a: ID) { accountBalance(accountId: $a) { accountId version balance { amount minorUnits currency } } }`,
  entries: `query($a: ID, $first: Int, $after: String) { ledgerEntries(accountId: $a, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } } }`,
  pay: `mutation($i: MoneyActionInput!) { recordPayment(input: $i) { ${ENTRY} } }`,
  credit: `mutation($i: MoneyActionInput!) { addCredit(input: $i) { ${ENTRY} } }`,
  refund: `mutation($i: MoneyActionInput!) { refundPayment(input: $i) { ${ENTRY} } }`,
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
});
