import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { CreateMysqlUserMutation, MysqlQuery } from './mysql.operations';

const FIELDS = ['name', 'password'] as const;

interface CreateDbUserFormProps {
  accountId: string;
  prefix: string;
  full: boolean;
  onDone(message: string): void;
}

/** A new database user: the short name after the account prefix, and a password (`mu-*`). */
export function CreateDbUserForm({ accountId, prefix, full, onDone }: CreateDbUserFormProps) {
  const t = useT();
  const form = useFormState({ name: '', password: '' });
  const [create] = useMutation(CreateMysqlUserMutation, {
    // The new row shows at once, in the state the API gave it (QUEUED); the refetch and polling follow it from there.
    update(cache, { data }) {
      const created = data?.createMysqlUser;
      if (!created) return;
      cache.updateQuery({ query: MysqlQuery, variables: { accountId } }, (list) =>
        list && !list.mysqlUsers.some((x) => x.id === created.id)
          ? { ...list, mysqlUsers: [...list.mysqlUsers, created] }
          : list,
      );
    },
    refetchQueries: ['Mysql'],
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let name = '';
    const ok = await run(async () => {
      const res = await create({
        variables: { input: { accountId, name: form.values.name.trim(), password: form.values.password } },
      });
      name = res.data?.createMysqlUser.name ?? `${prefix}${form.values.name.trim()}`;
    });
    if (ok) {
      onDone(t('mysql.userCreated', { name }));
      form.reset();
    }
  }

  return (
    <Card title={t('mysql.createUser')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        {full ? <p className="text-sm text-amber-800">{t('mysql.userLimitReached')}</p> : null}
        <TextField
          name="name"
          testId="mu-name"
          prefix={prefix}
          label={t('mysql.userName')}
          hint={t('mysql.nameHint')}
          error={errors.fields.name}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.bind('name')}
        />
        <TextField
          name="password"
          testId="mu-password"
          type="password"
          label={t('mysql.password')}
          hint={t('mysql.passwordHint')}
          error={errors.fields.password}
          autoComplete="new-password"
          {...form.bind('password')}
        />
        <button type="submit" data-test-id="mu-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('mysql.createUserSubmit')}
        </button>
      </form>
    </Card>
  );
}
