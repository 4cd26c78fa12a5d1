import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, type Tone } from '../../components/Badge';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard, type Connection } from '../../components/ListCard';
import type { ListParams } from '../../components/useListParams';
import type { ListQueryStatus } from '../../components/useListQuery';
import type { InvoiceListFieldsFragment, InvoiceState } from '../../graphql/generated/graphql';
import { oneOf } from '../../graphql/enums';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount } from '../billing/money';

export const INVOICE_STATES: readonly InvoiceState[] = ['OPEN', 'PAID', 'VOID'];
const TONE: Record<InvoiceState, Tone> = { OPEN: 'amber', PAID: 'green', VOID: 'gray' };

interface InvoiceListProps {
  /** A page of invoices; undefined until the first answer. */
  invoices: Connection<InvoiceListFieldsFragment> | undefined;
  /** Where an invoice's number links to: its detail page. */
  linkTo(id: string): string;
  list: ListParams;
  status: ListQueryStatus;
  /** Test id prefix of the pager (`<pager>-next`…). */
  pager: string;
  /** An account ID column, for lists of more than one account. */
  showAccount?: boolean;
  title?: ReactNode;
  aside?: ReactNode;
  toolbar?: ReactNode;
  empty: string;
}

/** Invoices, newest first (`invoice-row`): number, account, issue and due dates, state, total; paged. */
export function InvoiceList({
  invoices,
  linkTo,
  list,
  status,
  pager,
  showAccount = false,
  title,
  aside,
  toolbar,
  empty,
}: InvoiceListProps) {
  const { t, language } = useI18n();
  const locale = locales[language];
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const now = Date.now();

  return (
    <ListCard<InvoiceListFieldsFragment>
      title={title}
      aside={aside}
      toolbar={toolbar}
      status={status}
      connection={invoices}
      pager={pager}
      list={list}
      testId="invoices-table"
      rowKey={(i) => i.id}
      rowAttributes={(i) => ({
        'data-test-id': 'invoice-row',
        'data-invoice-id': i.id,
        'data-number': String(i.number),
        'data-account-id': i.accountId,
        'data-state': i.state,
        'data-amount': i.total.amount,
        'data-currency': i.total.currency,
      })}
      empty={empty}
      columns={[
        {
          id: 'number',
          header: t('plansAdmin.invoice.col.number'),
          cell: (i) => (
            <Link
              to={linkTo(i.id)}
              data-test-id="invoice-link"
              className="link font-mono"
              aria-label={t('plansAdmin.invoice.linkLabel', { number: i.number })}
            >
              {i.number}
            </Link>
          ),
        },
        showAccount && {
          id: 'account',
          header: t('plansAdmin.invoice.col.account'),
          className: 'font-mono text-muted',
          cell: (i) => `#${i.accountId}`,
        },
        {
          id: 'issued',
          header: t('plansAdmin.invoice.col.issued'),
          className: 'whitespace-nowrap',
          cell: (i) => day.format(new Date(i.issuedAt)),
        },
        {
          id: 'due',
          header: t('plansAdmin.invoice.col.due'),
          className: 'whitespace-nowrap',
          cell: (i) => {
            const overdue = i.state === 'OPEN' && new Date(i.dueAt).getTime() < now;
            return (
              <span
                data-test-id="invoice-due"
                data-overdue={overdue ? 'true' : 'false'}
                className={overdue ? 'font-medium text-red-700' : undefined}
              >
                {day.format(new Date(i.dueAt))}
                {overdue ? <span className="ml-1 text-xs">({t('plansAdmin.invoice.overdue')})</span> : null}
              </span>
            );
          },
        },
        {
          id: 'state',
          header: t('plansAdmin.invoice.col.state'),
          cell: (i) => (
            <Badge tone={TONE[i.state]} value={i.state} testId="invoice-state">
              {t(`plansAdmin.invoiceState.${i.state}`)}
            </Badge>
          ),
        },
        {
          id: 'total',
          header: t('plansAdmin.invoice.col.total'),
          align: 'right',
          className: 'whitespace-nowrap tabular-nums font-medium',
          cell: (i) => (
            <span data-test-id="invoice-total">{`${formatAmount(i.total.amount, locale)} ${i.total.currency}`}</span>
          ),
        },
      ]}
    />
  );
}

/** The state filter above an invoice list (`<testId>`): every state, or one; kept in the URL as `state`. */
export function InvoiceStateFilter({ testId, list }: { testId: string; list: ListParams }) {
  const t = useT();
  return (
    <FilterSelect
      testId={testId}
      label={t('plansAdmin.invoice.stateLabel')}
      allLabel={t('plansAdmin.invoice.stateAll')}
      value={invoiceStateOf(list) ?? ''}
      onChange={(v) => list.setFilter('state', v)}
    >
      {INVOICE_STATES.map((s) => (
        <option key={s} value={s}>
          {t(`plansAdmin.invoiceState.${s}`)}
        </option>
      ))}
    </FilterSelect>
  );
}

/** The state filter's value from the URL, if it is one. */
export function invoiceStateOf(list: ListParams): InvoiceState | null {
  return oneOf(INVOICE_STATES, list.get('state'));
}
