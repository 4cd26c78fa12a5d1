import { Card } from '../../components/Page';
import { ProvisionBadge } from '../../components/StateBadges';
import type { DomainQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

type Site = DomainQuery['domain']['site'];

/** The domain's web site: the names it answers to, its document root and state (`domain-site`). */
export function SiteCard({ site, instantAlias }: { site: Site; instantAlias: string | null }) {
  const t = useT();
  if (!site) {
    return (
      <Card title={t('site.title')} testId="domain-site">
        <p className="text-sm text-muted">{t('site.none')}</p>
      </Card>
    );
  }
  return (
    <Card
      title={t('site.title')}
      aside={<ProvisionBadge state={site.state} testId="domain-site-state" />}
      testId="domain-site"
    >
      <dl className="grid gap-3 text-sm sm:grid-cols-[auto_1fr]" data-state={site.state}>
        <dt className="text-muted">{t('site.serverNames')}</dt>
        <dd>
          {site.serverNames.length ? (
            <ul className="font-mono" data-test-id="site-server-names">
              {site.serverNames.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : (
            <span className="text-muted">{t('site.noServerNames')}</span>
          )}
        </dd>
        <dt className="text-muted">{t('site.documentRoot')}</dt>
        <dd className="font-mono break-all" data-test-id="site-document-root">
          {site.documentRoot ?? site.directory}
        </dd>
        {instantAlias ? (
          <>
            <dt className="text-muted">{t('site.instantAlias')}</dt>
            <dd className="font-mono">
              <a
                href={`http://${instantAlias}/`}
                target="_blank"
                rel="noreferrer"
                className="link"
                data-test-id="site-instant-alias"
              >
                {instantAlias}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
