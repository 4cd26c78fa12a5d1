import { useQuery } from '@apollo/client';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { AddAccountCard } from './AddAccountCard';
import { ChangePlanCard } from './ChangePlanCard';
import { MyPlanLimits } from './MyPlanLimits';
import { MyPlanProfile } from './MyPlanProfile';
import { MyPlanNotices, MyPlanSummary } from './MyPlanSummary';
import { MyPlanChoicesQuery, MyPlanQuery } from './myPlan.operations';

/**
 * My plan (`/plan`): the active account's plan, period and next invoice, its limits and billing
 * address; changing the plan with a price shown first; and, for end users, opening another account.
 */
export function MyPlanPage() {
  const t = useT();
  const viewer = useViewer();
  const active = viewer.activeAccount;
  const messages = usePageMessages();
  const query = useQuery(MyPlanQuery, {
    variables: { accountId: active?.id ?? '' },
    skip: !active,
    fetchPolicy: 'cache-and-network',
  });
  const choices = useQuery(MyPlanChoicesQuery, { skip: !active, fetchPolicy: 'cache-and-network' });
  const account = query.data?.account;
  const endUser = viewer.role === 'END_USER';
  // End users move only to plans open for signup (the API refuses others); admins to any plan of the company.
  const plans = choices.data?.plans.filter((p) => p.signupEnabled || !endUser);

  if (!active || !account) {
    return (
      <Page id="plan" title={t('plansUser.myPlan.title')}>
        {!active ? (
          <Card>{t('account.none')}</Card>
        ) : query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  const changeable = account.status !== 'MODERATION'; // the API refuses a change before approval
  return (
    <Page
      id="plan"
      title={t('plansUser.myPlan.title')}
      intro={t('plansUser.myPlan.intro', { id: account.id, name: account.name })}
    >
      {messages.view}
      <MyPlanNotices account={account} company={viewer.reseller.name} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <MyPlanSummary account={account} />
        <MyPlanProfile accountId={account.id} profile={query.data?.billingProfile ?? null} onDone={messages.done} />
      </div>
      <MyPlanLimits limits={account.limits} />
      {!changeable && !endUser ? null : plans ? (
        <div className="space-y-6">
          {changeable ? (
            <ChangePlanCard
              accountId={account.id}
              currentPlanId={account.plan?.id ?? null}
              plans={plans}
              onDone={messages.done}
            />
          ) : null}
          {endUser ? <AddAccountCard plans={plans} onDone={messages.done} /> : null}
        </div>
      ) : choices.error ? (
        <LoadError error={choices.error} onRetry={() => void choices.refetch()} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
