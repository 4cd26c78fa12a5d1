import type { AccountStatus } from '../graphql/generated/graphql';
import { useT } from '../i18n/I18nProvider';
import { Badge, type Tone } from './Badge';

const tone: Record<AccountStatus, Tone> = {
  ACTIVE: 'green',
  SUSPENDED: 'red',
  MODERATION: 'amber',
};

/** An account status as a coloured pill; `data-status` keeps the raw value for scripts. */
export function StatusBadge({ status, testId }: { status: AccountStatus; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={tone[status]} testId={testId} value={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
