import type { PlanOfferFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

/** A limit as people read it: null is unlimited, 0 is not included. `data-limit` keeps the figure ('' for unlimited). */
export function LimitValue({ limit, testId }: { limit: number | null; testId?: string }) {
  const t = useT();
  const text = limit === null ? t('plansUser.unlimited') : limit === 0 ? t('plansUser.notIncluded') : String(limit);
  return (
    <span data-test-id={testId} data-limit={limit ?? ''} className={limit === 0 ? 'text-muted' : 'tabular-nums'}>
      {text}
    </span>
  );
}

/** What a plan includes: each resource with its limit, and for metered ones what is free and what more costs. */
export function PlanResources({ resources }: { resources: PlanOfferFieldsFragment['resources'] }) {
  const t = useT();
  const included = resources.filter((r) => r.maxUnits !== 0);
  if (included.length === 0) return <p className="text-sm text-muted">{t('plansUser.noResources')}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {included.map((r) => (
        <li key={r.kind} data-test-id="plan-resource" data-kind={r.kind}>
          <div className="flex justify-between gap-3">
            <span className="text-muted">{t(`plansUser.resource.${r.kind}`)}</span>
            <LimitValue limit={r.maxUnits} />
          </div>
          {r.usagePrice.minorUnits !== '0' ? (
            <p
              className="text-xs text-muted"
              data-test-id="plan-resource-usage"
              data-free={r.freeUnits}
              data-price={r.usagePrice.amount}
            >
              {t(r.kind === 'TRAFFIC_GB' ? 'plansUser.usagePerMonth' : 'plansUser.usage', {
                free: r.freeUnits,
                price: `${r.usagePrice.amount} ${r.usagePrice.currency}`,
              })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
