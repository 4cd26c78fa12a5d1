import { Link } from 'react-router';
import { FilterInput } from '../../components/FilterInput';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { AdminCertificatesQuery as Result } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { accountBillingPath } from '../billing/pageIds';
import { CertificateStateBadge, ExpiryNote } from '../domains/SslCertificateDetails';
import {
  CERTIFICATE_KINDS,
  CERTIFICATE_SOURCES,
  CERTIFICATE_STATES,
  certificatesForAdmin,
  needsAttention,
  pick,
} from './certificateList';
import { AdminCertificatesQuery } from './certificates.operations';
import { COMPANY_CERTIFICATES_PATH } from './pageIds';

type Row = Result['certificates']['nodes'][number];
const NAMES_SHOWN = 3;
/** With a filter on, the most the API gives at once: the filters and the order apply to the page fetched. */
const FILTERED_PAGE = 100;

/**
 * Admin: every certificate of the company's customers; filter by account ID (the API's) and by
 * state, source and kind (over the page fetched: the API has no such arguments). Failed ACME
 * issues and renewals come first with the authority's error, then the soonest to expire; its
 * account leads to the account's page. (The domain page with the SSL card is the customer's: an
 * admin reaches it by logging in as them.) The company's own certificates have their own page.
 */
export function AdminCertificatesPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const account = /^\d+$/.test(list.get('account')) ? list.get('account') : '';
  const filters = {
    state: pick(list.get('state'), CERTIFICATE_STATES),
    source: pick(list.get('source'), CERTIFICATE_SOURCES),
    kind: pick(list.get('kind'), CERTIFICATE_KINDS),
  };
  const filtering = !!(filters.state || filters.source || filters.kind);
  const { data, status } = useListQuery(AdminCertificatesQuery, {
    variables: { accountId: account || null, after: list.after || null, first: filtering ? FILTERED_PAGE : PAGE_SIZE },
  });
  const connection = data?.certificates
    ? { ...data.certificates, nodes: certificatesForAdmin(data.certificates.nodes, filters) }
    : undefined;

  return (
    <Page
      id="admin-certificates"
      title={t('certificates.title')}
      intro={t('certificates.intro')}
      actions={
        <Link to={COMPANY_CERTIFICATES_PATH} className="btn btn-secondary" data-test-id="company-certificates-link">
          {t('companyCerts.title')}
        </Link>
      }
    >
      <ListCard<Row>
        status={status}
        connection={connection}
        pager="certificates"
        list={list}
        testId="certificates-table"
        rowKey={(c) => c.id}
        rowAttributes={(c) => ({
          'data-test-id': 'certificate-row',
          'data-certificate-id': c.id,
          'data-name': c.names[0] ?? '',
          'data-state': c.state,
          'data-source': c.source,
          'data-attention': needsAttention(c) ? 'true' : 'false',
          'data-site-id': c.siteId ?? undefined,
        })}
        empty={t('certificates.empty')}
        toolbar={
          <>
            <FilterInput
              testId="certificates-account"
              label={t('certificates.accountFilter')}
              inputMode="numeric"
              value={account}
              onApply={(v) => list.setFilter('account', v)}
            />
            <FilterSelect
              testId="certificates-state"
              label={t('certificates.col.state')}
              allLabel={t('certificates.all')}
              value={filters.state}
              onChange={(v) => list.setFilter('state', v)}
            >
              {CERTIFICATE_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`ssl.state.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="certificates-source"
              label={t('certificates.col.source')}
              allLabel={t('certificates.all')}
              value={filters.source}
              onChange={(v) => list.setFilter('source', v)}
            >
              {CERTIFICATE_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`ssl.source.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="certificates-kind"
              label={t('certificates.col.kind')}
              allLabel={t('certificates.all')}
              value={filters.kind}
              onChange={(v) => list.setFilter('kind', v)}
            >
              {CERTIFICATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`certificates.kind.${k}`)}
                </option>
              ))}
            </FilterSelect>
          </>
        }
        columns={[
          {
            id: 'names',
            header: t('certificates.col.names'),
            cell: (c) => (
              <span className="font-mono text-xs" data-test-id="certificate-names">
                {/* One name a line, never broken at its hyphens. */}
                {c.names.slice(0, NAMES_SHOWN).map((n) => (
                  <span key={n} className="block whitespace-nowrap">
                    {n}
                  </span>
                ))}
                {c.names.length > NAMES_SHOWN ? (
                  <span className="block text-muted">
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
            cell: (c) => (
              <div className="space-y-1">
                <CertificateStateBadge state={c.state} testId="certificate-state" />
                {c.lastError ? (
                  <p
                    className="line-clamp-3 w-52 font-mono text-xs break-all text-red-800"
                    title={c.lastError}
                    data-test-id="certificate-last-error"
                  >
                    {c.lastError}
                  </p>
                ) : null}
              </div>
            ),
          },
          {
            id: 'source',
            header: t('certificates.col.source'),
            className: 'whitespace-nowrap',
            cell: (c) => t(`ssl.source.${c.source}`),
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
