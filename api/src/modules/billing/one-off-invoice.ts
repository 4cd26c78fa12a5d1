import type { EntityManager } from '@mikro-orm/core';
import { dateFrom, rows, sqlDate } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';
import type { Account } from '../accounts';
import type { User } from '../identity';
import { Reseller } from '../resellers';
import { settleAccount } from './dunning';
import { LedgerKind } from './enums';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice, InvoiceState } from './invoice.entity';
import { invoicesIssued } from './issue-invoices';
import { postEntry } from './ledger';
import { percentOf } from './money';

/** One line of a one-off invoice: a positive amount in the company's currency. */
export interface OneOffLine {
  description: string;
  quantity: number;
  unitPriceMinor: bigint;
}

export interface OneOffSpec {
  account: Account;
  lines: readonly OneOffLine[];
  /** The same key never issues twice ("custom-job:<id>"); a repeat returns the first invoice. */
  idempotencyKey: string;
  createdBy?: User | null;
  now?: Date;
}

/**
 * Issues an invoice for something other than a plan period (a custom job, a one-off service), in
 * the caller's transaction, as the billing run and plan changes do: the company's next number (its
 * sequence row moved here, so a rollback leaves no gap), its tax rate in force now on the subtotal
 * (half up), one CHARGE entry of the total, available credit applied, and 'invoice.issued' announced
 * (the invoice mail). Returns null when the lines add up to nothing (no invoice).
 */
export async function issueOneOffInvoice(
  em: EntityManager,
  core: Pick<Core, 'events' | 'config'>,
  spec: OneOffSpec,
): Promise<Invoice | null> {
  if (!em.isInTransaction()) throw new Error('issueOneOffInvoice must run inside a transaction');
  const seen = await em.findOne(
    Invoice,
    { idempotencyKey: spec.idempotencyKey },
    unscoped('an invoice’s idempotency key is unique across companies: a repeat of this issue'),
  );
  if (seen) return seen;
  const amounts = spec.lines.map((l) => l.unitPriceMinor * BigInt(l.quantity));
  if (amounts.some((a) => a < 0n)) throw new RangeError('a one-off invoice line is never negative');
  const subtotalMinor = amounts.reduce((s, a) => s + a, 0n);
  if (subtotalMinor === 0n) return null;
  const now = spec.now ?? new Date();
  const reseller = await em.findOneOrFail(
    Reseller,
    { id: spec.account.reseller.id },
    unscoped('the company of the account in hand, for its currency and payment term'),
  );
  await rows(
    em,
    'insert into invoice_sequence (reseller_id, last_number) values (?, 0) on conflict (reseller_id) do nothing',
    [reseller.id],
  );
  const [seq] = await rows<{ last_number: number | string }>(
    em,
    'update invoice_sequence set last_number = last_number + 1 where reseller_id = ? returning last_number',
    [reseller.id],
  );
  const [tax] = await rows<{ name: string; rate_bp: number | string }>(
    em,
    'select name, rate_bp from tax_rate where reseller_id = ? and valid_from <= ? order by valid_from desc limit 1',
    [reseller.id, sqlDate(em, now)],
  );
  const taxRateBp = tax && Number(tax.rate_bp) > 0 ? Number(tax.rate_bp) : null;
  const taxMinor = taxRateBp ? percentOf(subtotalMinor, taxRateBp) : 0n;
  const invoice = em.create(Invoice, {
    reseller,
    account: spec.account,
    number: Number(seq!.last_number),
    currency: reseller.currency,
    subtotalMinor,
    taxMinor,
    totalMinor: subtotalMinor + taxMinor,
    taxName: taxRateBp ? tax!.name : null,
    taxRateBp,
    issuedAt: now,
    dueAt: new Date(now.getTime() + reseller.paymentTermDays * 86_400_000),
    idempotencyKey: spec.idempotencyKey,
  });
  spec.lines.forEach((l, i) => em.create(InvoiceLine, { invoice, position: i + 1, ...l, amountMinor: amounts[i]! }));
  await em.flush();
  await postEntry(em, {
    account: spec.account,
    kind: LedgerKind.CHARGE,
    amountMinor: invoice.totalMinor,
    description: `Invoice ${invoice.number}`,
    reference: String(invoice.number),
    createdBy: spec.createdBy ?? null,
    idempotencyKey: `invoice:${invoice.id}`,
  });
  await settleAccount(em, core, spec.account.id, now);
  // Available credit may have paid it, by a statement: the entity in hand says so too.
  const [row] = await rows<{ state: string; paid_at: unknown }>(em, 'select state, paid_at from invoice where id = ?', [
    invoice.id,
  ]);
  if (row?.state === InvoiceState.PAID)
    Object.assign(invoice, { state: InvoiceState.PAID, paidAt: dateFrom(row.paid_at) });
  await invoicesIssued(em, core, [invoice.id]);
  return invoice;
}

/**
 * Voids an open invoice in the caller's transaction, as an admin's voidInvoice does: the state
 * moves OPEN → VOID in one statement (two voids cannot both credit) and a CREDIT entry of its total
 * reverses its charge. False when it was no longer open (paid, or voided already): nothing changes.
 */
export async function voidOpenInvoice(
  em: EntityManager,
  core: Pick<Core, 'events' | 'config'>,
  invoice: Invoice,
  why: string,
  createdBy: User | null,
): Promise<boolean> {
  if (!em.isInTransaction()) throw new Error('voidOpenInvoice must run inside a transaction');
  const moved = await em.nativeUpdate(
    Invoice,
    { id: invoice.id, state: InvoiceState.OPEN },
    { state: InvoiceState.VOID },
  );
  if (moved !== 1) return false;
  invoice.state = InvoiceState.VOID; // as the statement left it
  await postEntry(em, {
    account: invoice.account,
    kind: LedgerKind.CREDIT,
    amountMinor: invoice.totalMinor,
    description: `Invoice ${invoice.number} voided: ${why}`,
    reference: String(invoice.number),
    createdBy,
    idempotencyKey: `void:${invoice.id}`,
  });
  await settleAccount(em, core, invoice.account.id);
  return true;
}
