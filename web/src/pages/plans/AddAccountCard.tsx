import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { PlanOfferFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { MyPlanChoiceFields, noChoice, type PlanPeriodChoice } from './MyPlanChoiceFields';
import { OpenAnotherAccountMutation } from './myPlan.operations';

const FIELDS = ['name', 'planId', 'periodMonths'] as const;

/** An end user opens another account under a plan, with the same login; its first invoice is issued at once. */
export function AddAccountCard({
  plans,
  onDone,
}: {
  plans: readonly PlanOfferFieldsFragment[];
  onDone(message: string): void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<PlanPeriodChoice>(noChoice);
  // The account switcher lists the new account.
  const [addAccount] = useMutation(OpenAnotherAccountMutation, {
    refetchQueries: ['Session'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let opened: { id: string; name: string; status: string } | undefined;
    const ok = await run(async () => {
      opened = (
        await addAccount({ variables: { input: { name, planId: choice.planId, periodMonths: choice.months } } })
      ).data?.addAccount;
    });
    if (ok && opened) {
      const vars = { id: opened.id, name: opened.name };
      onDone(
        opened.status === 'MODERATION'
          ? t('plansUser.openAccount.doneModeration', vars)
          : t('plansUser.openAccount.done', vars),
      );
      setName('');
      setChoice(noChoice);
    }
  }

  return (
    <Card title={t('plansUser.openAccount.title')} testId="open-account" className="max-w-3xl">
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <p className="text-sm text-muted">{t('plansUser.openAccount.intro')}</p>
        <FormError message={errors.general} />
        {plans.length === 0 ? (
          <p className="text-sm text-muted" data-test-id="open-account-none">
            {t('plansUser.choice.none')}
          </p>
        ) : (
          <>
            <TextField
              name="name"
              testId="open-account-name"
              label={t('plansUser.openAccount.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={errors.fields.name}
              autoComplete="off"
            />
            <MyPlanChoiceFields
              plans={plans}
              value={choice}
              onChange={setChoice}
              errors={errors.fields}
              testIdPrefix="open-account"
            />
            <button type="submit" data-test-id="open-account-submit" className="btn btn-primary" disabled={busy}>
              {t('plansUser.openAccount.submit')}
            </button>
          </>
        )}
      </form>
    </Card>
  );
}
