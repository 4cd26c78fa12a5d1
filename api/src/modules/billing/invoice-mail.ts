import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { dateFrom, placeholders, rows } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { panelUrl } from '../../http/panel-url';
import { MailEvent, mailDate, mailLanguage, writeMails } from '../notifications';
import { Reseller } from '../resellers';
import { moneyText } from './money';

const CHUNK = 1000;

/**
 * The "invoice issued" mail of each invoice just issued, in the issuing transaction: to the
 * account's billing address in its owner's language, in its company's template. Set-based: one
 * read per thousand invoices and batched inserts, so a billing pass over many accounts stays fast.
 * An invoice is issued once (its key is unique), so its mail is written once.
 */
export async function mailInvoicesIssued(
  em: EntityManager,
  config: Config,
  invoiceIds: readonly number[],
): Promise<void> {
  for (let i = 0; i < invoiceIds.length; i += CHUNK) {
    const ids = invoiceIds.slice(i, i + CHUNK);
    const found = await rows<{
      id: number | string;
      number: number | string;
      reseller_id: number | string;
      account_id: number | string;
      account_name: string;
      total_minor: number | string;
      currency: string;
      issued_at: unknown;
      due_at: unknown;
      profile_email: string | null;
      profile_name: string | null;
      email: string;
      login: string;
      language: string | null;
    }>(
      em,
      `select i.id, i.number, i.reseller_id, i.account_id, a.name as account_name, i.total_minor, i.currency, i.issued_at, i.due_at,
              p.email as profile_email, p.name as profile_name, u.email, u.login, u.language
       from invoice i
       join account a on a.id = i.account_id
       join app_user u on u.id = a.owner_id
       left join billing_profile p on p.account_id = i.account_id
       where i.id in (${placeholders(ids.length)})
       order by i.id`,
      [...ids],
    );
    const companyIds = [...new Set(found.map((r) => Number(r.reseller_id)))];
    const companies = new Map(
      (
        await em.find(
          Reseller,
          { id: { $in: companyIds } },
          unscoped('the companies of invoices just issued, whose mail they are; billing runs with no viewer'),
        )
      ).map((c) => [c.id, c]),
    );
    const invoiceBase = new Map([...companies].map(([id, c]) => [id, panelUrl(config, c, '/invoices/')]));
    await writeMails(
      em,
      config,
      found.map((r) => {
        const company = companies.get(Number(r.reseller_id))!;
        return {
          company,
          accountId: Number(r.account_id),
          event: MailEvent.INVOICE_ISSUED,
          recipient: r.profile_email ?? r.email,
          language: mailLanguage(r.language, company),
          dedupKey: `invoice-issued:${r.id}`,
          values: {
            customerName: r.profile_name ?? r.login,
            accountId: Number(r.account_id),
            accountName: r.account_name,
            invoiceNumber: Number(r.number),
            amount: moneyText(BigInt(r.total_minor), r.currency),
            issueDate: mailDate(dateFrom(r.issued_at)!),
            dueDate: mailDate(dateFrom(r.due_at)!),
            invoiceUrl: `${invoiceBase.get(company.id)}${r.id}`,
          },
        };
      }),
    );
  }
}
