import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, validate } from '../../errors';
import { findPage, parsePage, type Connection, type PageArgs } from '../../graphql/pagination';
import { accountForViewer } from '../accounts';
import { Role, User } from '../identity';
import { Reseller } from '../resellers';
import { idSchema } from '../servers';
import type { AccountBalanceView } from './billing.inputs';
import { audit } from '../audit';
import { settleAccount } from './dunning';
import { LedgerKind } from './enums';
import { postEntry, readBalance } from './ledger';
import { LedgerEntry } from './ledger-entry.entity';
import { CSV_CHUNK, CSV_MAX_ROWS, ledgerCsv, ledgerWhere, type LedgerFilter } from './ledger-list';
import { moneyText, parseAmount } from './money';
import type { Core } from '../../module';
import { Money } from '../../graphql/money.type';
import { unscoped } from '../../db/scope';

const actionSchema = z.object({
  accountId: idSchema,
  amount: z.string().max(40, 'must be at most 40 characters'),
  currency: z.string().trim().toUpperCase().nullish(),
  reason: z.string().trim().min(3, 'must say why, in at least 3 characters').max(500, 'must be at most 500 characters'),
  reference: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => v || null),
  idempotencyKey: z
    .string()
    .trim()
    .min(8, 'must be at least 8 characters')
    .max(150, 'must be at most 150 characters')
    .nullish()
    .transform((v) => v || null),
});

/** Balances, ledgers and the admins' manual money actions (BIL-3, BIL-4). */
export class BillingService {
  constructor(private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>) {}

