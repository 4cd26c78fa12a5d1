import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/I18nProvider';

/** The warning above a pay or save-card form when a gateway offered is in test mode (`<testId>`). */
export function TestModeNotice({ testId = 'test-mode-notice' }: { testId?: string }) {
  const t = useT();
  return (
    <p
      role="note"
      data-test-id={testId}
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <span className="font-semibold">{t('payments.testMode.title')}</span> {t('payments.testMode.text')}
    </p>
  );
}

/** A small "Test mode" pill beside a gateway's name or a payment made in test mode. */
export function TestModeBadge({ testId = 'test-mode-badge' }: { testId?: string }) {
  const t = useT();
  return (
    <Badge tone="amber" testId={testId} title={t('payments.testMode.badgeHint')}>
      {t('payments.testMode.badge')}
    </Badge>
  );
}
