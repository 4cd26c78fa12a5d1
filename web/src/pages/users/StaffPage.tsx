import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { Badge } from '../../components/Badge';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateStaffLoginMutation, SetStaffLoginDisabledMutation, StaffLoginsQuery } from './users.operations';

const FIELDS = ['login', 'email', 'password'] as const;

/**
 * Admin: the company's support staff logins (SUP-1). They sign in on the company's panel and see
 * the support desk only; a disabled one is signed out at once and keeps its name on its answers.
 */
export function StaffPage() {
  const { t, formatDate } = useI18n();
  const messages = usePageMessages();
  const { data, error, refetch } = useQuery(StaffLoginsQuery);
  const [setDisabled] = useMutation(SetStaffLoginDisabledMutation);

  const toggle = (id: string, login: string, disabled: boolean) =>
    messages.run(
      () => setDisabled({ variables: { id, disabled } }),
      t(disabled ? 'staff.disabledNotice' : 'staff.enabledNotice', { login }),
    );

  return (
    <Page id="staff" title={t('staff.title')} intro={t('staff.intro')}>
      {messages.view}
      <Card flush>
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <DataTable
            testId="staff-table"
            rows={data.staffLogins}
            rowKey={(s) => s.id}
            rowAttributes={(s) => ({ 'data-test-id': 'staff-row', 'data-login': s.login })}
            empty={t('staff.empty')}
            columns={[
              { id: 'login', header: t('users.col.login'), cell: (s) => s.login },
              { id: 'email', header: t('users.col.email'), className: 'text-muted', cell: (s) => s.email },
              {
                id: 'state',
                header: t('staff.col.state'),
                cell: (s) => (
                  <Badge
                    tone={s.disabledAt ? 'red' : 'green'}
                    testId="staff-state"
                    value={s.disabledAt ? 'DISABLED' : 'ACTIVE'}
                  >
                    {t(s.disabledAt ? 'staff.state.disabled' : 'staff.state.active')}
                  </Badge>
                ),
              },
              {
                id: 'created',
                header: t('users.col.created'),
                className: 'whitespace-nowrap text-muted',
                cell: (s) => formatDate(s.createdAt),
              },
              {
                id: 'actions',
                header: <span className="sr-only">{t('common.actions')}</span>,
                align: 'right',
                cell: (s) => (
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    data-test-id={s.disabledAt ? 'staff-enable' : 'staff-disable'}
                    onClick={() => void toggle(s.id, s.login, !s.disabledAt)}
                  >
                    {t(s.disabledAt ? 'staff.enable' : 'staff.disable')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <NewStaffForm onDone={(login) => messages.done(t('staff.created', { login }))} />
    </Page>
  );
}

function NewStaffForm({ onDone }: { onDone(login: string): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ login: '', email: '', password: '' });
  const [create] = useMutation(CreateStaffLoginMutation, { refetchQueries: [StaffLoginsQuery] });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => create({ variables: { input: form } }))) {
      onDone(form.login);
      setForm({ login: '', email: '', password: '' });
    }
  }

  return (
    <Card title={t('staff.new')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <FormError message={errors.general} />
        </div>
        <TextField
          name="login"
          testId="staff-login"
          label={t('userNew.login')}
          value={form.login}
          onChange={set('login')}
          error={errors.fields.login}
          autoComplete="off"
        />
        <TextField
          name="email"
          testId="staff-email"
          type="email"
          label={t('userNew.email')}
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
        />
        <TextField
          name="password"
          testId="staff-password"
          type="password"
          label={t('userNew.password')}
          value={form.password}
          onChange={set('password')}
          error={errors.fields.password}
          autoComplete="new-password"
        />
        <div className="sm:col-span-3">
          <button type="submit" data-test-id="staff-submit" className="btn btn-primary" disabled={busy}>
            {t('staff.create')}
          </button>
        </div>
      </form>
    </Card>
  );
}
