import { useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { KbSuggestions } from '../knowledge/KbSuggestions';
import { NewTicketForm } from './NewTicketForm';
import { SUPPORT_PATH, ticketPath } from './pageIds';

/**
 * Customer: a new ticket; then its thread. As the question is typed, knowledge-base articles that
 * may answer it show above the send button (SUP-2); "This answered my question" drops the ticket.
 */
export function NewTicketPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Page
      id="new-ticket"
      title={t('newTicket.title')}
      intro={t('newTicket.intro')}
      back={<BackLink to={SUPPORT_PATH} label={t('ticket.back')} />}
    >
      <NewTicketForm
        onOpened={(ticket) =>
          void navigate(ticketPath(ticket.id), { state: { notice: t('newTicket.opened', { number: ticket.number }) } })
        }
        suggestions={(draft) => (
          <KbSuggestions
            subject={draft.subject}
            body={draft.body}
            onAnswered={() => void navigate(SUPPORT_PATH, { state: { notice: t('newTicket.answered') } })}
          />
        )}
      />
    </Page>
  );
}
