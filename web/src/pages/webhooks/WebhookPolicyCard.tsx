import { useMutation, useQuery } from '@apollo/client';
import { CheckboxField } from '../../components/Field';
import { Card } from '../../components/Page';
import type { OutcomeReport } from '../../components/PageMessages';
import { reportOutcome } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { SetWebhookPolicyMutation, WebhookPolicyQuery } from './webhooks.operations';

/** Master admin: whether webhooks may target private, loopback and link-local addresses. */
export function WebhookPolicyCard({ report }: { report: OutcomeReport }) {
  const t = useT();
  const query = useQuery(WebhookPolicyQuery);
  const [save, saving] = useMutation(SetWebhookPolicyMutation, { refetchQueries: ['WebhookPolicy'] });
  const allowed = query.data?.webhookPolicy.allowPrivateTargets;
  return (
    <Card title={t('webhooks.policy.title')} testId="webhook-policy">
      <CheckboxField
        testId="webhook-allow-private"
        label={t('webhooks.policy.allowPrivate')}
        hint={t('webhooks.policy.allowPrivateHint')}
        checked={allowed ?? false}
        disabled={allowed === undefined || saving.loading}
        onChange={(e) =>
          void reportOutcome(
            report,
            () => save({ variables: { allowPrivateTargets: e.target.checked } }),
            t('webhooks.policy.saved'),
          )
        }
      />
    </Card>
  );
}
