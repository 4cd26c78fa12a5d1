import { useQuery } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, LoadError, Loading } from '../../components/Page';
import { ProvisionBadge, TaskStateBadge } from '../../components/StateBadges';
import type { CustomerHomeQuery as CustomerHomeData } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount, standingOf } from '../billing/money';
import { BILLING_PATH } from '../billing/pageIds';
import { DOMAINS_PATH } from '../domains/pageIds';
import { CertificateWarningsCard } from './CertificateWarningsCard';
import { pendingDomains, taskPath, usageBars, type UsageBar } from './overview';
import { CustomerHomeQuery, UsageHistoryQuery } from './overview.operations';
import { UsageHistoryCard } from './UsageHistoryCard';

type Data = CustomerHomeData;

/*
 * The bars' few rules as style objects, not a stylesheet: a stylesheet of this chunk would add to the
 * first load's list of what to preload with it. Colours are the brand's, so a theme restyles them.
 */
const TRACK = {
  height: '0.5rem',
  borderRadius: '9999px',
  overflow: 'hidden',
  background: 'color-mix(in oklab, var(--brand-neutral) 10%, white)',
} as const;
const FILL = { ok: 'var(--brand-primary)', near: 'var(--brand-warning)', full: 'var(--brand-danger)' } as const;

/** Months of history on a customer's home: a year. */
const MONTHS = 12;

/**
 * A customer's home for their active account: what they owe, domains not serving yet and why,
 * certificates to act on, the latest changes, how much of the plan is used, and use over time.
 */
export function CustomerHome({ accountId }: { accountId: string }) {
  const { data, error, refetch } = useQuery(CustomerHomeQuery, {
    variables: { accountId },
    fetchPolicy: 'cache-and-network',
  });
  const history = useQuery(UsageHistoryQuery, { variables: { accountId, months: MONTHS } });
  const months = history.data?.usageHistory;
  if (!data) return error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />;
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        <MoneyCard data={data} />
        <UsageBarsCard bars={usageBars(data.account.limits, months?.[months.length - 1])} />
      </div>
      <PendingDomainsCard domains={data.domains} />
      <CertificateWarningsCard />
      <RecentTasksCard tasks={data.recentTasks} />
      <UsageHistoryCard months={months} company={false} />
    </>
  );
}

