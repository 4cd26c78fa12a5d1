import { useMutation, useQuery } from '@apollo/client';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import type { ResellerFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { RESELLERS_PATH } from './paths';
import { ResellerAdminsCard } from './ResellerAdminsCard';
import { ResellerEditForm } from './ResellerEditForm';
import { ResellerPlanCard } from './ResellerPlanCard';
import { DeleteResellerMutation, ResellerQuery } from './resellers.operations';
import { ResellerServiceCard } from './ResellerServiceCard';
import { ResellerStatusBadge } from './ResellerStatusBadge';

/**
 * Master admin: one reseller (`/admin/resellers/:id`): its host and status, its name and company
 * details, suspending and resuming it, deleting it, "Log in as" its admins, and its reseller plan with
 * its quotas.
 */
export function ResellerPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const messages = usePageMessages();
  const { data, error, refetch } = useQuery(ResellerQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [remove, removing] = useMutation(DeleteResellerMutation, {
    // Lists cached with it (resellers, and the users of every company) are fetched again when shown.
    update(cache) {
      cache.evict({ fieldName: 'resellers' });
      cache.evict({ fieldName: 'users' });
    },
  });
  const reseller = data?.reseller;
  const back = <BackLink to={RESELLERS_PATH} label={t('reseller.back')} />;

  if (!reseller) {
    return (
      <Page id="reseller" title={t('resellers.title')} back={back}>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }

  async function onDelete(name: string) {
    try {
      await remove({ variables: { id } });
      const state: NoticeState = { notice: t('reseller.deleted', { name }) };
      navigate(RESELLERS_PATH, { state });
    } catch (err) {
      // CONFLICT while it has accounts or a DNS zone: the API's message says which.
      messages.failed(err);
    }
  }

  return (
    <Page
      id="reseller"
      title={reseller.name}
      intro={<ResellerSummary reseller={reseller} />}
      back={back}
      actions={
        reseller.isRoot ? null : (
          <ConfirmButton
            testId="reseller-delete"
            label={t('common.delete')}
            question={t('reseller.deleteQuestion', { name: reseller.name })}
            busy={removing.loading}
            onConfirm={() => onDelete(reseller.name)}
          />
        )
      }
    >
      {messages.view}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <ResellerEditForm key={reseller.id} reseller={reseller} onDone={messages.done} className="lg:col-span-2" />
        <div className="space-y-6">
          {reseller.isRoot ? null : <ResellerServiceCard reseller={reseller} onDone={messages.done} />}
          <ResellerAdminsCard reseller={reseller} onError={messages.failed} />
        </div>
      </div>
      {reseller.isRoot ? null : <ResellerPlanCard resellerId={reseller.id} onDone={messages.done} />}
    </Page>
  );
}

/** Under the title: the panel host and the status, with when and why it was suspended. */
function ResellerSummary({ reseller }: { reseller: ResellerFieldsFragment }) {
  const { t, formatDate } = useI18n();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <span data-test-id="reseller-host" className="font-mono">
        {reseller.cpHost ?? t('reseller.noHost')}
      </span>
      <ResellerStatusBadge status={reseller.status} />
      {reseller.status === 'SUSPENDED' ? (
        <span data-test-id="reseller-suspension">
          {reseller.suspendedAt ? t('reseller.suspendedSince', { date: formatDate(reseller.suspendedAt) }) : null}
          {reseller.suspendedReason ? ` · ${t('reseller.suspendedWhy', { reason: reseller.suspendedReason })}` : null}
        </span>
      ) : null}
    </span>
  );
}
