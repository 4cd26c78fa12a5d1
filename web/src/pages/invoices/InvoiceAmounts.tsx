import { useMemo } from 'react';
import type { Money } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount } from '../billing/money';

export type MoneyView = Pick<Money, 'amount' | 'minorUnits' | 'currency'>;

/**
 * How invoices, quotes and plans show amounts, days and periods. Days are UTC calendar days, as
 * billing periods start and end and as the printable invoice shows them.
 */
export function useBillingFormat() {
  const { t, language } = useI18n();
  return useMemo(() => {
    const locale = locales[language];
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (iso: string) => days.format(new Date(iso));
    return {
      money: (m: MoneyView) => `${formatAmount(m.amount, locale)} ${m.currency}`,
      day,
      range: (start: string, end: string) => t('plansUser.range', { start: day(start), end: day(end) }),
      months: (n: number) => (n === 1 ? t('plansUser.period.one') : t('plansUser.period.many', { months: n })),
    };
  }, [t, language]);
}

/** An amount with its currency; the raw values stay on the element for scripts. */
export function MoneyAmount({
  money,
  testId,
  className = '',
}: {
  money: MoneyView;
  testId?: string;
  className?: string;
}) {
  const format = useBillingFormat();
  return (
    <span
      data-test-id={testId}
      data-amount={money.amount}
      data-minor-units={money.minorUnits}
      data-currency={money.currency}
      className={`whitespace-nowrap tabular-nums ${className}`}
    >
      {format.money(money)}
    </span>
  );
}
