import { Badge, type Tone } from '../../components/Badge';
import type { TicketPriority, TicketState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const STATE_TONES: Record<TicketState, Tone> = {
  OPEN: 'blue',
  WAITING_FOR_STAFF: 'amber',
  WAITING_FOR_CUSTOMER: 'green',
  CLOSED: 'gray',
};
const PRIORITY_TONES: Record<TicketPriority, Tone> = { LOW: 'gray', NORMAL: 'blue', HIGH: 'amber', URGENT: 'red' };

export const TICKET_STATES: readonly TicketState[] = ['OPEN', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'CLOSED'];
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export function TicketStateBadge({ state }: { state: TicketState }) {
  const t = useT();
  return (
    <Badge tone={STATE_TONES[state]} value={state} testId="ticket-state">
      {t(`support.state.${state}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useT();
  return (
    <Badge tone={PRIORITY_TONES[priority]} value={priority} testId="ticket-priority">
      {t(`support.priority.${priority}`)}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const t = useT();
  return overdue ? (
    <Badge tone="red" testId="ticket-overdue" value="overdue">
      {t('support.overdue')}
    </Badge>
  ) : null;
}
