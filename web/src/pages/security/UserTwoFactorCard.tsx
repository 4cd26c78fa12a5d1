import { useMutation, useQuery } from '@apollo/client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { ResetUserTwoFactorMutation, UserTwoFactorQuery } from './security.operations';

/**
 * Admin, on a user's page: whether they sign in with a second factor, and turning it off for one
 * who lost their phone and recovery codes (their own, an admin turns off on their Security page).
 */
export function UserTwoFactorCard({
  userId,
  login,
  onDone,
}: {
  userId: string;
  login: string;
  onDone(message: string): void;
}) {
  const t = useT();
  const viewer = useViewer();
  const { data } = useQuery(UserTwoFactorQuery, { variables: { id: userId } });
  const [reset] = useMutation(ResetUserTwoFactorMutation);
  const { errors, busy, run } = useFormSubmit([]);
  const enabled = data?.user.twoFactorEnabled;
  if (enabled === undefined) return null;
  return (
    <Card title={t('security.user.title')} testId="user-two-factor">
      <div className="space-y-3">
        <p data-test-id="user-two-factor-state" className="text-sm">
          {enabled ? t('security.user.on', { login }) : t('security.user.off', { login })}
        </p>
        <FormError message={errors.general} />
        {enabled && viewer.user.id !== userId ? (
          <ConfirmButton
            testId="user-two-factor-reset"
            label={t('security.user.reset')}
            question={t('security.user.resetQuestion', { login })}
            busy={busy}
            onConfirm={async () => {
              if (await run(() => reset({ variables: { id: userId } })))
                onDone(t('security.user.resetDone', { login }));
            }}
          />
        ) : null}
      </div>
    </Card>
  );
}
