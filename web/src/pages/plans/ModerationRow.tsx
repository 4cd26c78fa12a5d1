import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { reportOutcome, type OutcomeReport } from '../../components/PageMessages';
import type { ModerationAccountsQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApproveAccountMutation, RejectAccountMutation } from './moderation.operations';
import { accountBillingPath } from '../billing/pageIds';
import { monthsLabel } from './planLabels';
import { DataCell } from '../../components/DataTable';

type WaitingAccount = ModerationAccountsQuery['accounts']['nodes'][number];

/** Approving or rejecting takes the account out of the queue: the list is read again. */
const REFETCH = { refetchQueries: ['ModerationAccounts'], awaitRefetchQueries: true };

/** A signup waiting for approval (`moderation-row`): approve it, or reject it with a reason asked for in place. */
export function ModerationRow({ account, report }: { account: WaitingAccount; report: OutcomeReport }) {
  const { t, formatDate } = useI18n();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [approve, approving] = useMutation(ApproveAccountMutation, REFETCH);
  const [reject, rejecting] = useMutation(RejectAccountMutation, REFETCH);
  const busy = approving.loading || rejecting.loading;

  function onApprove() {
    return reportOutcome(
      report,
      () => approve({ variables: { id: account.id } }),
      t('plansAdmin.moderation.approved', { id: account.id }),
    );
  }

  async function onReject(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return;
    await reportOutcome(
      report,
      () => reject({ variables: { id: account.id, reason: reason.trim() } }),
      t('plansAdmin.moderation.rejected', { id: account.id }),
    );
  }

  return (
    <tr data-test-id="moderation-row" data-account-id={account.id}>
      <DataCell column="id" className="font-mono text-muted">
        #{account.id}
      </DataCell>
      <DataCell column="name" className="font-medium" data-test-id="moderation-name">
        <Link to={accountBillingPath(account.id)} data-test-id="moderation-account-link" className="link">
          {account.name}
        </Link>
      </DataCell>
      <DataCell column="owner">
        <Link to={`/admin/users/${account.owner.id}`} data-test-id="moderation-owner" className="link">
          {account.owner.login}
        </Link>
        <div className="text-xs break-all text-muted" data-test-id="moderation-email">
          {account.owner.email}
        </div>
      </DataCell>
      <DataCell column="plan">
        {account.plan ? (
          <Link
            to={`/admin/plans/${account.plan.id}`}
            data-test-id="moderation-plan"
            data-plan-id={account.plan.id}
            className="link"
          >
            {account.plan.name}
          </Link>
        ) : (
          <span data-test-id="moderation-plan" data-plan-id="" className="text-muted">
            {t('plansAdmin.noPlan')}
          </span>
        )}
        {account.periodMonths ? (
          <div className="text-xs text-muted" data-test-id="moderation-period" data-months={account.periodMonths}>
            {monthsLabel(t, account.periodMonths)}
          </div>
        ) : null}
      </DataCell>
      <DataCell column="created" className="whitespace-nowrap text-muted">
        {formatDate(account.createdAt)}
      </DataCell>
      <DataCell column="actions" className="text-right">
        {asking ? (
          <form onSubmit={(e) => void onReject(e)} className="flex items-center justify-end gap-2">
            <label className="sr-only" htmlFor={`reject-reason-${account.id}`}>
              {t('plansAdmin.moderation.reasonLabel', { id: account.id })}
            </label>
            <input
              id={`reject-reason-${account.id}`}
              data-test-id="moderation-reason"
              className="input w-56 py-1.5"
              placeholder={t('plansAdmin.moderation.reasonPlaceholder')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              required
              autoFocus
            />
            <button
              type="submit"
              data-test-id="moderation-reject-confirm"
              className="btn btn-danger btn-sm"
              disabled={busy || !reason.trim()}
            >
              {t('plansAdmin.moderation.confirmReject')}
            </button>
            <button
              type="button"
              data-test-id="moderation-reject-cancel"
              className="btn btn-ghost btn-sm"
              onClick={() => setAsking(false)}
            >
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <div className="flex justify-end gap-2">
            <button
              type="button"
              data-test-id="moderation-approve"
              className="btn btn-primary btn-sm"
              disabled={busy}
              onClick={() => void onApprove()}
            >
              {t('plansAdmin.moderation.approve')}
            </button>
            <button
              type="button"
              data-test-id="moderation-reject"
              className="btn btn-secondary btn-sm text-red-700"
              disabled={busy}
              onClick={() => setAsking(true)}
            >
              {t('plansAdmin.moderation.reject')}
            </button>
          </div>
        )}
      </DataCell>
    </tr>
  );
}
