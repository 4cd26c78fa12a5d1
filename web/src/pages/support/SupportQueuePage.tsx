import { Link } from 'react-router';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { SupportQueueQuery as Result } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { CANNED_REPLIES_PATH, staffTicketPath } from './pageIds';
import { SupportQueueQuery } from './support.operations';
import { OverdueBadge, PriorityBadge, TICKET_PRIORITIES, TICKET_STATES, TicketStateBadge } from './TicketBadges';

type Row = Result['supportQueue']['nodes'][number];
/** The queue shows the first hundred by what is due: the ones to answer now. */
const QUEUE_SIZE = 100;
const UNASSIGNED = 'none';

/** Staff: the company's open tickets by what is due, overdue first; filters by state, priority, assignee. */
export function SupportQueuePage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const state = TICKET_STATES.find((s) => s === list.get('state')) ?? null;
  const priority = TICKET_PRIORITIES.find((p) => p === list.get('priority')) ?? null;
  const assignee = list.get('assignee');
  const { data, status } = useListQuery(SupportQueueQuery, {
    variables: {
      state,
      priority,
      assigneeId: /^\d+$/.test(assignee) ? assignee : null,
      unassigned: assignee === UNASSIGNED ? true : null,
      first: QUEUE_SIZE,
      offset: 0,
    },
  });
  return (
    <Page
      id="admin-support"
      title={t('queue.title')}
      intro={t('queue.intro')}
      actions={
        <Link to={CANNED_REPLIES_PATH} className="btn btn-secondary" data-test-id="canned-replies-link">
          {t('queue.cannedLink')}
        </Link>
      }
    >
      <ListCard<Row>
        status={status}
        rows={data?.supportQueue.nodes}
        testId="queue-table"
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({
          'data-test-id': 'queue-row',
          'data-ticket-id': r.id,
          'data-state': r.state,
          'data-overdue': r.overdue ? 'true' : 'false',
        })}
        empty={t('queue.empty')}
        aside={<span className="text-sm text-muted">{data?.supportQueue.totalCount ?? ''}</span>}
        toolbar={
          <>
            <FilterSelect
              testId="queue-state"
              label={t('support.col.state')}
              allLabel={t('support.all')}
              value={state ?? ''}
              onChange={(v) => list.setFilter('state', v)}
            >
              {TICKET_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`support.state.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="queue-priority"
              label={t('support.col.priority')}
              allLabel={t('support.all')}
              value={priority ?? ''}
              onChange={(v) => list.setFilter('priority', v)}
            >
              {TICKET_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`support.priority.${p}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="queue-assignee"
              label={t('support.col.assignee')}
              allLabel={t('support.all')}
              value={assignee}
              onChange={(v) => list.setFilter('assignee', v)}
            >
              <option value={UNASSIGNED}>{t('queue.unassigned')}</option>
              {data?.supportStaff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.login}
                </option>
              ))}
            </FilterSelect>
          </>
        }
        columns={[
          { id: 'number', header: t('support.col.number'), cell: (r) => `#${r.number}` },
          {
            id: 'subject',
            header: t('support.col.subject'),
            cell: (r) => (
              <Link to={staffTicketPath(r.id)} className="link" data-test-id="queue-link">
                {r.subject}
              </Link>
            ),
          },
          {
            id: 'state',
            header: t('support.col.state'),
            cell: (r) => (
              <span className="flex flex-wrap gap-1">
                <TicketStateBadge state={r.state} />
                <PriorityBadge priority={r.priority} />
              </span>
            ),
          },
          {
            id: 'due',
            header: t('support.col.due'),
            cell: (r) => (
              <span className="flex flex-wrap items-center gap-1">
                {r.dueAt ? formatDate(r.dueAt) : '—'} <OverdueBadge overdue={r.overdue} />
              </span>
            ),
          },
          { id: 'assignee', header: t('support.col.assignee'), cell: (r) => r.assignee?.login ?? '—' },
          { id: 'account', header: t('support.col.account'), cell: (r) => r.accountId },
        ]}
      />
    </Page>
  );
}
