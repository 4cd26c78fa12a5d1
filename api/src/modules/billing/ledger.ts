import type { EntityManager } from '@mikro-orm/core';
import { intOf, preparedAll, preparedGet, preparedRun } from '../../db/prepared';
import { dateFrom, isPostgres, rows } from '../../db/raw-sql';
import { conflict } from '../../errors';
import type { Account } from '../accounts';
import type { User } from '../identity';
import { Reseller } from '../resellers';
import { LedgerKind } from './enums';
import { LedgerEntry } from './ledger-entry.entity';
import { unscoped } from '../../db/scope';

/** Which way each kind moves the balance. */
const SIGN: Record<LedgerKind, 1n | -1n> = {
  [LedgerKind.CHARGE]: -1n,
  [LedgerKind.PAYMENT]: 1n,
  [LedgerKind.CREDIT]: 1n,
  [LedgerKind.REFUND]: -1n,
};

export interface PostSpec {
  account: Account;
  kind: LedgerKind;
  /** Positive minor units; the kind gives the sign. */
  amountMinor: bigint;
  description: string;
  reference?: string | null;
  createdBy?: User | null;
  /** Same key again: the first entry is returned and nothing is written. */
  idempotencyKey?: string | null;
}

/**
 * Writes one ledger entry and moves the account's cached balance by its amount, in the caller's
 * transaction (the caller must be in one). The balance moves in one atomic statement (insert, or
 * add to the stored sum and bump the version), so concurrent entries never lose an update.
 */
export async function postEntry(em: EntityManager, spec: PostSpec): Promise<LedgerEntry> {
  if (!em.isInTransaction()) throw new Error('postEntry must run inside a transaction');
  if (spec.amountMinor <= 0n) throw new RangeError('a ledger amount is positive; the kind gives its sign');
  if (spec.idempotencyKey) {
    const seen = await em.findOne(
      LedgerEntry,
      { idempotencyKey: spec.idempotencyKey },
      unscoped(
        'an idempotency key is unique across the ledger: a repeat of this entry, whatever scope the caller runs in',
      ),
    );
    if (seen) {
      mustBeSameEntry(seen.account.id, seen.kind, seen.amountMinor, spec.account.id, spec.kind, spec.amountMinor);
      return seen;
    }
  }
  const reseller = await em.findOneOrFail(
    Reseller,
    { id: spec.account.reseller.id },
    unscoped('the company of the account in hand, for its currency; the engine appends entries with no viewer'),
  );
  const now = new Date();
  const amountMinor = spec.amountMinor * SIGN[spec.kind];
  const entry = em.create(LedgerEntry, {
    reseller,
    account: spec.account,
    kind: spec.kind,
    amountMinor,
    currency: reseller.currency,
    description: spec.description,
    reference: spec.reference ?? null,
    createdBy: spec.createdBy ?? null,
    idempotencyKey: spec.idempotencyKey ?? null,
    createdAt: now,
  });
  await em.flush();
  await moveBalance(em, spec.account.id, reseller.id, reseller.currency, amountMinor, now);
  return entry;
}

export interface BalanceRow {
  balanceMinor: bigint;
  version: number;
  currency: string;
  updatedAt: Date | null;
}

/** The cached balance (zero before any entry). With `forUpdate` on PostgreSQL, its row is locked for the caller's transaction. */
export async function readBalance(
  em: EntityManager,
  accountId: number,
  opts: { forUpdate?: boolean } = {},
): Promise<BalanceRow | null> {
  const lock = opts.forUpdate && em.isInTransaction() && isPostgres(em) ? ' for update' : '';
  const [row] = await rows<{ balance_minor: string | number; version: number; currency: string; updated_at: unknown }>(
    em,
    `select balance_minor, version, currency, updated_at from account_balance where account_id = ?${lock}`,
    [accountId],
  );
  if (!row) return null;
  return {
    balanceMinor: BigInt(row.balance_minor),
    version: Number(row.version),
    currency: row.currency,
    updatedAt: dateFrom(row.updated_at),
  };
}

