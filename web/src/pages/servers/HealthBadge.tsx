import { Badge, type Tone } from '../../components/Badge';
import type { ServerHealth } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const tone: Record<ServerHealth, Tone> = { UNKNOWN: 'gray', UP: 'green', DEGRADED: 'amber', DOWN: 'red' };

/** A machine's health as the last check found it (`data-health` holds the raw value). */
export function HealthBadge({ health, testId = 'physical-server-health' }: { health: ServerHealth; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={tone[health]} value={health} data={{ 'data-health': health }} testId={testId}>
      {t(`serverHealth.${health}`)}
    </Badge>
  );
}
