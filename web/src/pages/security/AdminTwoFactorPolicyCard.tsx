import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { CheckboxField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { AdminsTwoFactorQuery, SetAdminsNeedTwoFactorMutation } from './security.operations';

/**
 * Company settings: require two-factor sign-in of the company's admins (the master's company for
 * the master's admins, a reseller's for its own). Only an admin who has it may switch it on.
 */
export function AdminTwoFactorPolicyCard() {
  const t = useT();
  const { data } = useQuery(AdminsTwoFactorQuery);
  const [save] = useMutation(SetAdminsNeedTwoFactorMutation);
  const { errors, busy, run } = useFormSubmit([]);
  const viewer = data?.viewer;
  if (!viewer) return null;
  const required = viewer.reseller.adminsNeedTwoFactor;
  const hasOwn = viewer.twoFactor.methods.length > 0;
  return (
    <Card title={t('security.policy.title')} className="max-w-2xl" testId="admins-two-factor">
      <div className="space-y-3">
        <FormError message={errors.general} />
        <CheckboxField
          testId="admins-two-factor-required"
          label={t('security.policy.label')}
          hint={t('security.policy.hint')}
          checked={required}
          disabled={busy || (!required && !hasOwn)}
          onChange={(e) => void run(() => save({ variables: { required: e.target.checked } }))}
        />
        <p data-test-id="admins-two-factor-state" className="text-sm text-muted">
          {required ? t('security.policy.on') : t('security.policy.off')}
        </p>
        {!hasOwn && !required ? (
          <p className="text-sm">
            <Link to="/security" className="link" data-test-id="admins-two-factor-enrol">
              {t('security.policy.needOwn')}
            </Link>
          </p>
        ) : null}
      </div>
    </Card>
  );
}
