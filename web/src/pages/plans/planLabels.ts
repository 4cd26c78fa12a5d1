import type { Translate } from '../../i18n/translate';

/** A billing period for people: "1 month", "12 months". */
export function monthsLabel(t: Translate, months: number): string {
  return months === 1 ? t('plansAdmin.months.one') : t('plansAdmin.months.other', { count: months });
}
