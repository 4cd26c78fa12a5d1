import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { containsText } from '../../db/search';
import type { LedgerKind } from './enums';
import type { LedgerEntry } from './ledger-entry.entity';
import { formatAmount } from './money';

/** How a list of ledger entries is narrowed: by kind and by when they were written. */
export interface LedgerFilter {
  kind?: LedgerKind | null;
  since?: Date | null;
}

/** The most entries one CSV export holds. */
export const CSV_MAX_ROWS = 20_000;
/** How many entries an export reads at a time. */
export const CSV_CHUNK = 2_000;

/**
 * The condition of a ledger list within the viewer's scope: one account's (or all the scope shows),
 * of a kind, since a time, matching a text in the description or the reference. A new object on
 * every call: its search fragments may serve one query only (see db/search.ts).
 */
export function ledgerWhere(
  ctx: Ctx,
  accountId: number | null,
  filter: LedgerFilter,
  search: string | null,
): FilterQuery<LedgerEntry> {
  const dialect = ctx.config.database.dialect;
  const and: FilterQuery<LedgerEntry>[] = [];
  if (accountId !== null) and.push({ account: accountId });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.since) and.push({ createdAt: { $gte: filter.since } });
  if (search)
    and.push({ $or: [containsText(dialect, 'description', search), containsText(dialect, 'reference', search)] });
  return and.length ? { $and: and } : {};
}

const HEADER = ['id', 'date', 'account', 'kind', 'description', 'reference', 'amount', 'currency'];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe: descriptions and references come from customers' and gateways' input.
 */
export function csvCell(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Entries as CSV with a header line: ISO 8601 UTC dates, signed amounts in major units with a dot. */
export function ledgerCsv(rows: readonly LedgerEntry[]): string {
  const lines = [HEADER.join(',')];
  for (const e of rows)
    lines.push(
      [
        csvCell(String(e.id), false),
        csvCell(e.createdAt.toISOString(), false),
        csvCell(String(e.account.id), false),
        csvCell(e.kind, false),
        csvCell(e.description),
        csvCell(e.reference ?? ''),
        csvCell(formatAmount(e.amountMinor, e.currency), false),
        csvCell(e.currency, false),
      ].join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
