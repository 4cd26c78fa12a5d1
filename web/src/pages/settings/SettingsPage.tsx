import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { AdminTwoFactorPolicyCard } from '../security/AdminTwoFactorPolicyCard';
import { BillingSettingsCard } from './BillingSettingsCard';
import { CompanySettingsCard } from './CompanySettingsCard';
import { DnsSettingsCard } from './DnsSettingsCard';
import { MailSenderCard } from './MailSenderCard';
import { MailTemplatesCard } from './MailTemplatesCard';
import { PaymentGatewaysCard } from './PaymentGatewaysCard';
import { TaxRatesCard } from './TaxRatesCard';

/** Admin: the own company's name, look and details, its DNS, how it bills, and its payment gateways, and its e-mail (sender and templates). */
export function SettingsPage() {
  const t = useT();
  return (
    <Page
      id="settings"
      title={t('settings.title')}
      intro={t('settings.intro')}
      actions={
        <Link to="/admin/brand" data-test-id="settings-brand-link" className="btn btn-secondary">
          <Icon name="palette" className="size-4" />
          {t('brand.settingsLink')}
        </Link>
      }
    >
      <CompanySettingsCard />
      <AdminTwoFactorPolicyCard />
      <DnsSettingsCard />
      <BillingSettingsCard />
      <TaxRatesCard />
      <PaymentGatewaysCard />
      <MailSenderCard />
      <MailTemplatesCard />
    </Page>
  );
}
