import { Card, Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { NavGrid } from '../../skins/NavGrid';
import { useSkin } from '../../skins/SkinContext';
import { KbStatsCard } from '../knowledge/KbAdminCards';
import { OwnQuotasCard } from '../resellers/OwnQuotasCard';
import { AdminOverviewCard } from './AdminOverviewCard';
import { CompanyHistoryCard } from './CompanyHistoryCard';
import { CustomerHome } from './CustomerHome';
import { FirstRunChecklist } from './FirstRunChecklist';
import { OperatorAlertsCard } from './OperatorAlertsCard';

/**
 * Home: a quick-access page in the left-menu skin; an icon grid in the others. In the no-menu skin
 * that grid is the only navigation, so its links carry the `nav-*` test ids. Admins see their
 * company's open setup problems first; a reseller's admins its quotas; admins the knowledge base's
 * figures once it has articles. Admins see counts of what needs them (each opening its filtered list)
 * and their company's year; a customer their active account's money, domains not serving yet,
 * certificates to act on, latest changes, plan use and use over time.
 */
export function HomePage() {
  const t = useT();
  const viewer = useViewer();
  const { skin } = useSkin();
  const account = viewer.activeAccount;

  return (
    <Page id="home" title={t('home.title')} intro={t('home.welcome', { login: viewer.user.login })}>
      {viewer.role === 'MASTER_ADMIN' ? <FirstRunChecklist /> : null}
      {viewer.role === 'MASTER_ADMIN' || viewer.role === 'RESELLER_ADMIN' ? <OperatorAlertsCard /> : null}
      {viewer.role === 'MASTER_ADMIN' || viewer.role === 'RESELLER_ADMIN' ? <AdminOverviewCard /> : null}
      {viewer.role === 'RESELLER_ADMIN' ? <OwnQuotasCard /> : null}
      {/* The knowledge base's figures: questions answered without a ticket (SUP-2). */}
      {viewer.role !== 'END_USER' ? <KbStatsCard hideWhenEmpty /> : null}
      {account ? (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span className="font-medium">{t('home.activeAccount', { id: account.id, name: account.name })}</span>
            <StatusBadge status={account.status} />
          </div>
        </Card>
      ) : null}
      {/* An admin's `certificates` are the company's customers': the customer's home has the warnings. */}
      {viewer.role === 'END_USER' && account ? <CustomerHome accountId={account.id} /> : null}
      {viewer.role === 'MASTER_ADMIN' || viewer.role === 'RESELLER_ADMIN' ? <CompanyHistoryCard /> : null}
      {skin === 'LEFT_MENU' ? (
        <section aria-label={t('home.quickAccess')} className="space-y-3">
          <NavGrid testIdPrefix="quick" variant="cards" />
        </section>
      ) : (
        <NavGrid testIdPrefix={skin === 'NO_MENU' ? 'nav' : 'home'} variant="icons" />
      )}
    </Page>
  );
}
