import { Badge, type Tone } from '../../components/Badge';
import type { InvoiceState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const tone: Record<InvoiceState, Tone> = { OPEN: 'amber', PAID: 'green', VOID: 'gray' };

/** An invoice's state; an open one past its due date is marked overdue beside it. */
export function InvoiceStateBadge({ state, dueAt }: { state: InvoiceState; dueAt: string }) {
  const t = useT();
  const overdue = state === 'OPEN' && new Date(dueAt).getTime() < Date.now();
  return (
    <span className="inline-flex items-center gap-2">
      <Badge tone={tone[state]} value={state} testId="invoice-state">
        {t(`plansUser.invoice.state.${state}`)}
      </Badge>
      {overdue ? (
        <Badge tone="red" testId="invoice-overdue">
          {t('plansUser.invoice.overdue')}
        </Badge>
      ) : null}
    </span>
  );
}
