import { useMutation } from '@apollo/client';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { TwoFactorStateFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { REFRESH_TWO_FACTOR } from './refresh';
import {
  FinishPasskeyRegistrationMutation,
  RemovePasskeyMutation,
  StartPasskeyRegistrationMutation,
} from './security.operations';

/** The viewer's passkeys: listed with their use, added (named) through the browser's WebAuthn, removed. */
export function PasskeysCard({ state }: { state: TwoFactorStateFieldsFragment }) {
  const { t, formatDate } = useI18n();
  const [start] = useMutation(StartPasskeyRegistrationMutation);
  const [finish] = useMutation(FinishPasskeyRegistrationMutation, REFRESH_TWO_FACTOR);
  const [remove] = useMutation(RemovePasskeyMutation, REFRESH_TWO_FACTOR);
  const { errors, busy, run } = useFormSubmit(['name', 'response']);
  const removal = useFormSubmit([]);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  // The browser's own words when it made no passkey (the person cancelled, a timeout, no authenticator).
  const [refused, setRefused] = useState<string | null>(null);
  const supported = browserSupportsWebAuthn();

  async function onAdd(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setRefused(null);
    let made = false;
    const ok = await run(async () => {
      const options = (await start()).data?.startPasskeyRegistration;
      if (!options) return;
      let response;
      try {
        response = await startRegistration({ optionsJSON: JSON.parse(options) });
      } catch (err) {
        setRefused(t('security.passkeys.cancelled', { reason: (err as Error).message }));
        return;
      }
      await finish({ variables: { input: { name, response: JSON.stringify(response) } } });
      made = true;
    });
    if (ok && made) {
      setName('');
      setNotice(t('security.passkeys.added'));
    }
  }

  return (
    <Card title={t('security.passkeys.title')} className="max-w-2xl" testId="passkeys-card">
      <div className="space-y-4">
        <p className="text-sm text-muted">{t('security.passkeys.intro')}</p>
        <Notice message={notice} />
        <FormError message={removal.errors.general} />
        {state.passkeys.length ? (
          <ul className="divide-y divide-line rounded-lg border border-line">
            {state.passkeys.map((p) => (
              <li key={p.id} data-test-id="passkey" className="flex items-center justify-between gap-4 px-4 py-3">
                <div className="min-w-0">
                  <div data-test-id="passkey-name" className="truncate font-medium text-ink">
                    {p.name}
                  </div>
                  <div className="text-xs text-muted">
                    {t('security.passkeys.created', { date: formatDate(p.createdAt) })}
                    {p.lastUsedAt ? ` · ${t('security.passkeys.lastUsed', { date: formatDate(p.lastUsedAt) })}` : ''}
                  </div>
                </div>
                <ConfirmButton
                  testId="passkey-remove"
                  label={t('security.passkeys.remove')}
                  question={t('security.passkeys.removeQuestion', { name: p.name })}
                  busy={removal.busy}
                  onConfirm={() => removal.run(() => remove({ variables: { id: p.id } }))}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p data-test-id="passkeys-none" className="text-sm text-muted">
            {t('security.passkeys.none')}
          </p>
        )}
        {supported ? (
          <form noValidate onSubmit={(e) => void onAdd(e)} className="flex flex-wrap items-end gap-3">
            <TextField
              name="name"
              testId="passkey-name-input"
              label={t('security.passkeys.name')}
              placeholder={t('security.passkeys.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={errors.fields.name ?? errors.fields.response}
              maxLength={64}
              className="min-w-64 flex-1"
            />
            <button type="submit" data-test-id="passkey-add" className="btn btn-primary" disabled={busy}>
              {t('security.passkeys.add')}
            </button>
            <div className="w-full">
              <FormError message={errors.general ?? refused} />
            </div>
          </form>
        ) : (
          <p className="text-sm text-muted">{t('security.passkeys.unsupported')}</p>
        )}
      </div>
    </Card>
  );
}