  async balance(ctx: Ctx, accountId: number | null): Promise<AccountBalanceView> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    const reseller = await ctx.em.findOneOrFail(
      Reseller,
      { id: account.reseller.id },
      unscoped('the company of an account the viewer may see, for its currency'),
    );
    const row = await readBalance(ctx.em, account.id);
    return {
      accountId: String(account.id),
      balance: Money.of(row?.balanceMinor ?? 0n, row?.currency ?? reseller.currency),
      version: row?.version ?? 0,
    };
  }

  /**
   * A page of ledger entries: one account's, or for an admin without `accountId` every account's
   * the viewer's scope shows (the company's; the master's, every company's, each in its currency).
   */
  async entries(
    ctx: Ctx,
    accountId: number | null,
    filter: LedgerFilter,
    args: PageArgs,
  ): Promise<Connection<LedgerEntry>> {
    const page = parsePage(args);
    const admin = ctx.viewer!.role !== Role.END_USER;
    const account = accountId !== null || !admin ? await accountForViewer(ctx, ctx.em, accountId) : null;
    return findPage(ctx.em, LedgerEntry, () => ledgerWhere(ctx, account?.id ?? null, filter, page.search), page);
  }

  /**
   * The admin's ledger (what `entries` lists without an account) as CSV, newest first: at most
   * CSV_MAX_ROWS entries, so one export stays a bounded read; more is a CONFLICT asking for a shorter period.
   */
  async csv(ctx: Ctx, filter: LedgerFilter, search: string | null): Promise<string> {
    const term = parsePage({ first: 1, search }).search;
    // Read in chunks, newest first: between two reads other requests are served (better-sqlite3
    // answers synchronously, so one read of 20,000 rows would hold the process for its whole length).
    // A fork of the request's manager (same scope), emptied after each chunk: the entries are only read.
    const em = ctx.em.fork({ clear: true });
    const rows: LedgerEntry[] = [];
    for (let before: number | null = null; rows.length <= CSV_MAX_ROWS;) {
      const where = ledgerWhere(ctx, null, filter, term);
      const chunk: LedgerEntry[] = await em.find(
        LedgerEntry,
        before === null ? where : { $and: [where, { id: { $lt: before } }] },
        { orderBy: { id: 'desc' }, limit: CSV_CHUNK },
      );
      rows.push(...chunk);
      em.clear();
      if (chunk.length < CSV_CHUNK) break;
      before = chunk[chunk.length - 1]!.id;
    }
    if (rows.length > CSV_MAX_ROWS)
      throw conflict(`More than ${CSV_MAX_ROWS} entries match: choose a shorter period or a kind`);
    return ledgerCsv(rows);
  }

  /** A payment, credit or refund recorded by an admin of the account's company, with a reason. */
  async act(
    ctx: Ctx,
    kind: LedgerKind.PAYMENT | LedgerKind.CREDIT | LedgerKind.REFUND,
    input: unknown,
  ): Promise<LedgerEntry> {
    const v = validate(actionSchema, input);
    // A caller's key lives in its own namespace, per account: it can never match a key the system
    // writes (invoice:…, void:…) nor tell anything about another account's keys.
    const key = v.idempotencyKey && `manual:${v.accountId}:${v.idempotencyKey}`;
    let wake = false;
    const entry = await this.once(key, () =>
      ctx.em.transactional(async (em) => {
        const account = await accountForViewer(ctx, em, v.accountId, { forUpdate: true });
        const reseller = await em.findOneOrFail(
          Reseller,
          { id: account.reseller.id },
          unscoped('the company of an account the viewer may act on, for its currency'),
        );
        const fields = [];
        if (v.currency && v.currency !== reseller.currency)
          fields.push({
            field: 'currency',
            message: `must be ${reseller.currency}, the currency this company bills in`,
          });
        const amount = parseAmount(v.amount, reseller.currency);
        if (!amount.ok) fields.push({ field: 'amount', message: amount.message });
        if (fields.length || !amount.ok) throw badInput(fields);
        if (kind === LedgerKind.REFUND) {
          // The account row is locked (PostgreSQL), so two refunds cannot both pass this check.
          const balance = (await readBalance(em, account.id))?.balanceMinor ?? 0n;
          if (amount.minor > balance)
            throw conflict(`A refund cannot exceed the account’s credit (${moneyText(balance, reseller.currency)})`);
        }
        const repeated =
          key !== null &&
          (await em.findOne(
            LedgerEntry,
            { idempotencyKey: key },
            unscoped(
              'an idempotency key is unique across the table; the key is namespaced per account, so a hit is never another tenant’s',
            ),
          )) !== null;
        const posted = await postEntry(em, {
          account,
          kind,
          amountMinor: amount.minor,
          description: v.reason,
          reference: v.reference,
          createdBy: em.getReference(User, ctx.viewer!.userId),
          idempotencyKey: key,
        });
        if (repeated) return posted; // a retry: the first request wrote the entry, its audit event and its settlement
        audit(em, {
          resellerId: reseller.id,
          accountId: account.id,
          actorId: ctx.viewer!.userId,
          action: `money.${kind.toLowerCase()}`,
          detail: `${kind} of ${moneyText(amount.minor, reseller.currency)}: ${v.reason}${v.reference ? ` (ref. ${v.reference})` : ''}`,
        });
        // Money in pays open invoices and may end a dunning suspension; a refund may make invoices overdue again.
        const { suspended, resumed } = await settleAccount(em, this.core, account.id);
        wake ||= suspended + resumed > 0;
        return posted;
      }),
    );
    if (wake) this.core.tasks.notify();
    ctx.log.info({ accountId: v.accountId, kind, entryId: entry.id, by: ctx.viewer?.userId }, 'money action recorded');
    return entry;
  }

  /**
   * Runs `write`; when a concurrent request with the same idempotency key committed first (the
   * unique key refused this one), answers with that request's entry, as a retry would get.
   */
  private async once(key: string | null, write: () => Promise<LedgerEntry>): Promise<LedgerEntry> {
    try {
      return await write();
    } catch (err) {
      if (!key || !(err instanceof UniqueConstraintViolationException)) throw err;
      return write(); // the retry finds the committed entry (postEntry returns it, or refuses a different action)
    }
  }
}
