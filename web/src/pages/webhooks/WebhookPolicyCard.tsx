import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { CheckboxField } from '../../components/Field';
import { Card } from '../../components/Page';
import { reportOutcome, type OutcomeReport } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { SetWebhookPolicyMutation, WebhookPolicyQuery } from './webhooks.operations';

/** Master admin: whether webhooks may target private, loopback and link-local addresses. */
export function WebhookPolicyCard({ report }: { report: OutcomeReport }) {
  const t = useT();
  const query = useQuery(WebhookPolicyQuery);
  const [save, saving] = useMutation(SetWebhookPolicyMutation);
  // What the box shows while its change is saved (then the answer's), so a click shows at once.
  const [shown, setShown] = useState<boolean | null>(null);
  const saved = query.data?.webhookPolicy.allowPrivateTargets;
  const checked = shown ?? saved ?? false;

  async function change(allowPrivateTargets: boolean) {
    setShown(allowPrivateTargets);
    await reportOutcome(
      report,
      () => save({ variables: { allowPrivateTargets }, refetchQueries: ['WebhookPolicy'], awaitRefetchQueries: true }),
      t('webhooks.policy.saved'),
    );
    setShown(null); // the saved value from now on (unchanged when saving failed)
  }

  return (
    <Card title={t('webhooks.policy.title')} testId="webhook-policy">
      <CheckboxField
        testId="webhook-allow-private"
        label={t('webhooks.policy.allowPrivate')}
        hint={t('webhooks.policy.allowPrivateHint')}
        checked={checked}
        disabled={saved === undefined || saving.loading}
        onChange={(e) => void change(e.target.checked)}
      />
    </Card>
  );
}
