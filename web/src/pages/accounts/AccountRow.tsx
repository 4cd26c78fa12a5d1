import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import type { AccountsQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { accountBillingPath } from '../billing/pageIds';
import { ResumeAccountMutation, SuspendAccountMutation } from './accounts.operations';
import { DataCell } from '../../components/DataTable';

type AccountNode = AccountsQuery['accounts']['nodes'][number];

interface AccountRowProps {
  account: AccountNode;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** One account in the admin list, with suspend (asking for a reason in place) and resume. */
export function AccountRow({ account, onDone, onError }: AccountRowProps) {
  const { t, formatDate } = useI18n();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [suspend, suspending] = useMutation(SuspendAccountMutation);
  const [resume, resuming] = useMutation(ResumeAccountMutation);
  const busy = suspending.loading || resuming.loading;

  async function onSuspend(e: FormEvent) {
    e.preventDefault();
    const suspended = () => suspend({ variables: { id: account.id, reason: reason.trim() || null } });
    if (await reportOutcome({ onDone, onError }, suspended, t('accounts.suspended', { id: account.id }))) {
      setAsking(false);
      setReason('');
    }
  }

  function onResume() {
    return reportOutcome(
      { onDone, onError },
      () => resume({ variables: { id: account.id } }),
      t('accounts.resumed', { id: account.id }),
    );
  }

  return (
    <tr data-test-id="account-row" data-account-id={account.id}>
      <DataCell column="id" className="font-mono text-muted">
        #{account.id}
      </DataCell>
      <DataCell column="name" className="font-medium">
        <Link to={accountBillingPath(account.id)} data-test-id="account-link" className="link">
          {account.name}
        </Link>
      </DataCell>
      <DataCell column="owner">
        <Link to={`/admin/users/${account.owner.id}`} data-test-id="account-owner" className="link">
          {account.owner.login}
        </Link>
      </DataCell>
      <DataCell column="status">
        <StatusBadge status={account.status} testId="account-status" />
        {account.suspendedReason ? (
          <div className="mt-1 max-w-56 text-xs break-words text-muted">{account.suspendedReason}</div>
        ) : null}
      </DataCell>
      <DataCell column="created" className="whitespace-nowrap text-muted">
        {formatDate(account.createdAt)}
      </DataCell>
      <DataCell column="actions" className="text-right">
        {asking ? (
          <form onSubmit={(e) => void onSuspend(e)} className="flex items-center justify-end gap-2">
            <label className="sr-only" htmlFor={`reason-${account.id}`}>
              {t('accounts.reasonLabel', { id: account.id })}
            </label>
            <input
              id={`reason-${account.id}`}
              data-test-id="suspend-reason"
              className="input w-48 py-1.5"
              placeholder={t('accounts.reasonPlaceholder')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              autoFocus
            />
            <button type="submit" data-test-id="suspend-confirm" className="btn btn-danger btn-sm" disabled={busy}>
              {t('accounts.confirmSuspend')}
            </button>
            <button
              type="button"
              data-test-id="suspend-cancel"
              className="btn btn-ghost btn-sm"
              onClick={() => setAsking(false)}
            >
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <div className="flex justify-end gap-2">
            <Link
              to={accountBillingPath(account.id)}
              data-test-id="account-billing"
              aria-label={t('billing.accountLinkLabel', { id: account.id })}
              className="btn btn-ghost btn-sm"
            >
              {t('billing.accountLink')}
            </Link>
            {account.status !== 'ACTIVE' ? (
              <button
                type="button"
                data-test-id="account-resume"
                className="btn btn-secondary btn-sm"
                disabled={busy}
                onClick={() => void onResume()}
              >
                {t('accounts.resume')}
              </button>
            ) : null}
            {account.status !== 'SUSPENDED' ? (
              <button
                type="button"
                data-test-id="account-suspend"
                className="btn btn-secondary btn-sm text-red-700"
                disabled={busy}
                onClick={() => setAsking(true)}
              >
                {t('accounts.suspend')}
              </button>
            ) : null}
          </div>
        )}
      </DataCell>
    </tr>
  );
}