/** The sum and count of the account's entries, from the entries themselves: what the cache must equal. */
export async function sumOfEntries(em: EntityManager, accountId: number): Promise<{ sumMinor: bigint; count: number }> {
  const [row] = await rows<{ s: string | number | null; n: string | number }>(
    em,
    'select sum(amount_minor) as s, count(*) as n from ledger_entry where account_id = ?',
    [accountId],
  );
  return { sumMinor: BigInt(row?.s ?? 0), count: Number(row?.n ?? 0) };
}

export interface AppendSpec {
  accountId: number;
  /** The account's company and its currency (the ledger's currency, as postEntry takes it). */
  resellerId: number;
  currency: string;
  kind: LedgerKind;
  /** Positive minor units; the kind gives the sign. */
  amountMinor: bigint;
  description: string;
  reference?: string | null;
  createdById?: number | null;
  idempotencyKey: string;
}

/**
 * postEntry's rules by three prepared statements and no entities, for the hot path of a card
 * payment: the same key again answers the first entry's ID (CONFLICT when it was for another
 * money action), else the entry is inserted and the cached balance moved in one atomic statement.
 * Answers the entry's ID. The caller is in a transaction and knows the account's company.
 */
export async function appendEntry(em: EntityManager, spec: AppendSpec): Promise<number> {
  if (!em.isInTransaction()) throw new Error('appendEntry must run inside a transaction');
  if (spec.amountMinor <= 0n) throw new RangeError('a ledger amount is positive; the kind gives its sign');
  const amountMinor = spec.amountMinor * SIGN[spec.kind];
  const seen = await preparedGet<{ id: unknown; account_id: unknown; kind: string; amount_minor: unknown }>(
    em,
    'select id, account_id, kind, amount_minor from ledger_entry where idempotency_key = ?',
    [spec.idempotencyKey],
  );
  if (seen) {
    const seenAmount = BigInt(seen.amount_minor as string | number);
    mustBeSameEntry(intOf(seen.account_id), seen.kind, seenAmount, spec.accountId, spec.kind, spec.amountMinor);
    return intOf(seen.id);
  }
  const now = new Date();
  const [entry] = await preparedAll<{ id: unknown }>(
    em,
    `insert into ledger_entry (reseller_id, account_id, kind, amount_minor, currency, description, reference, created_by_id, idempotency_key, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [
      spec.resellerId,
      spec.accountId,
      spec.kind,
      amountMinor.toString(),
      spec.currency,
      spec.description,
      spec.reference ?? null,
      spec.createdById ?? null,
      spec.idempotencyKey,
      now,
    ],
  );
  await moveBalance(em, spec.accountId, spec.resellerId, spec.currency, amountMinor, now);
  return intOf(entry!.id);
}

/** A repeated idempotency key must be the same money action (account, kind, signed amount); else CONFLICT. */
function mustBeSameEntry(
  seenAccountId: number,
  seenKind: string,
  seenSignedMinor: bigint,
  accountId: number,
  kind: LedgerKind,
  amountMinor: bigint,
): void {
  if (seenAccountId !== accountId || seenKind !== kind || seenSignedMinor !== amountMinor * SIGN[kind])
    throw conflict('This idempotency key was already used for a different money action');
}

/**
 * Moves the account's cached balance by `signedMinor` in one atomic statement: inserted with the
 * first entry, else added to the stored sum with the version bumped, so concurrent entries never
 * lose an update. In the caller's transaction.
 */
async function moveBalance(
  em: EntityManager,
  accountId: number,
  resellerId: number,
  currency: string,
  signedMinor: bigint,
  now: Date,
): Promise<void> {
  await preparedRun(
    em,
    `insert into account_balance (account_id, reseller_id, currency, balance_minor, version, updated_at) values (?, ?, ?, ?, 1, ?)
     on conflict (account_id) do update set balance_minor = account_balance.balance_minor + excluded.balance_minor,
       version = account_balance.version + 1, updated_at = excluded.updated_at`,
    [accountId, resellerId, currency, signedMinor.toString(), now],
  );
}
