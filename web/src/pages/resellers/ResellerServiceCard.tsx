import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ResellerFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ResumeResellerMutation, SuspendResellerMutation } from './resellers.operations';

const FIELDS = ['reason'] as const;

/**
 * Master admin: suspends a reseller (with an optional reason only the master sees) or resumes it.
 * The answers carry the reseller, so its badge and this card change from the cache.
 */
export function ResellerServiceCard({
  reseller,
  onDone,
}: {
  reseller: ResellerFieldsFragment;
  onDone(message: string): void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [suspend] = useMutation(SuspendResellerMutation);
  const [resume] = useMutation(ResumeResellerMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const { id, name } = reseller;

  async function onSuspend() {
    if (await run(() => suspend({ variables: { id, reason: reason.trim() } }))) {
      setReason('');
      onDone(t('reseller.suspended', { name }));
    }
  }

  async function onResume() {
    if (await run(() => resume({ variables: { id } }))) onDone(t('reseller.resumed', { name }));
  }

  return (
    <Card title={t('reseller.service')} testId="reseller-service">
      <div className="space-y-4">
        <FormError message={errors.general} />
        {reseller.status === 'SUSPENDED' ? (
          <>
            <p className="text-sm text-muted">{t('reseller.resumeExplain')}</p>
            <button
              type="button"
              data-test-id="reseller-resume"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void onResume()}
            >
              {t('reseller.resume')}
            </button>
          </>
        ) : (
          <>
            <p className="text-sm text-muted">{t('reseller.suspendExplain')}</p>
            <TextField
              name="reason"
              testId="reseller-suspend-reason"
              label={`${t('reseller.reason')} (${t('common.optional')})`}
              hint={t('reseller.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.fields.reason}
              maxLength={500}
              autoComplete="off"
            />
            <ConfirmButton
              testId="reseller-suspend"
              label={t('reseller.suspend')}
              question={t('reseller.suspendQuestion', { name })}
              busy={busy}
              onConfirm={onSuspend}
            />
          </>
        )}
      </div>
    </Card>
  );
}
