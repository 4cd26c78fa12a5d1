import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { SelectField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { FormError } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { CreateUserMutation, ResellerChoicesQuery } from './users.operations';

const FIELDS = ['login', 'email', 'password', 'accountName', 'resellerId'] as const;

/** Admin: a new end user with their first account; the master admin may place it under a reseller. */
export function UserNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const viewer = useViewer();
  const isMaster = viewer.role === 'MASTER_ADMIN';
  const resellers = useQuery(ResellerChoicesQuery, { skip: !isMaster });
  // Lists cached before this user existed are dropped, so they are fetched again when shown.
  const [createUser] = useMutation(CreateUserMutation, {
    update(cache) {
      cache.evict({ fieldName: 'users' });
      cache.evict({ fieldName: 'accounts' });
      cache.gc();
    },
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState({ login: '', email: '', password: '', accountName: '', resellerId: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let id: string | undefined;
    const ok = await run(async () => {
      const { resellerId, ...rest } = form;
      const res = await createUser({ variables: { input: { ...rest, resellerId: resellerId || null } } });
      id = res.data?.createUser.id;
    });
    if (ok && id) navigate(`/admin/users/${id}`);
  }

  const others = (resellers.data?.resellers.nodes ?? []).filter((r) => r.id !== viewer.reseller.id);

  return (
    <Page
      id="user-new"
      title={t('userNew.title')}
      intro={t('userNew.intro')}
      back={
        <Link to="/admin/users" className="link inline-flex items-center gap-1">
          <Icon name="arrowLeft" className="size-4" />
          {t('userNew.back')}
        </Link>
      }
    >
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="max-w-3xl space-y-6">
        <FormError message={errors.general} />
        <Card title={t('userNew.sectionLogin')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="login"
              testId="cu-login"
              label={t('userNew.login')}
              hint={t('setup.loginHint')}
              value={form.login}
              onChange={set('login')}
              error={errors.fields.login}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
            <TextField
              name="email"
              testId="cu-email"
              type="email"
              label={t('userNew.email')}
              value={form.email}
              onChange={set('email')}
              error={errors.fields.email}
              autoComplete="off"
            />
            <TextField
              name="password"
              testId="cu-password"
              type="password"
              label={t('userNew.password')}
              hint={t('setup.passwordHint')}
              value={form.password}
              onChange={set('password')}
              error={errors.fields.password}
              autoComplete="new-password"
            />
            {isMaster ? (
              <SelectField
                name="resellerId"
                testId="cu-reseller"
                label={`${t('userNew.reseller')} (${t('common.optional')})`}
                value={form.resellerId}
                onChange={set('resellerId')}
                error={errors.fields.resellerId}
              >
                <option value="">{t('userNew.resellerOwn')}</option>
                {others.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
        </Card>
        <Card title={t('userNew.sectionAccount')}>
          <TextField
            name="accountName"
            testId="cu-account-name"
            label={t('userNew.accountName')}
            value={form.accountName}
            onChange={set('accountName')}
            error={errors.fields.accountName}
            className="sm:max-w-sm"
          />
        </Card>
        <div className="flex gap-3">
          <button type="submit" data-test-id="cu-submit" className="btn btn-primary" disabled={busy}>
            {t('userNew.submit')}
          </button>
          <Link to="/admin/users" className="btn btn-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
