import { useMutation, useQuery } from '@apollo/client';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { ReplyForm } from './ReplyForm';
import { StaffToolsCard } from './StaffToolsCard';
import { staffTicketPath, SUPPORT_PATH, SUPPORT_QUEUE_PATH, ticketPath } from './pageIds';
import { CloseTicketMutation, StaffToolsQuery, TicketQuery } from './support.operations';
import { OverdueBadge, PriorityBadge, TicketStateBadge } from './TicketBadges';
import { TicketThread } from './TicketThread';

/**
 * One ticket: its thread and a reply box. The customer's (`/support/tickets/:id`) closes it; the
 * staff's (`/admin/support/tickets/:id`) also writes notes, inserts saved answers, sets the state
 * and the assignee, and merges.
 */
export function TicketPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const staffView = useLocation().pathname.startsWith('/admin/');
  const navigate = useNavigate();
  const messages = usePageMessages();
  const query = useQuery(TicketQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const tools = useQuery(StaffToolsQuery, { skip: !staffView });
  const [close] = useMutation(CloseTicketMutation);
  const ticket = query.data?.ticket;

  if (!ticket) {
    return (
      <Page id={staffView ? 'staff-ticket' : 'ticket'} title={t('ticket.title', { number: '…' })}>
        {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page
      id={staffView ? 'staff-ticket' : 'ticket'}
      title={t('ticket.title', { number: ticket.number })}
      intro={ticket.subject}
      back={
        staffView ? (
          <BackLink to={SUPPORT_QUEUE_PATH} label={t('ticket.backQueue')} />
        ) : (
          <BackLink to={SUPPORT_PATH} label={t('ticket.back')} />
        )
      }
      actions={
        <>
          <TicketStateBadge state={ticket.state} />
          <PriorityBadge priority={ticket.priority} />
          {staffView ? <OverdueBadge overdue={ticket.overdue} /> : null}
          {ticket.state !== 'CLOSED' && !staffView ? (
            <button
              type="button"
              className="btn btn-secondary"
              data-test-id="ticket-close"
              onClick={() => void messages.run(() => close({ variables: { id } }), t('ticket.closedNotice'))}
            >
              {t('ticket.close')}
            </button>
          ) : null}
        </>
      }
    >
      {messages.view}
      {staffView ? (
        <p className="text-sm text-muted" data-test-id="ticket-due">
          {t('ticket.firstDue', { at: formatDate(ticket.firstResponseDueAt) })} ·{' '}
          {t('ticket.resolutionDue', { at: formatDate(ticket.resolutionDueAt) })}
        </p>
      ) : null}
      {ticket.mergedIntoId ? (
        <p className="text-sm" data-test-id="ticket-merged">
          {t('ticket.merged')}{' '}
          <Link
            className="link"
            to={staffView ? staffTicketPath(ticket.mergedIntoId) : ticketPath(ticket.mergedIntoId)}
          >
            {t('ticket.mergedLink')}
          </Link>
        </p>
      ) : null}
      {staffView && tools.data ? (
        <StaffToolsCard
          ticket={ticket}
          staff={tools.data.supportStaff}
          report={{ onDone: messages.done, onError: messages.failed }}
          onMerged={(into) => void navigate(staffTicketPath(into))}
        />
      ) : null}
      <Card>
        <TicketThread messages={ticket.messages} />
      </Card>
      {ticket.state === 'CLOSED' && !ticket.mergedIntoId ? (
        <p className="text-sm text-muted">{t('ticket.closed')}</p>
      ) : null}
      {!ticket.mergedIntoId ? (
        <ReplyForm
          ticketId={ticket.id}
          staff={staffView ? { cannedReplies: tools.data?.cannedReplies ?? [] } : undefined}
          onDone={messages.done}
        />
      ) : null}
    </Page>
  );
}
