import { Card, LoadError, Loading } from '../../components/Page';
import type { AccountBalanceQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount, standingOf } from './money';

type BalanceView = AccountBalanceQuery['accountBalance'];

interface BalanceCardProps {
  view: BalanceView | undefined;
  error?: unknown;
  onRetry(): void;
  /** Whose balance it is, for the wording: the viewer's own ("You owe") or a customer's ("The customer owes"). */
  audience: 'self' | 'admin';
}

const TONE = { CREDIT: 'text-emerald-700', OWES: 'text-red-700', SETTLED: 'text-muted' } as const;

/** The balance of an account: the amount, its currency, and whether that is credit, debt, or settled. */
export function BalanceCard({ view, error, onRetry, audience }: BalanceCardProps) {
  const { t, language } = useI18n();
  if (!view) {
    return (
      <Card title={t('billing.balance')}>{error ? <LoadError error={error} onRetry={onRetry} /> : <Loading />}</Card>
    );
  }
  const { balance } = view;
  const standing = standingOf(balance.minorUnits);
  return (
    <Card title={t('billing.balance')} testId="billing-balance">
      <div
        className="flex flex-wrap items-baseline gap-x-3 gap-y-1"
        data-test-id="billing-balance-value"
        data-amount={balance.amount}
        data-minor-units={balance.minorUnits}
        data-currency={balance.currency}
        data-standing={standing}
      >
        <span
          className={`text-3xl font-semibold tabular-nums ${standing === 'OWES' ? 'text-red-700' : 'text-ink'}`}
          data-test-id="billing-balance-amount"
        >
          {formatAmount(balance.amount, locales[language])}
        </span>
        <span className="text-lg text-muted" data-test-id="billing-balance-currency">
          {balance.currency}
        </span>
      </div>
      <p className={`mt-2 text-sm font-medium ${TONE[standing]}`} data-test-id="billing-standing">
        {audience === 'self' ? t(`billing.standing.${standing}`) : t(`billing.customerStanding.${standing}`)}
      </p>
    </Card>
  );
}
