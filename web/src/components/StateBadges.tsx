import type { PhysicalServerStatus, ProvisionState, TaskState } from '../graphql/generated/graphql';
import { useT } from '../i18n/I18nProvider';
import { Badge, type Tone } from './Badge';

const physicalTone: Record<PhysicalServerStatus, Tone> = { ONLINE: 'green', MAINTENANCE: 'amber', OFFLINE: 'red' };
const taskTone: Record<TaskState, Tone> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  DONE: 'green',
  FAILED: 'red',
  CANCELLED: 'amber',
};
const provisionTone: Record<ProvisionState, Tone> = {
  QUEUED: 'blue',
  ACTIVE: 'green',
  SUSPENDED: 'amber',
  DELETING: 'gray',
  FAILED: 'red',
};

/** A physical server's status. */
export function PhysicalStatusBadge({ status, testId }: { status: PhysicalServerStatus; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={physicalTone[status]} value={status} testId={testId}>
      {t(`physicalStatus.${status}`)}
    </Badge>
  );
}

/** Where a task stands in the engine. */
export function TaskStateBadge({ state, testId }: { state: TaskState; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={taskTone[state]} value={state} testId={testId}>
      {t(`taskState.${state}`)}
    </Badge>
  );
}

/** Where a provisioned resource (database, DB user) stands with its server. */
export function ProvisionBadge({ state, testId }: { state: ProvisionState; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={provisionTone[state]} value={state} testId={testId}>
      {t(`provisionState.${state}`)}
    </Badge>
  );
}
