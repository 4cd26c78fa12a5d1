import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { CreateAccountMutation, UserQuery } from './users.operations';

const FIELDS = ['name'] as const;

/** Admin: another account for an existing end user (UAD-1). */
export function AddAccountForm({ ownerId, onDone }: { ownerId: string; onDone(message: string): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [createAccount] = useMutation(CreateAccountMutation, {
    refetchQueries: [{ query: UserQuery, variables: { id: ownerId } }],
    awaitRefetchQueries: true,
    // The admin accounts list cached before this account existed is dropped.
    update(cache) {
      cache.evict({ fieldName: 'accounts' });
    },
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() => createAccount({ variables: { input: { ownerId, name } } }));
    if (ok) {
      onDone(t('userDetail.accountAdded', { name: name.trim() }));
      setName('');
    }
  }

  return (
    <Card title={t('userDetail.addAccount')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextField
          name="name"
          testId="add-account-name"
          label={t('userDetail.accountName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
          autoComplete="off"
        />
        <button type="submit" data-test-id="add-account-submit" className="btn btn-primary" disabled={busy}>
          {t('userDetail.addSubmit')}
        </button>
      </form>
    </Card>
  );
}
