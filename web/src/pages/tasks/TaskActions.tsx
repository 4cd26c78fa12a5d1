import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import type { TaskFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { CancelTaskMutation, RetryTaskMutation } from './tasks.operations';

interface TaskActionsProps {
  task: TaskFieldsFragment;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** Retry a failed or cancelled task; cancel one that is waiting (queued, or failed and not retried). */
export function TaskActions({ task, onDone, onError }: TaskActionsProps) {
  const t = useT();
  const [retry, retrying] = useMutation(RetryTaskMutation, { refetchQueries: ['Tasks'] });
  const [cancel, cancelling] = useMutation(CancelTaskMutation, { refetchQueries: ['Tasks'] });
  const busy = retrying.loading || cancelling.loading;
  const canRetry = task.state === 'FAILED' || task.state === 'CANCELLED';
  const canCancel = task.state === 'QUEUED' || task.state === 'FAILED';
  if (!canRetry && !canCancel) return null;

  const act = (action: () => Promise<unknown>, message: string) => reportOutcome({ onDone, onError }, action, message);

  return (
    <div className="flex flex-col items-end gap-2">
      {canRetry ? (
        <button
          type="button"
          data-test-id="task-retry"
          className="btn btn-secondary btn-sm"
          disabled={busy}
          onClick={() => void act(() => retry({ variables: { id: task.id } }), t('tasks.retried', { id: task.id }))}
        >
          {t('tasks.retry')}
        </button>
      ) : null}
      {canCancel ? (
        <button
          type="button"
          data-test-id="task-cancel"
          className="btn btn-secondary btn-sm text-red-700"
          disabled={busy}
          onClick={() => void act(() => cancel({ variables: { id: task.id } }), t('tasks.cancelled', { id: task.id }))}
        >
          {t('tasks.cancel')}
        </button>
      ) : null}
    </div>
  );
}
