import { useApolloClient, useMutation } from '@apollo/client';
import { useState } from 'react';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { PlanChangeQuoteFieldsFragment, PlanOfferFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { ChangePlanQuote } from './ChangePlanQuote';
import { MyPlanChoiceFields, noChoice, type PlanPeriodChoice } from './MyPlanChoiceFields';
import { ChangeMyPlanMutation, MyPlanChangeQuoteQuery } from './myPlan.operations';

const FIELDS = ['planId', 'periodMonths'] as const;

interface ChangePlanCardProps {
  accountId: string;
  currentPlanId: string | null;
  plans: readonly PlanOfferFieldsFragment[];
  onDone(message: string): void;
}

/**
 * Moving the account to another plan or period: choose, see the price ("Show price": the quote),
 * then confirm. A refusal (CONFLICT: more in use than the new plan allows) shows in the card.
 */
export function ChangePlanCard({ accountId, currentPlanId, plans, onDone }: ChangePlanCardProps) {
  const t = useT();
  const format = useBillingFormat();
  const client = useApolloClient();
  const [choice, setChoice] = useState<PlanPeriodChoice>(noChoice);
  const [quote, setQuote] = useState<PlanChangeQuoteFieldsFragment | null>(null);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  // The limits, the period and the next invoice date change; the ledger and the invoices too (read afresh on their pages).
  const [changePlan] = useMutation(ChangeMyPlanMutation, { refetchQueries: ['MyPlan'], awaitRefetchQueries: true });
  const input = { accountId, planId: choice.planId, periodMonths: choice.months };

  async function showPrice() {
    setQuote(null);
    await run(async () => {
      // Prorated to the second: never from the cache.
      const { data } = await client.query({
        query: MyPlanChangeQuoteQuery,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      setQuote(data.planChangeQuote);
    });
  }

  async function confirm() {
    let done: PlanChangeQuoteFieldsFragment | undefined;
    const ok = await run(async () => {
      done = (await changePlan({ variables: { input } })).data?.changePlan;
    });
    if (ok && done) {
      onDone(t('plansUser.change.done', { plan: done.plan.name, period: format.months(done.periodMonths) }));
      setQuote(null);
      setChoice(noChoice);
    }
  }

  return (
    <Card title={t('plansUser.change.title')} testId="change-plan">
      <div className="space-y-4">
        <p className="text-sm text-muted">{t('plansUser.change.intro')}</p>
        <FormError message={errors.general} />
        {plans.length === 0 ? (
          <p className="text-sm text-muted" data-test-id="change-plan-none">
            {t('plansUser.choice.none')}
          </p>
        ) : (
          <>
            <MyPlanChoiceFields
              plans={plans}
              value={choice}
              currentPlanId={currentPlanId}
              onChange={(c) => {
                setChoice(c);
                setQuote(null);
              }}
              errors={errors.fields}
              testIdPrefix="change-plan"
            />
            {quote ? <ChangePlanQuote quote={quote} /> : null}
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                data-test-id="change-plan-quote"
                className="btn btn-secondary"
                disabled={busy || !choice.planId}
                onClick={() => void showPrice()}
              >
                {t('plansUser.change.quote')}
              </button>
              {quote ? (
                <button
                  type="button"
                  data-test-id="change-plan-confirm"
                  className="btn btn-primary"
                  disabled={busy}
                  onClick={() => void confirm()}
                >
                  {t('plansUser.change.confirm')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </div>
    </Card>
  );
}
