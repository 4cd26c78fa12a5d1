import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Card } from '../../components/Page';
import type { TwoFactorStateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ProofForm } from './ProofForm';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { REFRESH_TWO_FACTOR } from './refresh';
import { RegenerateRecoveryCodesMutation } from './security.operations';

/** Recovery codes, once a second factor is set up (an app or a passkey): how many are left, and new ones. */
export function RecoveryCodesCard({ state }: { state: TwoFactorStateFieldsFragment }) {
  const t = useT();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [regenerate] = useMutation(RegenerateRecoveryCodesMutation, REFRESH_TWO_FACTOR);
  if (!state.methods.length && !codes) return null;
  return (
    <Card title={t('security.recovery.title')} className="max-w-2xl" testId="recovery-card">
      {codes ? (
        <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} />
      ) : (
        <div className="space-y-4">
          <p data-test-id="recovery-codes-left" className="text-sm text-ink">
            {t('security.recovery.left', { count: state.recoveryCodesLeft })}
          </p>
          <ProofForm
            testId="recovery-regenerate"
            submitLabel={t('security.recovery.regenerate')}
            hint={t('security.recovery.regenerateHint')}
            onSubmit={async (input) => {
              const fresh = (await regenerate({ variables: { input } })).data?.regenerateRecoveryCodes.codes;
              if (fresh) setCodes(fresh);
            }}
          />
        </div>
      )}
    </Card>
  );
}
