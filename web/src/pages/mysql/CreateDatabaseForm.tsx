import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { CreateMysqlDatabaseMutation, MysqlQuery } from './mysql.operations';

const FIELDS = ['name', 'charset'] as const;
/** utf8mb4 first: full Unicode, what applications should use today. */
export const CHARSETS = ['utf8mb4', 'utf8mb3', 'latin1', 'ascii', 'binary'] as const;

interface CreateDatabaseFormProps {
  accountId: string;
  prefix: string;
  /** The plan's limit is reached. */
  full: boolean;
  onDone(message: string): void;
}

/** A new database: the short name after the account prefix, and its character set (`mdb-*`). */
export function CreateDatabaseForm({ accountId, prefix, full, onDone }: CreateDatabaseFormProps) {
  const t = useT();
  const form = useFormState({ name: '', charset: 'utf8mb4' });
  const [create] = useMutation(CreateMysqlDatabaseMutation, {
    // The new row shows at once, in the state the API gave it (QUEUED); the refetch and polling follow it from there.
    update(cache, { data }) {
      const created = data?.createMysqlDatabase;
      if (!created) return;
      cache.updateQuery({ query: MysqlQuery, variables: { accountId } }, (list) =>
        list && !list.mysqlDatabases.some((x) => x.id === created.id)
          ? { ...list, mysqlDatabases: [...list.mysqlDatabases, created] }
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
        variables: { input: { accountId, name: form.values.name.trim(), charset: form.values.charset } },
      });
      name = res.data?.createMysqlDatabase.name ?? `${prefix}${form.values.name.trim()}`;
    });
    if (ok) {
      onDone(t('mysql.dbCreated', { name }));
      form.set('name', '');
    }
  }

  return (
    <Card title={t('mysql.createDatabase')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        {full ? <p className="text-sm text-amber-800">{t('mysql.dbLimitReached')}</p> : null}
        <TextField
          name="name"
          testId="mdb-name"
          prefix={prefix}
          label={t('mysql.dbName')}
          hint={t('mysql.nameHint')}
          error={errors.fields.name}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.bind('name')}
        />
        <SelectField
          name="charset"
          testId="mdb-charset"
          label={t('mysql.charset')}
          error={errors.fields.charset}
          {...form.bind('charset')}
        >
          {CHARSETS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
        <button type="submit" data-test-id="mdb-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('mysql.createDatabaseSubmit')}
        </button>
      </form>
    </Card>
  );
}
