import { useMutation } from '@apollo/client';
import { startAuthentication } from '@simplewebauthn/browser';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { firstMethod } from './secondFactor';
import { SecondFactorPasskeyOptionsMutation, VerifySecondFactorMutation } from './security.operations';

const FIELDS = ['code', 'recoveryCode', 'passkey'] as const;

/**
 * The sign-in page's second step, after a right password for a login with two-factor sign-in:
 * the code of the app, a recovery code, or a passkey. The pending sign-in is an HttpOnly cookie
 * the server set; `onSignedIn` runs once the session exists.
 */
export function SecondFactorStep({
  methods,
  onSignedIn,
  onBack,
}: {
  methods: readonly string[];
  onSignedIn(): Promise<void>;
  onBack(): void;
}) {
  const t = useT();
  const [method, setMethod] = useState(firstMethod(methods));
  const [value, setValue] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const [verify] = useMutation(VerifySecondFactorMutation);
  const [passkeyOptions] = useMutation(SecondFactorPasskeyOptionsMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function signInWith(input: { code?: string; recoveryCode?: string; passkey?: string }) {
    if (await run(() => verify({ variables: { input } }))) await onSignedIn();
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await signInWith(method === 'RECOVERY_CODE' ? { recoveryCode: value } : { code: value });
  }

  async function signInWithPasskey() {
    setRefused(null);
    let assertion: string | null = null;
    const ok = await run(async () => {
      const options = (await passkeyOptions()).data?.secondFactorPasskeyOptions;
      if (!options) return;
      try {
        assertion = JSON.stringify(await startAuthentication({ optionsJSON: JSON.parse(options) }));
      } catch (err) {
        setRefused(t('security.passkeys.cancelled', { reason: (err as Error).message }));
      }
    });
    if (ok && assertion) await signInWith({ passkey: assertion });
  }

  const other = (m: string, label: string, testId: string) =>
    methods.includes(m) && method !== m ? (
      <button
        type="button"
        data-test-id={testId}
        className="link text-sm"
        onClick={() => {
          setMethod(m);
          setValue('');
          setRefused(null);
        }}
      >
        {label}
      </button>
    ) : null;

  return (
    <div data-test-id="second-factor" className="space-y-4">
      <p className="text-sm text-muted">{t('secondFactor.intro')}</p>
      <FormError message={errors.general ?? refused ?? errors.fields.passkey} />
      {method === 'PASSKEY' ? (
        <button
          type="button"
          data-test-id="second-factor-passkey"
          className="btn btn-primary w-full"
          disabled={busy}
          onClick={() => void signInWithPasskey()}
        >
          {t('secondFactor.usePasskey')}
        </button>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
          <TextField
            name={method === 'RECOVERY_CODE' ? 'recoveryCode' : 'code'}
            testId="second-factor-code"
            label={method === 'RECOVERY_CODE' ? t('secondFactor.recoveryCode') : t('secondFactor.code')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={method === 'RECOVERY_CODE' ? errors.fields.recoveryCode : errors.fields.code}
            inputMode={method === 'RECOVERY_CODE' ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
          />
          <button type="submit" data-test-id="second-factor-submit" className="btn btn-primary w-full" disabled={busy}>
            {t('secondFactor.submit')}
          </button>
        </form>
      )}
      <div className="flex flex-col items-center gap-2">
        {other('TOTP', t('secondFactor.useCode'), 'second-factor-use-code')}
        {other('PASSKEY', t('secondFactor.usePasskey'), 'second-factor-use-passkey')}
        {other('RECOVERY_CODE', t('secondFactor.useRecovery'), 'second-factor-use-recovery')}
        <button type="button" data-test-id="second-factor-back" className="link text-sm" onClick={onBack}>
          {t('secondFactor.back')}
        </button>
      </div>
    </div>
  );
}
