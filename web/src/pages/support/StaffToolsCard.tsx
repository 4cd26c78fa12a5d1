import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Card } from '../../components/Page';
import type { OutcomeReport } from '../../components/PageMessages';
import type { TicketState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AssignTicketMutation, MergeTicketsMutation, SetTicketStateMutation } from './support.operations';
import { TICKET_STATES } from './TicketBadges';

interface StaffToolsProps {
  ticket: { id: string; state: TicketState; assignee: { id: string } | null | undefined; mergedIntoId?: string | null };
  staff: readonly { id: string; login: string }[];
  report: OutcomeReport;
  onMerged(intoId: string): void;
}

/** The staff's controls on a ticket: state, assignee, merge into another (`staff-*`). */
export function StaffToolsCard({ ticket, staff, report, onMerged }: StaffToolsProps) {
  const t = useT();
  const [mergeInto, setMergeInto] = useState('');
  const [setState] = useMutation(SetTicketStateMutation, { refetchQueries: ['Ticket'] });
  const [assign] = useMutation(AssignTicketMutation);
  const [merge] = useMutation(MergeTicketsMutation);

  async function act(action: () => Promise<unknown>, message: string): Promise<boolean> {
    try {
      await action();
      report.onDone(message);
      return true;
    } catch (err) {
      report.onError(err);
      return false;
    }
  }

  return (
    <Card title={t('ticket.handling')} testId="staff-tools">
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm">
          <span className="field-label">{t('ticket.state')}</span>
          <select
            data-test-id="staff-state"
            className="input w-auto"
            value={ticket.state}
            onChange={(e) =>
              void act(
                () => setState({ variables: { id: ticket.id, state: e.target.value as TicketState } }),
                t('ticket.saved'),
              )
            }
          >
            {TICKET_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`support.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="field-label">{t('ticket.assignee')}</span>
          <select
            data-test-id="staff-assignee"
            className="input w-auto"
            value={ticket.assignee?.id ?? ''}
            onChange={(e) =>
              void act(
                () => assign({ variables: { id: ticket.id, assigneeId: e.target.value || null } }),
                t('ticket.saved'),
              )
            }
          >
            <option value="">{t('ticket.nobody')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.login}
              </option>
            ))}
          </select>
        </label>
        {!ticket.mergedIntoId ? (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const into = mergeInto.trim();
              void act(() => merge({ variables: { fromId: ticket.id, intoId: into } }), t('ticket.mergedNotice')).then(
                (ok) => ok && onMerged(into),
              );
            }}
          >
            <label className="text-sm">
              <span className="field-label">{t('ticket.mergeInto')}</span>
              <input
                data-test-id="staff-merge-into"
                className="input w-28"
                inputMode="numeric"
                value={mergeInto}
                onChange={(e) => setMergeInto(e.target.value)}
              />
            </label>
            <button type="submit" className="btn btn-secondary" data-test-id="staff-merge" disabled={!mergeInto.trim()}>
              {t('ticket.merge')}
            </button>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
