import { useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../components/Page';
import { ProvisionBadge } from '../../components/StateBadges';
import { useT } from '../../i18n/I18nProvider';
import { useDomainLabel } from '../domains/useDomainLabel';
import { userDatabasesPath, userDomainPath } from './paths';
import { UserAccountHostingQuery } from './users.operations';

interface UserHostingCardProps {
  userId: string;
  account: { id: string; name: string };
}

/**
 * One account of a user on the admin's user page (`user-hosting`): its domains (each opens the
 * domain's page), their sites (each opens the live site) and its MySQL databases (which open the
 * account's databases page, where the admin manages them and their users).
 */
export function UserHostingCard({ userId, account }: UserHostingCardProps) {
  const t = useT();
  const label = useDomainLabel();
  const { data, error, refetch } = useQuery(UserAccountHostingQuery, {
    variables: { accountId: account.id },
    fetchPolicy: 'cache-and-network',
  });
  const sites = (data?.domains ?? []).flatMap((d) =>
    d.site && d.site.serverNames.length ? [{ domain: d, site: d.site, host: d.site.serverNames[0]! }] : [],
  );
  const heading = 'text-xs font-semibold tracking-wide text-muted uppercase';
  const databases = userDatabasesPath(userId, account.id);
  return (
    <section
      className="card overflow-hidden"
      data-test-id="user-hosting"
      data-account-id={account.id}
      aria-labelledby={`user-hosting-${account.id}`}
    >
      <div className="border-b border-line px-5 py-3.5 sm:px-6">
        <h2 id={`user-hosting-${account.id}`} className="card-title">
          {t('userDetail.hosting', { id: account.id, name: account.name })}
        </h2>
      </div>
      <div className="card-body">
        {!data ? (
          error ? (
            <LoadError error={error} onRetry={() => void refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <div className="grid gap-6 sm:grid-cols-3">
            <div>
              <h3 className={heading}>{t('userDetail.domains')}</h3>
              {data.domains.length === 0 ? (
                <p className="mt-2 text-sm text-muted">{t('userDetail.noDomains')}</p>
              ) : (
                <ul className="mt-2 space-y-2 text-sm">
                  {data.domains.map((d) => (
                    <li key={d.id} data-test-id="user-domain" data-domain-id={d.id} data-name={d.name ?? ''}>
                      <Link to={userDomainPath(userId, d.id)} className="link font-medium break-all">
                        {label(d)}
                      </Link>{' '}
                      <ProvisionBadge state={d.state} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className={heading}>{t('userDetail.sites')}</h3>
              {sites.length === 0 ? (
                <p className="mt-2 text-sm text-muted">{t('userDetail.noSites')}</p>
              ) : (
                <ul className="mt-2 space-y-2 text-sm">
                  {sites.map(({ site, host }) => (
                    <li key={site.id} data-test-id="user-site" data-site-id={site.id} data-host={host}>
                      <a
                        href={`http://${host}/`}
                        target="_blank"
                        rel="noreferrer"
                        className="link font-medium break-all"
                        aria-label={t('userDetail.openSite', { host })}
                      >
                        {host}
                      </a>{' '}
                      <ProvisionBadge state={site.state} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className={heading}>{t('userDetail.databases')}</h3>
              {data.mysqlDatabases.length === 0 ? (
                <p className="mt-2 text-sm text-muted">{t('userDetail.noDatabases')}</p>
              ) : (
                <ul className="mt-2 space-y-2 text-sm">
                  {data.mysqlDatabases.map((db) => (
                    <li key={db.id} data-test-id="user-database" data-name={db.name}>
                      <Link to={databases} className="link font-mono break-all">
                        {db.name}
                      </Link>{' '}
                      <ProvisionBadge state={db.state} />
                    </li>
                  ))}
                </ul>
              )}
              <Link to={databases} className="link mt-2 inline-block text-sm" data-test-id="user-databases-link">
                {t('userDetail.manageDatabases')}
              </Link>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
