import type { Account } from '../accounts';
import type { Reseller } from '../resellers';
import type { BillingProfile } from './billing-profile.entity';
import type { InvoiceLine } from './invoice-line.entity';
import type { Invoice } from './invoice.entity';
import { styleHash } from '../../http/csp';
import { formatPercent } from '../../money';
import { moneyText } from './money';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

const STYLE =
  'body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}.n{text-align:right}header{display:flex;justify-content:space-between;margin-bottom:2rem}h1{margin:0 0 .5rem}footer{margin-top:2rem;color:#555}';
/**
 * The invoice's one inline style, as a CSP source: the panel shows the invoice in a srcdoc frame,
 * which inherits the panel's policy, so that policy must allow it too.
 */
export const INVOICE_STYLE_SOURCE = styleHash(STYLE);
/** Also inside the document, for when it is saved and opened on its own. */
const POLICY = `default-src 'none'; style-src ${INVOICE_STYLE_SOURCE}; base-uri 'none'; form-action 'none'`;

/** A printable, self-contained HTML invoice (no scripts, no outside resources); every value is escaped. */
export function invoiceHtml(
  invoice: Invoice,
  lines: InvoiceLine[],
  reseller: Reseller,
  account: Account,
  profile: BillingProfile | null,
): string {
  const money = (minor: bigint) => escapeHtml(moneyText(minor, invoice.currency));
  const to = profile
    ? [
        profile.name,
        profile.company,
        ...profile.address.split('\n'),
        `${profile.postalCode} ${profile.city}`,
        profile.country,
      ]
        .filter(Boolean)
        .map((l) => escapeHtml(l!))
        .join('<br>')
    : escapeHtml(account.name);
  const rows = lines
    .map(
      (l) =>
        `<tr><td>${l.position}</td><td>${escapeHtml(l.description)}${l.periodStart ? `<br><small>${day(l.periodStart)} – ${day(l.periodEnd)}</small>` : ''}</td>` +
        `<td class="n">${l.quantity}</td><td class="n">${money(l.unitPriceMinor)}</td><td class="n">${money(l.amountMinor)}</td></tr>`,
    )
    .join('\n');
  const tax = invoice.taxRateBp
    ? `<tr><td colspan="4" class="n">${escapeHtml(invoice.taxName ?? 'Tax')} ${formatPercent(invoice.taxRateBp)} %</td><td class="n">${money(invoice.taxMinor)}</td></tr>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><title>Invoice ${invoice.number}</title>
<style>${STYLE}</style>
</head><body>
<header><div><h1>Invoice ${invoice.number}</h1>${companyBlock(reseller)}</div>
<div>Issued ${day(invoice.issuedAt)}<br>Due ${day(invoice.dueAt)}<br>State: ${invoice.state}<br>Account ${account.id}</div></header>
<p><strong>Bill to</strong><br>${to}</p>
<table><thead><tr><th>#</th><th>Description</th><th class="n">Qty</th><th class="n">Unit price</th><th class="n">Amount</th></tr></thead>
<tbody>
${rows}
<tr><td colspan="4" class="n">Subtotal</td><td class="n">${money(invoice.subtotalMinor)}</td></tr>
${tax}
<tr><td colspan="4" class="n"><strong>Total</strong></td><td class="n"><strong>${money(invoice.totalMinor)}</strong></td></tr>
</tbody></table>
${contactLine(reseller)}
</body></html>`;
}

/** The issuing company as its customers know it (RES-1): legal name, address and tax number. */
function companyBlock(company: Reseller): string {
  const lines = [
    company.legalName ?? company.name,
    ...(company.address ?? '').split('\n'),
    company.taxId ? `VAT/Tax no. ${company.taxId}` : null,
  ].filter((l): l is string => !!l && l.trim() !== '');
  return `<div class="from">${lines.map((l) => escapeHtml(l.trim())).join('<br>')}</div>`;
}

/** Where the customer asks about the invoice: the company's support contacts, when it gave them. */
function contactLine(company: Reseller): string {
  const contacts = [company.supportEmail, company.supportPhone].filter((c): c is string => !!c);
  if (!contacts.length) return '';
  return `<footer>Questions about this invoice: ${contacts.map(escapeHtml).join(' · ')}</footer>`;
}
