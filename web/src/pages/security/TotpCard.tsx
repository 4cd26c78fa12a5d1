import { useMutation } from '@apollo/client';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { TwoFactorStateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ProofForm } from './ProofForm';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { REFRESH_TWO_FACTOR } from './refresh';
import { ConfirmTotpMutation, DisableTotpMutation, StartTotpMutation } from './security.operations';

/** The authenticator app: set it up (QR code, secret, first code), see its recovery codes once, turn it off. */
export function TotpCard({ state }: { state: TwoFactorStateFieldsFragment }) {
  const t = useT();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [disable] = useMutation(DisableTotpMutation, REFRESH_TWO_FACTOR);

  return (
    <Card title={t('security.totp.title')} className="max-w-2xl" testId="totp-card">
      <div className="space-y-4">
        <Notice message={notice} />
        {codes ? (
          <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} />
        ) : state.totpEnabled ? (
          <p data-test-id="totp-on" className="text-sm text-ink">
            {t('security.totp.on')}
          </p>
        ) : (
          <TotpEnrolment
            onConfirmed={(c) => {
              setNotice(t('security.totp.enabled'));
              setCodes(c);
            }}
          />
        )}
        {state.totpEnabled && !codes ? (
          <div className="max-w-sm border-t border-line pt-4">
            <ProofForm
              testId="totp-disable"
              submitLabel={t('security.totp.disable')}
              danger
              onSubmit={async (input) => {
                await disable({ variables: { input } });
                setNotice(t('security.totp.disabled'));
              }}
            />
          </div>
        ) : null}
      </div>
    </Card>
  );
}

/** Setting up: a new secret as a QR code (drawn here, no outside service) and as text, and the first code. */
function TotpEnrolment({ onConfirmed }: { onConfirmed(codes: readonly string[]): void }) {
  const t = useT();
  const [start, started] = useMutation(StartTotpMutation);
  const [confirm] = useMutation(ConfirmTotpMutation, REFRESH_TWO_FACTOR);
  const { errors, busy, run } = useFormSubmit(['code']);
  const begin = useFormSubmit([]);
  const [code, setCode] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const enrolment = open ? started.data?.startTotpEnrolment : undefined;

  useEffect(() => {
    if (!enrolment) return setQr(null);
    let live = true;
    void QRCode.toDataURL(enrolment.otpauthUri, { margin: 1, width: 192 }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [enrolment]);

  if (!enrolment) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-muted">{t('security.totp.off')}</p>
        <FormError message={begin.errors.general} />
        <button
          type="button"
          data-test-id="totp-start"
          className="btn btn-primary"
          disabled={begin.busy}
          onClick={() =>
            void begin.run(async () => {
              await start();
              setOpen(true);
            })
          }
        >
          {t('security.totp.start')}
        </button>
      </div>
    );
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let codes: readonly string[] = [];
    const ok = await run(async () => {
      codes = (await confirm({ variables: { input: { code } } })).data?.confirmTotpEnrolment.codes ?? [];
    });
    if (ok) onConfirmed(codes);
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4" data-test-id="totp-enrolment">
      <p className="text-sm text-muted">{t('security.totp.scan')}</p>
      <div className="flex flex-wrap items-center gap-6">
        {qr ? (
          <img
            src={qr}
            alt={t('security.totp.qr')}
            data-test-id="totp-qr"
            className="size-48 rounded border border-line"
          />
        ) : (
          <div className="size-48" />
        )}
        <div className="min-w-0 space-y-1">
          <div className="text-xs font-medium text-muted">{t('security.totp.secret')}</div>
          <code data-test-id="totp-secret" className="block break-all font-mono text-sm text-ink select-all">
            {enrolment.secret}
          </code>
        </div>
      </div>
      <FormError message={errors.general} />
      <TextField
        name="code"
        testId="totp-code"
        label={t('security.totp.code')}
        hint={t('security.totp.codeHint')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.fields.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        className="max-w-48"
      />
      <div className="flex gap-2">
        <button type="submit" data-test-id="totp-confirm" className="btn btn-primary" disabled={busy}>
          {t('security.totp.confirm')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
          {t('security.totp.cancel')}
        </button>
      </div>
    </form>
  );
}
