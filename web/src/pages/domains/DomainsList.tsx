import { useMutation } from '@apollo/client';
import { Link } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ListCard } from '../../components/ListCard';
import { LongText } from '../../components/LongText';
import { reportOutcome } from '../../components/PageMessages';
import { ProvisionBadge } from '../../components/StateBadges';
import type { DomainListFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { hasOwnZone } from './domainKinds';
import { DeleteDomainMutation } from './domains.operations';
import { NameServers } from './NameServers';
import { domainPath } from './pageIds';
import { useDomainLabel } from './useDomainLabel';

interface DomainsListProps {
  domains: readonly DomainListFieldsFragment[];
  className?: string;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The account's domains: name, kind, state, site; name servers to set at the registrar; delete. */
export function DomainsList({ domains, className, onDone, onError }: DomainsListProps) {
  const t = useT();
  const label = useDomainLabel();
  const [remove, removing] = useMutation(DeleteDomainMutation, {
    refetchQueries: ['Domains'],
    awaitRefetchQueries: true,
  });

  return (
    <ListCard
      className={className}
      title={t('domains.list')}
      rows={domains}
      testId="domains-table"
      rowKey={(d) => d.id}
      rowAttributes={(d) => ({
        'data-test-id': 'domain-row',
        'data-name': d.name ?? '',
        'data-domain-id': d.id,
        'data-kind': d.kind,
        'data-state': d.state,
        'data-site-state': d.site?.state,
      })}
      empty={t('domains.empty')}
      columns={[
        {
          id: 'name',
          header: t('domains.col.name'),
          // In the wide table the name takes what the other columns leave, and is cut there.
          className: 'md:w-1/2 md:max-w-0',
          cell: (d) => (
            <div className="space-y-1">
              <LongText value={label(d)}>
                <Link to={domainPath(d.id)} data-test-id="domain-link" className="link font-medium">
                  {label(d)}
                </Link>
              </LongText>
              {d.instantAlias ? (
                <a
                  href={`http://${d.instantAlias}/`}
                  target="_blank"
                  rel="noreferrer"
                  className="link block text-xs"
                  data-test-id="domain-instant-alias"
                >
                  {t('domains.instantAlias', { alias: d.instantAlias })}
                </a>
              ) : null}
              {hasOwnZone(d.kind) && d.nameServers.length ? <NameServers names={d.nameServers} compact /> : null}
            </div>
          ),
        },
        {
          id: 'kind',
          header: t('domains.col.kind'),
          className: 'text-muted',
          cell: (d) => <span data-test-id="domain-kind">{t(`domains.kind.${d.kind}`)}</span>,
        },
        {
          id: 'state',
          header: t('domains.col.state'),
          cell: (d) => <ProvisionBadge state={d.state} testId="domain-state" />,
        },
        {
          id: 'site',
          header: t('domains.col.site'),
          cell: (d) =>
            d.site ? (
              <ProvisionBadge state={d.site.state} testId="domain-site-state" />
            ) : (
              <span className="text-muted">—</span>
            ),
        },
        {
          id: 'actions',
          header: t('common.actions'),
          align: 'right',
          cell: (d) =>
            d.state === 'DELETING' ? null : (
              <ConfirmButton
                testId="domain-delete"
                label={t('common.delete')}
                question={t('domains.deleteQuestion', { name: label(d) })}
                busy={removing.loading}
                onConfirm={() =>
                  reportOutcome(
                    { onDone, onError },
                    () => remove({ variables: { id: d.id } }),
                    t('domains.deleting', { name: label(d) }),
                  )
                }
              />
            ),
        },
      ]}
    />
  );
}
