import { Badge, type Tone } from '../../components/Badge';
import type { CustomJobState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

/** Every state, in the order a job moves through them. */
export const JOB_STATES: readonly CustomJobState[] = [
  'ORDERED',
  'IN_PROGRESS',
  'WAITING_FOR_CUSTOMER',
  'DONE',
  'CANCELLED',
];
/** The moves staff may make (the API's NEXT_STATES); DONE and CANCELLED are final. */
export const NEXT_STATES: Record<CustomJobState, readonly CustomJobState[]> = {
  ORDERED: ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['WAITING_FOR_CUSTOMER', 'DONE', 'CANCELLED'],
  WAITING_FOR_CUSTOMER: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};
const TONE: Record<CustomJobState, Tone> = {
  ORDERED: 'blue',
  IN_PROGRESS: 'amber',
  WAITING_FOR_CUSTOMER: 'red',
  DONE: 'green',
  CANCELLED: 'gray',
};

/** A job's state as a coloured pill (`job-state`, the raw state in `data-status`). */
export function JobStateBadge({ state }: { state: CustomJobState }) {
  const t = useT();
  return (
    <Badge tone={TONE[state]} value={state} testId="job-state">
      {t(`jobs.state.${state}`)}
    </Badge>
  );
}
