import { useMutation, useQuery } from '@apollo/client';
import { CheckboxField } from '../../components/Field';
import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { SetSslPolicyMutation, SslPolicyQuery } from './certificates.operations';

/**
 * The company's rule for its customers' certificates (`ssl-policy`): whether a site's certificate
 * needs its account to hold a dedicated IP address, as H-Sphere required before browsers sent SNI.
 */
export function SslPolicyCard({ onDone, onError }: { onDone(message: string): void; onError(error: unknown): void }) {
  const t = useT();
  const query = useQuery(SslPolicyQuery);
  const [save, saving] = useMutation(SetSslPolicyMutation, {
    refetchQueries: ['SslPolicy'],
    awaitRefetchQueries: true,
  });
  const policy = query.data?.sslPolicy;
  return (
    <Card title={t('sslPolicy.title')} testId="ssl-policy">
      <CheckboxField
        testId="ssl-policy-dedicated-ip"
        label={t('sslPolicy.requireDedicatedIp')}
        hint={t('sslPolicy.requireDedicatedIpHint')}
        checked={policy?.requireDedicatedIp ?? false}
        disabled={!policy || saving.loading}
        onChange={(e) =>
          void save({ variables: { requireDedicatedIp: e.target.checked } }).then(
            () => onDone(t('sslPolicy.saved')),
            onError,
          )
        }
      />
    </Card>
  );
}
