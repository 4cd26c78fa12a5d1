import type { AccountStatus } from '../graphql/generated/graphql';
import { useT } from '../i18n/I18nProvider';

const tone: Record<AccountStatus, string> = {
  ACTIVE: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20',
  SUSPENDED: 'bg-red-50 text-red-700 ring-red-600/20',
  MODERATION: 'bg-amber-50 text-amber-800 ring-amber-600/25',
};

/** An account status as a coloured pill; `data-status` keeps the raw value for scripts. */
export function StatusBadge({ status, testId }: { status: AccountStatus; testId?: string }) {
  const t = useT();
  return (
    <span
      data-test-id={testId}
      data-status={status}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  );
}
