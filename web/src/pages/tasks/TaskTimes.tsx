import type { TaskFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

/** When a task was queued, is due, started and finished. */
export function TaskTimes({ task }: { task: TaskFieldsFragment }) {
  const { t, formatDate } = useI18n();
  const times = [
    { id: 'created', label: t('tasks.created'), at: task.createdAt },
    // A queued task waiting for its retry says when it runs next.
    { id: 'due', label: t('tasks.due'), at: task.state === 'QUEUED' && task.attempts > 0 ? task.runAfter : null },
    { id: 'started', label: t('tasks.started'), at: task.startedAt },
    { id: 'finished', label: t('tasks.finished'), at: task.finishedAt },
  ].filter((x) => x.at);
  return (
    <dl className="grid grid-cols-[auto_auto] gap-x-2 text-xs whitespace-nowrap">
      {times.map((x) => (
        <div key={x.id} className="contents">
          <dt className="text-muted">{x.label}</dt>
          <dd data-test-id={`task-${x.id}`}>{formatDate(x.at!)}</dd>
        </div>
      ))}
    </dl>
  );
}
