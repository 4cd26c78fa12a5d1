import { useQuery } from '@apollo/client';
import { FilterInput } from '../../components/FilterInput';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { SearchBox } from '../../components/SearchBox';
import { TaskStateBadge } from '../../components/StateBadges';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { usePollWhile } from '../../components/usePollWhile';
import { TASK_STATES, oneOf } from '../../graphql/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { ServerChoicesQuery } from '../servers/servers.operations';
import { TaskActions } from './TaskActions';
import { TaskTimes } from './TaskTimes';
import { TasksQuery } from './tasks.operations';

/** Master admin: Events and processes (SRV-5), every change to a real server as a durable task; follows live while work is under way. */
export function TasksPage() {
  const { t } = useI18n();
  const list = useListParams();
  const messages = usePageMessages();
  const state = oneOf(TASK_STATES, list.get('state'));
  const serverId = list.get('server') || null;
  const accountId = list.get('account').replace(/^#/, '') || null;
  const tasks = useListQuery(TasksQuery, {
    variables: { first: PAGE_SIZE, after: list.after || null, search: list.search || null, state, serverId, accountId },
  });
  const connection = tasks.data?.tasks;
  usePollWhile(tasks, !!connection?.nodes.some((task) => task.state === 'QUEUED' || task.state === 'RUNNING'));
  const servers =
    useQuery(ServerChoicesQuery, { variables: { kind: null }, fetchPolicy: 'cache-and-network' }).data
      ?.logicalServers ?? [];

  return (
    <Page id="tasks" title={t('tasks.title')} intro={t('tasks.intro')}>
      {messages.view}
      <ListCard
        toolbar={
          <>
            <SearchBox
              prefix="tasks"
              label={t('tasks.searchLabel')}
              placeholder={t('tasks.searchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
            />
            <FilterSelect
              testId="tasks-state"
              label={t('tasks.state')}
              allLabel={t('tasks.stateAll')}
              value={state ?? ''}
              onChange={(v) => list.setFilter('state', v)}
            >
              {TASK_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`taskState.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="tasks-server"
              label={t('tasks.server')}
              allLabel={t('tasks.serverAll')}
              value={serverId ?? ''}
              onChange={(v) => list.setFilter('server', v)}
            >
              {servers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </FilterSelect>
            <FilterInput
              testId="tasks-account"
              label={t('tasks.account')}
              placeholder={t('tasks.accountPlaceholder')}
              inputMode="numeric"
              value={list.get('account')}
              onApply={(v) => list.setFilter('account', v)}
            />
          </>
        }
        status={tasks.status}
        connection={connection}
        pager="tasks"
        list={list}
        testId="tasks-table"
        rowKey={(task) => task.id}
        rowAttributes={(task) => ({
          'data-test-id': 'task-row',
          'data-task-id': task.id,
          'data-kind': task.kind,
          'data-subject': task.subject,
          'data-state': task.state,
        })}
        empty={t('tasks.empty')}
        columns={[
          {
            id: 'task',
            header: t('tasks.col.task'),
            cell: (task) => (
              <>
                <div className="font-medium" data-test-id="task-subject">
                  {task.subject || task.kind}
                </div>
                <div className="font-mono text-xs text-muted" data-test-id="task-kind">
                  #{task.id} · {task.kind}
                </div>
              </>
            ),
          },
          {
            id: 'target',
            header: t('tasks.col.target'),
            className: 'text-xs',
            cell: (task) => (
              <>
                <div>{task.server?.name ?? '—'}</div>
                {task.account ? (
                  <div className="text-muted">
                    {t('tasks.accountRef', { id: task.account.id, name: task.account.name })}
                  </div>
                ) : null}
              </>
            ),
          },
          {
            id: 'state',
            header: t('tasks.col.state'),
            cell: (task) => <TaskStateBadge state={task.state} testId="task-state" />,
          },
          {
            id: 'attempts',
            header: t('tasks.col.attempts'),
            className: 'tabular-nums',
            cell: (task) => (
              <span data-test-id="task-attempts">
                {t('tasks.attemptsOf', { attempts: task.attempts, max: task.maxAttempts })}
              </span>
            ),
          },
          {
            id: 'error',
            header: t('tasks.col.lastError'),
            cell: (task) =>
              task.lastError ? (
                <p
                  data-test-id="task-error"
                  title={task.lastError}
                  className="line-clamp-3 max-w-72 text-xs break-words text-red-700"
                >
                  {task.lastError}
                </p>
              ) : (
                <span className="text-muted">—</span>
              ),
          },
          { id: 'times', header: t('tasks.col.times'), cell: (task) => <TaskTimes task={task} /> },
          {
            id: 'actions',
            header: t('common.actions'),
            align: 'right',
            cell: (task) => <TaskActions task={task} onDone={messages.done} onError={messages.failed} />,
          },
        ]}
      />
    </Page>
  );
}
