import { Badge, type Tone } from '../../components/Badge';
import type { ResellerStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const tone: Record<ResellerStatus, Tone> = { ACTIVE: 'green', SUSPENDED: 'red' };

/** A reseller's status as a coloured pill (`reseller-status`, raw value in `data-status`). */
export function ResellerStatusBadge({ status }: { status: ResellerStatus }) {
  const t = useT();
  return (
    <Badge tone={tone[status]} testId="reseller-status" value={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
