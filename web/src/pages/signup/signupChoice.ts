import type { PlanOfferFieldsFragment } from '../../graphql/generated/graphql';
import type { PlanChoice } from './PlanOfferCard';

/** The choice the signup page starts with: the only plan's shortest period; none when there are plans to compare. */
export function preselected(plans: readonly Pick<PlanOfferFieldsFragment, 'id' | 'periods'>[]): PlanChoice | null {
  const [only] = plans;
  const shortest = only?.periods[0];
  return plans.length === 1 && only && shortest ? { planId: only.id, months: shortest.months } : null;
}
