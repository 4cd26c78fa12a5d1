import { SelectField } from '../../components/Field';
import type { PlanOfferFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';

/** A plan and a period as a form holds them: the plan's ID ('' before one is chosen) and the months. */
export interface PlanPeriodChoice {
  planId: string;
  months: number;
}

export const noChoice: PlanPeriodChoice = { planId: '', months: 0 };

interface MyPlanChoiceFieldsProps {
  plans: readonly PlanOfferFieldsFragment[];
  value: PlanPeriodChoice;
  onChange(choice: PlanPeriodChoice): void;
  errors: Record<string, string>;
  /** Test ids `<testIdPrefix>-plan` and `<testIdPrefix>-period`. */
  testIdPrefix: string;
  /** The account's plan, marked as current. */
  currentPlanId?: string | null;
}

/** Choose a plan, then one of its billing periods with its price. */
export function MyPlanChoiceFields({
  plans,
  value,
  onChange,
  errors,
  testIdPrefix,
  currentPlanId,
}: MyPlanChoiceFieldsProps) {
  const t = useT();
  const format = useBillingFormat();
  const plan = plans.find((p) => p.id === value.planId);

  function choosePlan(planId: string) {
    const next = plans.find((p) => p.id === planId);
    // Keep the period when the new plan sells it too; otherwise its shortest.
    const months = next?.periods.some((p) => p.months === value.months)
      ? value.months
      : (next?.periods[0]?.months ?? 0);
    onChange({ planId, months });
  }

  return (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <SelectField
        name="planId"
        testId={`${testIdPrefix}-plan`}
        label={t('plansUser.choice.plan')}
        value={value.planId}
        onChange={(e) => choosePlan(e.target.value)}
        error={errors.planId}
      >
        <option value="" disabled>
          {t('plansUser.choice.choosePlan')}
        </option>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === currentPlanId ? t('plansUser.choice.current', { plan: p.name }) : p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="periodMonths"
        testId={`${testIdPrefix}-period`}
        label={t('plansUser.choice.period')}
        value={plan ? String(value.months) : ''}
        onChange={(e) => onChange({ ...value, months: Number(e.target.value) })}
        error={errors.periodMonths}
        disabled={!plan}
      >
        {plan ? null : <option value="" />}
        {plan?.periods.map((p) => {
          const vars = { period: format.months(p.months), price: format.money(p.price) };
          return (
            <option key={p.months} value={p.months}>
              {Number(p.discountPercent) > 0
                ? t('plansUser.choice.periodOptionDiscount', { ...vars, percent: p.discountPercent })
                : t('plansUser.choice.periodOption', vars)}
            </option>
          );
        })}
      </SelectField>
    </div>
  );
}
