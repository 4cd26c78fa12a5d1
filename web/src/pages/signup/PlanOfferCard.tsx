import type { SignupPlan } from './signup.operations';
import { useT } from '../../i18n/I18nProvider';
import { Badge } from '../../components/Badge';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { PlanResources } from './PlanResources';

/** A plan and one of its billing periods. */
export interface PlanChoice {
  planId: string;
  months: number;
}

interface PlanOfferCardProps {
  plan: SignupPlan;
  chosen: PlanChoice | null;
  onChoose(choice: PlanChoice): void;
}

/**
 * A plan on the signup page: name, description, what it includes, and its periods to choose from,
 * each with its price and, when the plan has one, the setup fee charged with the first invoice.
 */
export function PlanOfferCard({ plan, chosen, onChoose }: PlanOfferCardProps) {
  const t = useT();
  const format = useBillingFormat();
  const selected = chosen?.planId === plan.id;
  // The plan's and its resources' setup fees, the same for every period (the API adds them up).
  const setupFees = plan.periods[0]?.setupFees;
  const setup = setupFees && BigInt(setupFees.minorUnits) > 0n ? setupFees : null;
  return (
    <article
      data-test-id="signup-plan"
      data-plan-id={plan.id}
      data-selected={selected}
      className={`flex flex-col gap-4 rounded-xl border p-5 ${selected ? 'border-brand-500 ring-2 ring-brand-200' : 'border-line'}`}
    >
      <header>
        <h3 className="text-lg font-semibold text-ink" data-test-id="signup-plan-name">
          {plan.name}
        </h3>
        {plan.description ? <p className="mt-1 text-sm text-muted">{plan.description}</p> : null}
        {plan.moderated ? <p className="mt-1 text-xs text-amber-800">{t('plansUser.signup.moderated')}</p> : null}
      </header>
      <PlanResources resources={plan.resources} />
      <fieldset className="mt-auto space-y-2">
        <legend className="field-label">{t('plansUser.signup.periods')}</legend>
        {plan.periods.map((p) => (
          <label
            key={p.months}
            className="flex cursor-pointer items-center gap-3 rounded-lg border border-line px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="signup-choice"
              className="shrink-0"
              data-test-id="signup-period"
              data-plan-id={plan.id}
              data-months={p.months}
              checked={selected && chosen?.months === p.months}
              onChange={() => onChoose({ planId: plan.id, months: p.months })}
            />
            <span className="flex-1 font-medium text-ink">{format.months(p.months)}</span>
            <span className="text-right">
              <span
                className="block tabular-nums text-ink"
                data-test-id="signup-period-price"
                data-amount={p.price.amount}
              >
                {p.months === 1
                  ? t('plansUser.signup.pricePerMonth', { price: format.money(p.price) })
                  : format.money(p.price)}
              </span>
              {setup ? (
                <span
                  className="block text-xs text-muted"
                  data-test-id="signup-period-setup"
                  data-amount={setup.amount}
                >
                  {t('plansUser.signup.plusSetup', { price: format.money(setup) })}
                </span>
              ) : null}
              {Number(p.discountPercent) > 0 ? (
                <Badge tone="green" testId="signup-period-discount" value={p.discountPercent}>
                  {t('plansUser.discount', { percent: p.discountPercent })}
                </Badge>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
    </article>
  );
}
