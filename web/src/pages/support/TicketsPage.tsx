import { Link } from 'react-router';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { MyTicketsQuery as Result, TicketState } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { NEW_TICKET_PATH, ticketPath } from './pageIds';
import { MyTicketsQuery } from './support.operations';
import { PriorityBadge, TICKET_STATES, TicketStateBadge } from './TicketBadges';

type Row = Result['tickets']['nodes'][number];

/** Customer: their tickets, newest first, filtered by state; a new one from the header. */
export function TicketsPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const messages = usePageMessages();
  const state = TICKET_STATES.find((s) => s === list.get('state')) ?? null;
  const { data, status } = useListQuery(MyTicketsQuery, {
    variables: { state: state as TicketState | null, after: list.after || null, first: PAGE_SIZE },
  });
  return (
    <Page
      id="support"
      title={t('support.title')}
      intro={t('support.intro')}
      actions={
        <Link to={NEW_TICKET_PATH} className="btn btn-primary" data-test-id="new-ticket">
          {t('support.new')}
        </Link>
      }
    >
      {messages.view}
      <ListCard<Row>
        status={status}
        connection={data?.tickets}
        pager="tickets"
        list={list}
        testId="tickets-table"
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ 'data-test-id': 'ticket-row', 'data-ticket-id': r.id, 'data-state': r.state })}
        empty={t('support.empty')}
        toolbar={
          <FilterSelect
            testId="tickets-state"
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
        }
        columns={[
          { id: 'number', header: t('support.col.number'), cell: (r) => `#${r.number}` },
          {
            id: 'subject',
            header: t('support.col.subject'),
            cell: (r) => (
              <Link to={ticketPath(r.id)} className="link" data-test-id="ticket-link">
                {r.subject}
              </Link>
            ),
          },
          { id: 'state', header: t('support.col.state'), cell: (r) => <TicketStateBadge state={r.state} /> },
          { id: 'priority', header: t('support.col.priority'), cell: (r) => <PriorityBadge priority={r.priority} /> },
          { id: 'updated', header: t('support.col.updated'), cell: (r) => formatDate(r.lastMessageAt) },
        ]}
      />
    </Page>
  );
}