function MoneyCard({ data }: { data: Data }) {
  const { t, language, formatDate } = useI18n();
  const locale = locales[language];
  const { balance } = data.accountBalance;
  const open = data.invoices;
  const owes = standingOf(balance.minorUnits) === 'OWES';
  return (
    <Card
      title={t('overview.money.title')}
      testId="home-money"
      aside={
        <Link to="/invoices?state=OPEN" className="link text-sm" data-test-id="home-invoices-link">
          {t('overview.money.all')}
        </Link>
      }
    >
      <Link
        to={BILLING_PATH}
        className="block"
        data-test-id="home-balance"
        data-amount={balance.amount}
        data-currency={balance.currency}
      >
        <span className="text-sm text-muted">{t('overview.money.balance')}</span>
        <span className={`block text-2xl font-semibold tabular-nums ${owes ? 'text-red-700' : 'text-ink'}`}>
          {`${formatAmount(balance.amount, locale)} ${balance.currency}`}
        </span>
      </Link>
      <p className="mt-3 text-sm font-medium" data-test-id="home-open-invoices" data-count={open.totalCount}>
        {open.totalCount === 0
          ? t('overview.money.none')
          : open.totalCount === 1
            ? t('overview.money.open.one')
            : t('overview.money.open', { count: open.totalCount })}
      </p>
      {open.nodes.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {open.nodes.map((i) => (
            <li key={i.id} className="flex flex-wrap justify-between gap-2" data-test-id="home-open-invoice">
              <Link to={`/invoices/${i.id}`} className="link">
                {t('overview.money.invoice', { number: i.number })}
              </Link>
              <span className="tabular-nums">
                {`${formatAmount(i.total.amount, locale)} ${i.total.currency}`}
                {i.dueAt ? (
                  <span className="text-muted">{` · ${t('overview.money.due', { date: formatDate(i.dueAt) })}`}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function UsageBarsCard({ bars }: { bars: readonly UsageBar[] }) {
  const { t, formatBytes } = useI18n();
  const figure = (kind: UsageBar['kind'], n: number) =>
    kind === 'DISK_MB' ? formatBytes(n * 1024 * 1024) : kind === 'TRAFFIC_GB' ? `${n} GB` : String(n);
  return (
    <Card
      title={t('overview.usage.title')}
      testId="home-usage"
      aside={
        <Link to="/plan" className="link text-sm">
          {t('overview.usage.plan')}
        </Link>
      }
    >
      {bars.length === 0 ? (
        <p className="text-sm text-muted">{t('overview.usage.none')}</p>
      ) : (
        <ul className="space-y-3">
          {bars.map((b) => {
            const label = t(`plansUser.resource.${b.kind}`);
            const used = figure(b.kind, b.used);
            const text =
              b.limit === null
                ? t('overview.usage.unlimited', { used })
                : t('overview.usage.of', { used, limit: figure(b.kind, b.limit) });
            return (
              <li
                key={b.kind}
                data-test-id="usage-bar"
                data-kind={b.kind}
                data-used={b.used}
                data-percent={b.percent ?? ''}
              >
                <div className="flex flex-wrap justify-between gap-2 text-sm">
                  <span className="font-medium">{label}</span>
                  <span className="tabular-nums text-muted">{text}</span>
                </div>
                {b.percent !== null ? (
                  <div
                    style={TRACK}
                    role="meter"
                    aria-label={label}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={b.percent}
                    aria-valuetext={text}
                  >
                    <div
                      data-tone={b.tone}
                      style={{
                        height: '100%',
                        borderRadius: '9999px',
                        background: FILL[b.tone],
                        width: `${b.percent}%`,
                      }}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function PendingDomainsCard({ domains }: { domains: Data['domains'] }) {
  const t = useI18n().t;
  const pending = pendingDomains(domains);
  if (!pending.length) return null;
  return (
    <Card
      title={t('overview.domains.title')}
      testId="home-pending-domains"
      aside={
        <Link to={DOMAINS_PATH} className="link text-sm">
          {t('overview.domains.all')}
        </Link>
      }
    >
      <ul className="space-y-3">
        {pending.map(({ domain, reason, nameServers, path }) => (
          <li
            key={domain.id}
            data-test-id="home-pending-domain"
            data-domain-id={domain.id}
            data-reason={reason}
            className={`rounded-lg border px-4 py-3 text-sm ${
              reason === 'failed'
                ? 'border-red-200 bg-red-50 text-red-900'
                : 'border-amber-200 bg-amber-50 text-amber-900'
            }`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link to={path} className="link font-medium break-all">
                {domain.unicodeName ?? domain.name ?? t('overview.domains.noName')}
              </Link>
              <ProvisionBadge state={domain.state} />
            </div>
            <p className="mt-1">{t(`overview.domains.${reason}`)}</p>
            {nameServers.length ? (
              <p className="mt-1" data-test-id="home-pending-domain-ns">
                {t('overview.domains.nameServers', { list: nameServers.join(', ') })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function RecentTasksCard({ tasks }: { tasks: Data['recentTasks'] }) {
  const { t, formatDate } = useI18n();
  return (
    <Card title={t('overview.tasks.title')} testId="home-recent-tasks">
      {tasks.length === 0 ? (
        <p className="text-sm text-muted">{t('overview.tasks.none')}</p>
      ) : (
        <ul className="space-y-3">
          {tasks.map((task) => {
            const to = taskPath(task.kind);
            const subject: ReactNode = task.subject || task.kind;
            return (
              <li
                key={task.id}
                data-test-id="home-recent-task"
                data-state={task.state}
                className="flex flex-wrap items-center justify-between gap-2 text-sm"
              >
                <div className="min-w-0">
                  {to ? (
                    <Link to={to} className="link font-medium break-all">
                      {subject}
                    </Link>
                  ) : (
                    <span className="font-medium break-all">{subject}</span>
                  )}
                  <span className="block text-xs text-muted">
                    {`${task.kind} · ${formatDate(task.finishedAt ?? task.createdAt)}`}
                  </span>
                </div>
                <TaskStateBadge state={task.state} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
