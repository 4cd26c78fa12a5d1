import { Link } from 'react-router';
import { FilterInput } from '../../components/FilterInput';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { AdminCertificatesQuery as Result } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { accountBillingPath } from '../billing/pageIds';
import { CertificateStateBadge, ExpiryNote } from '../domains/SslCertificateDetails';
import { AdminCertificatesQuery } from './certificates.operations';

type Row = Result['certificates']['nodes'][number];
const NAMES_SHOWN = 3;

/**
 * Admin: every certificate of the company's customers, newest first as the API gives them; filter
 * by account ID; its account leads to the account's page. (The domain page with the SSL card is the
 * customer's: an admin reaches it by logging in as them.)
 */
export function AdminCertificatesPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const account = /^\d+$/.test(list.get('account')) ? list.get('account') : '';
  const { data, status } = useListQuery(AdminCertificatesQuery, {
    variables: { accountId: account || null, after: list.after || null, first: PAGE_SIZE },
  });

  return (
    <Page id="admin-certificates" title={t('certificates.title')} intro={t('certificates.intro')}>
      <ListCard<Row>
        status={status}
        connection={data?.certificates}
        pager="certificates"
        list={list}
        testId="certificates-table"
        rowKey={(c) => c.id}
        rowAttributes={(c) => ({
          'data-test-id': 'certificate-row',
          'data-certificate-id': c.id,
          'data-name': c.names[0] ?? '',
          'data-state': c.state,
          'data-site-id': c.siteId ?? undefined,
        })}
        empty={t('certificates.empty')}
        toolbar={
          <FilterInput
            testId="certificates-account"
            label={t('certificates.accountFilter')}
            inputMode="numeric"
            value={account}
            onApply={(v) => list.setFilter('account', v)}
          />
        }
        columns={[
          {
            id: 'names',
            header: t('certificates.col.names'),
            cell: (c) => (
              <span className="font-mono text-xs" data-test-id="certificate-names">
                {c.names.slice(0, NAMES_SHOWN).join(', ')}
                {c.names.length > NAMES_SHOWN ? (
                  <span className="ml-1 text-muted">
                    {t('certificates.moreNames', { count: c.names.length - NAMES_SHOWN })}
                  </span>
                ) : null}
              </span>
            ),
          },
          {
            id: 'account',
            header: t('certificates.col.account'),
            className: 'whitespace-nowrap',
            cell: (c) =>
              c.accountId ? (
                <Link to={accountBillingPath(c.accountId)} className="link" data-test-id="certificate-account">
                  {c.accountId}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            id: 'kind',
            header: t('certificates.col.kind'),
            className: 'whitespace-nowrap',
            cell: (c) => t(`certificates.kind.${c.kind}`),
          },
          {
            id: 'state',
            header: t('certificates.col.state'),
            cell: (c) => <CertificateStateBadge state={c.state} testId="certificate-state" />,
          },
          {
            id: 'issuer',
            header: t('certificates.col.issuer'),
            cell: (c) => <span data-test-id="certificate-issuer">{c.issuer ?? '—'}</span>,
          },
          {
            id: 'expires',
            header: t('certificates.col.expires'),
            className: 'whitespace-nowrap',
            cell: (c) =>
              c.notAfter ? (
                <span data-test-id="certificate-expires" data-value={c.notAfter}>
                  {formatDate(c.notAfter)}
                  <ExpiryNote notAfter={c.notAfter} />
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Page>
  );
}
