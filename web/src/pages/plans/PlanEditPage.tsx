import { useMutation, useQuery } from '@apollo/client';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { PlanForm } from './PlanForm';
import { emptyPlanValues, planValuesFrom } from './planValues';
import { PLANS_PATH } from './PlansPage';
import {
  AdminPlanQuery,
  CreatePlanMutation,
  DeletePlanMutation,
  PlanCurrencyQuery,
  UpdatePlanMutation,
} from './plans.operations';

/** Admin: a new plan (`/admin/plans/new`), or one to edit or delete (`/admin/plans/:id`). */
export function PlanEditPage() {
  const { id } = useParams();
  return id ? <EditPlan id={id} /> : <NewPlan />;
}

function NewPlan() {
  const t = useT();
  const navigate = useNavigate();
  const { reseller } = useViewer();
  const currency =
    useQuery(PlanCurrencyQuery, { variables: { resellerId: reseller.id } }).data?.reseller.currency ?? null;
  const [create] = useMutation(CreatePlanMutation);
  return (
    <Page
      id="plan-edit"
      title={t('plansAdmin.newTitle')}
      intro={t('plansAdmin.editIntro')}
      back={<BackLink to={PLANS_PATH} label={t('plansAdmin.back')} />}
    >
      <PlanForm
        initial={emptyPlanValues()}
        currency={currency}
        submitLabel={t('plansAdmin.createSubmit')}
        onSubmit={async (input) => {
          const res = await create({ variables: { input } });
          const state: NoticeState = {
            notice: t('plansAdmin.created', { name: res.data?.createPlan.name ?? input.name }),
          };
          navigate(PLANS_PATH, { state });
        }}
      />
    </Page>
  );
}

function EditPlan({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const messages = usePageMessages();
  const { data, error, refetch } = useQuery(AdminPlanQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdatePlanMutation);
  const [remove, removing] = useMutation(DeletePlanMutation);
  const plan = data?.plan;
  const back = <BackLink to={PLANS_PATH} label={t('plansAdmin.back')} />;

  if (!plan) {
    return (
      <Page id="plan-edit" title={t('plansAdmin.editTitle', { name: '…' })} back={back}>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }

  async function onDelete() {
    try {
      await remove({ variables: { id } });
      const state: NoticeState = { notice: t('plansAdmin.deleted', { name: plan!.name }) };
      navigate(PLANS_PATH, { state });
    } catch (err) {
      // CONFLICT: accounts are on the plan; the API's message says how many and what to do instead.
      messages.failed(err);
    }
  }

  return (
    <Page
      id="plan-edit"
      title={t('plansAdmin.editTitle', { name: plan.name })}
      intro={t('plansAdmin.editIntro')}
      back={back}
      actions={
        <ConfirmButton
          testId="plan-delete"
          label={t('common.delete')}
          question={t('plansAdmin.deleteQuestion', { name: plan.name })}
          busy={removing.loading}
          onConfirm={onDelete}
        />
      }
    >
      {messages.view}
      <PlanForm
        key={plan.id}
        initial={planValuesFrom(plan)}
        currency={plan.recurringFee.currency}
        submitLabel={t('common.save')}
        onSubmit={async (input) => {
          const res = await update({ variables: { id, input } });
          const state: NoticeState = {
            notice: t('plansAdmin.saved', { name: res.data?.updatePlan.name ?? input.name }),
          };
          navigate(PLANS_PATH, { state });
        }}
      />
    </Page>
  );
}
