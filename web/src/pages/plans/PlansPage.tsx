import { Link } from 'react-router';
import { AddLink } from '../../components/AddLink';
import { Badge } from '../../components/Badge';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useListQuery } from '../../components/useListQuery';
import type { AdminPlanFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount } from '../billing/money';
import { monthsLabel } from './planLabels';
import { AdminPlansQuery } from './plans.operations';

export const PLANS_PATH = '/admin/plans';

/** Admin: the company's plans, what each period costs, and whether they are on the signup page (BIL-1). */
export function PlansPage() {
  const { t, language } = useI18n();
  const messages = usePageMessages();
  const { data, status } = useListQuery(AdminPlansQuery, { variables: {} });
  const locale = locales[language];

  return (
    <Page
      id="plans"
      title={t('plansAdmin.title')}
      intro={t('plansAdmin.intro')}
      actions={<AddLink to={`${PLANS_PATH}/new`} testId="plan-create" label={t('plansAdmin.create')} />}
    >
      {messages.view}
      <ListCard<AdminPlanFieldsFragment>
        status={status}
        rows={data?.plans}
        testId="plans-table"
        rowKey={(p) => p.id}
        rowAttributes={(p) => ({ 'data-test-id': 'plan-row', 'data-plan-id': p.id, 'data-name': p.name })}
        empty={t('plansAdmin.empty')}
        columns={[
          {
            id: 'name',
            header: t('plansAdmin.col.name'),
            className: 'max-w-72',
            cell: (p) => (
              <>
                <Link to={`${PLANS_PATH}/${p.id}`} data-test-id="plan-link" className="link">
                  {p.name}
                </Link>
                {p.description ? <div className="mt-0.5 truncate text-xs text-muted">{p.description}</div> : null}
              </>
            ),
          },
          {
            id: 'platform',
            header: t('plansAdmin.col.platform'),
            cell: (p) => <span data-test-id="plan-platform">{t(`plansAdmin.platform.${p.platform}`)}</span>,
          },
          {
            id: 'signup',
            header: t('plansAdmin.col.signup'),
            cell: (p) => (
              <Badge
                tone={p.signupEnabled ? 'green' : 'gray'}
                testId="plan-signup"
                value={p.signupEnabled ? 'on' : 'off'}
              >
                {p.signupEnabled ? t('plansAdmin.signupOn') : t('plansAdmin.signupOff')}
              </Badge>
            ),
          },
          {
            id: 'moderated',
            header: t('plansAdmin.col.moderated'),
            cell: (p) => (
              <span
                data-test-id="plan-moderated"
                data-moderated={p.moderated ? 'true' : 'false'}
                className={p.moderated ? 'text-ink' : 'text-muted'}
              >
                {p.moderated ? t('plansAdmin.yes') : t('plansAdmin.no')}
              </span>
            ),
          },
          {
            id: 'periods',
            header: t('plansAdmin.col.periods'),
            cell: (p) => (
              <ul className="space-y-0.5" data-test-id="plan-periods">
                {p.periods.map((period) => (
                  <li
                    key={period.months}
                    data-test-id="plan-period"
                    data-months={period.months}
                    data-amount={period.price.amount}
                    className="whitespace-nowrap"
                  >
                    <span className="text-muted">{monthsLabel(t, period.months)}:</span>{' '}
                    <span className="font-medium tabular-nums">{`${formatAmount(period.price.amount, locale)} ${period.price.currency}`}</span>
                    {period.discountPercent !== '0' ? (
                      <span className="ml-2 text-xs text-emerald-700" data-test-id="plan-period-discount">
                        {t('plansAdmin.discountShown', { percent: formatAmount(period.discountPercent, locale) })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Page>
  );
}
