import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/I18nProvider';

/** What the login and signup pages of a company the master admin suspended show instead of their forms. */
export function CompanySuspendedNotice({ company }: { company: string }) {
  const t = useT();
  return (
    <div
      role="alert"
      data-test-id="company-suspended"
      className="flex items-start gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-4 text-sm text-amber-900"
    >
      <Icon name="alert" className="mt-0.5 size-5 shrink-0" />
      <p className="font-medium">{t('login.suspended', { company })}</p>
    </div>
  );
}
