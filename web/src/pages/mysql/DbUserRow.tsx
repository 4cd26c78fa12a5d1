import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ProvisionBadge } from '../../components/StateBadges';
import type { MysqlQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import {
  DeleteMysqlUserMutation,
  GrantMysqlDatabaseMutation,
  RevokeMysqlDatabaseMutation,
  SetMysqlUserPasswordMutation,
} from './mysql.operations';
import { DataCell } from '../../components/DataTable';

type DbUser = MysqlQuery['mysqlUsers'][number];

interface DbUserRowProps {
  user: DbUser;
  databases: MysqlQuery['mysqlDatabases'];
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** One database user: its grants (revoke each, grant another), a new password in place, delete. */
export function DbUserRow({ user, databases, onDone, onError }: DbUserRowProps) {
  const { t, formatDate } = useI18n();
  const refetch = { refetchQueries: ['Mysql'], awaitRefetchQueries: true };
  const [grant, granting] = useMutation(GrantMysqlDatabaseMutation, refetch);
  const [revoke, revoking] = useMutation(RevokeMysqlDatabaseMutation, refetch);
  const [setPassword, settingPassword] = useMutation(SetMysqlUserPasswordMutation, refetch);
  const [remove, removing] = useMutation(DeleteMysqlUserMutation, refetch);
  const [grantTo, setGrantTo] = useState('');
  const [changing, setChanging] = useState(false);
  const [password, setPasswordText] = useState('');
  const busy = granting.loading || revoking.loading || settingPassword.loading || removing.loading;
  const deleting = user.state === 'DELETING';
  const granted = new Set(user.databases.map((d) => d.id));
  const grantable = databases.filter((d) => !granted.has(d.id) && d.state !== 'DELETING' && d.state !== 'FAILED');

  const act = (action: () => Promise<unknown>, message: string) => reportOutcome({ onDone, onError }, action, message);

  async function onGrant(e: FormEvent) {
    e.preventDefault();
    const db = databases.find((d) => d.id === grantTo);
    if (!db) return;
    if (
      await act(
        () => grant({ variables: { userId: user.id, databaseId: db.id } }),
        t('mysql.granted', { user: user.name, db: db.name }),
      )
    )
      setGrantTo('');
  }

  async function onPassword(e: FormEvent) {
    e.preventDefault();
    if (
      await act(
        () => setPassword({ variables: { id: user.id, password } }),
        t('mysql.passwordChanged', { user: user.name }),
      )
    ) {
      setPasswordText('');
      setChanging(false);
    }
  }

  return (
    <tr data-test-id="mysql-user-row" data-name={user.name} data-user-id={user.id} data-state={user.state}>
      <DataCell column="name">
        <div className="font-mono text-sm font-medium">{user.name}</div>
        {user.passwordChangedAt ? (
          <div className="text-xs text-muted">
            {t('mysql.passwordChangedAt', { date: formatDate(user.passwordChangedAt) })}
          </div>
        ) : null}
      </DataCell>
      <DataCell column="state">
        <ProvisionBadge state={user.state} testId="mysql-user-state" />
      </DataCell>
      <DataCell column="databases">
        <ul className="flex flex-wrap gap-1.5" data-test-id="mysql-user-grants">
          {user.databases.map((d) => (
            <li
              key={d.id}
              data-test-id="mysql-grant"
              data-db-name={d.name}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 font-mono text-xs"
            >
              {d.name}
              {deleting ? null : (
                <button
                  type="button"
                  data-test-id="mysql-revoke"
                  className="rounded-full px-1.5 text-muted hover:bg-red-100 hover:text-red-700"
                  aria-label={t('mysql.revoke', { user: user.name, db: d.name })}
                  title={t('mysql.revoke', { user: user.name, db: d.name })}
                  disabled={busy}
                  onClick={() =>
                    void act(
                      () => revoke({ variables: { userId: user.id, databaseId: d.id } }),
                      t('mysql.revoked', { user: user.name, db: d.name }),
                    )
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
          {user.databases.length === 0 ? <li className="text-xs text-muted">{t('mysql.noGrants')}</li> : null}
        </ul>
        {!deleting && grantable.length > 0 ? (
          <form onSubmit={(e) => void onGrant(e)} className="mt-2 flex items-center gap-2">
            <label className="sr-only" htmlFor={`grant-${user.id}`}>
              {t('mysql.grantLabel', { user: user.name })}
            </label>
            <select
              id={`grant-${user.id}`}
              data-test-id="mysql-grant-select"
              className="input w-auto py-1 text-xs"
              value={grantTo}
              onChange={(e) => setGrantTo(e.target.value)}
            >
              <option value="">{t('mysql.chooseDatabase')}</option>
              {grantable.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
            <button
              type="submit"
              data-test-id="mysql-grant-submit"
              className="btn btn-secondary btn-sm"
              disabled={busy || !grantTo}
            >
              {t('mysql.grant')}
            </button>
          </form>
        ) : null}
      </DataCell>
      <DataCell column="actions" className="text-right">
        {deleting ? null : changing ? (
          <form onSubmit={(e) => void onPassword(e)} className="flex items-center justify-end gap-2">
            <label className="sr-only" htmlFor={`password-${user.id}`}>
              {t('mysql.newPasswordFor', { user: user.name })}
            </label>
            <input
              id={`password-${user.id}`}
              type="password"
              data-test-id="mysql-user-password-input"
              className="input w-40 py-1.5"
              placeholder={t('mysql.newPassword')}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPasswordText(e.target.value)}
              autoFocus
            />
            <button
              type="submit"
              data-test-id="mysql-user-password-save"
              className="btn btn-primary btn-sm"
              disabled={busy || !password}
            >
              {t('common.save')}
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setChanging(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              data-test-id="mysql-user-password"
              className="btn btn-secondary btn-sm"
              disabled={busy}
              onClick={() => setChanging(true)}
            >
              {t('mysql.changePassword')}
            </button>
            <ConfirmButton
              testId="mysql-user-delete"
              label={t('common.delete')}
              question={t('mysql.userDeleteQuestion', { name: user.name })}
              busy={busy}
              onConfirm={() =>
                act(() => remove({ variables: { id: user.id } }), t('mysql.userDeleting', { name: user.name }))
              }
            />
          </div>
        )}
      </DataCell>
    </tr>
  );
}
