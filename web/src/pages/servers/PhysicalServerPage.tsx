import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import { usePollWhile } from '../../components/usePollWhile';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { EnabledBadge } from './EnabledBadge';
import { LOGICAL_SERVERS_PATH } from './LogicalServersPage';
import { PhysicalServerConnection } from './PhysicalServerConnection';
import { NEW_PHYSICAL_SERVER, PhysicalServerForm } from './PhysicalServerForm';
import { PhysicalServerHealth } from './PhysicalServerHealth';
import { PHYSICAL_SERVERS_PATH } from './PhysicalServersPage';
import { SetupCommand, useCheckWhile } from './PhysicalServerSetup';
import { pendingSetup } from './serverAccess';
import {
  CreatePhysicalServerMutation,
  DeletePhysicalServerMutation,
  PhysicalServerQuery,
  UpdatePhysicalServerMutation,
} from './servers.operations';

/** While a machine has not answered its setup command, its page reads it this often. */
const SETUP_POLL_MS = 3000;

/** Master admin: a new physical server (`/new`), or one server to edit or delete (`/:id`). */
export function PhysicalServerPage() {
  const { id } = useParams();
  return id ? <EditPhysicalServer id={id} /> : <NewPhysicalServer />;
}

function NewPhysicalServer() {
  const t = useT();
  const navigate = useNavigate();
  const [create] = useMutation(CreatePhysicalServerMutation);
  return (
    <Page
      id="physical-server-new"
      title={t('physical.createTitle')}
      back={<BackLink to={PHYSICAL_SERVERS_PATH} label={t('physical.back')} />}
    >
      <PhysicalServerForm
        initial={NEW_PHYSICAL_SERVER}
        submitLabel={t('physical.createSubmit')}
        onSubmit={async (input) => {
          const res = await create({ variables: { input } });
          const created = res.data?.createPhysicalServer;
          const state: NoticeState = { notice: t('physical.created', { name: created?.name ?? input.name }) };
          // An SSH machine's page shows the setup command the operator runs next.
          navigate(created?.transport === 'SSH' ? `${PHYSICAL_SERVERS_PATH}/${created.id}` : PHYSICAL_SERVERS_PATH, {
            state,
          });
        }}
      />
    </Page>
  );
}

function EditPhysicalServer({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const messages = usePageMessages();
  const query = useQuery(PhysicalServerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error, refetch } = query;
  const [update] = useMutation(UpdatePhysicalServerMutation);
  const [remove, removing] = useMutation(DeletePhysicalServerMutation);
  const server = data?.physicalServer;
  const setup = server ? pendingSetup(server) : null;

  // Until the machine answers, read it often and have the panel check it, so the page notices.
  usePollWhile(query, !!setup, SETUP_POLL_MS);
  useCheckWhile(id, !!setup);
  const wasWaiting = useRef(false);
  const { done } = messages;
  useEffect(() => {
    // Answered, not merely revoked or gone: the current key was accepted.
    if (wasWaiting.current && server && !setup && server.accessConfirmedAt && !server.accessRevokedAt) {
      const at = server.accessConfirmedAt ?? server.firstAnsweredAt;
      done(
        t('physical.answered', {
          name: server.name,
          at: at ? formatDate(at) : '—',
          hostKey: server.hostKey ?? '—',
        }),
      );
    }
    wasWaiting.current = !!setup;
  }, [done, formatDate, server, setup, t]);

  const back = <BackLink to={PHYSICAL_SERVERS_PATH} label={t('physical.back')} />;

  if (!server) {
    return (
      <Page id="physical-server" title={t('physical.editTitle', { name: '…' })} back={back}>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }

  async function onDelete() {
    try {
      await remove({ variables: { id } });
      const state: NoticeState = { notice: t('physical.deleted', { name: server!.name }) };
      navigate(PHYSICAL_SERVERS_PATH, { state });
    } catch (err) {
      messages.failed(err);
    }
  }

  return (
    <Page
      id="physical-server"
      title={t('physical.editTitle', { name: server.name })}
      back={back}
      actions={
        <ConfirmButton
          testId="physical-server-delete"
          label={t('common.delete')}
          question={t('physical.deleteQuestion', { name: server.name })}
          busy={removing.loading}
          onConfirm={onDelete}
        />
      }
    >
      {messages.view}
      {setup ? <SetupCommand command={setup} sshUser={server.sshUser} /> : null}
      <PhysicalServerConnection server={server} run={messages.run} />
      <PhysicalServerHealth server={server} onDone={messages.done} onError={messages.failed} />
      <PhysicalServerForm
        key={server.id}
        initial={server}
        submitLabel={t('common.save')}
        onSubmit={async (input) => {
          await update({ variables: { id, input } });
          messages.done(t('physical.saved', { name: input.name }));
        }}
      />
      <Card title={t('physical.logicalServers')} className="max-w-3xl" flush>
        <DataTable
          testId="physical-server-logical-table"
          rows={server.logicalServers}
          rowKey={(l) => l.id}
          rowAttributes={(l) => ({ 'data-test-id': 'logical-server-row', 'data-name': l.name })}
          empty={t('physical.noLogical')}
          columns={[
            {
              id: 'name',
              header: t('logical.col.name'),
              cell: (l) => (
                <Link to={`${LOGICAL_SERVERS_PATH}/${l.id}`} className="link">
                  {l.name}
                </Link>
              ),
            },
            { id: 'kind', header: t('logical.col.kind'), cell: (l) => t(`serverKind.${l.kind}`) },
            { id: 'driver', header: t('logical.col.driver'), cell: (l) => t(`driver.${l.driver}`) },
            { id: 'enabled', header: t('logical.col.enabled'), cell: (l) => <EnabledBadge enabled={l.enabled} /> },
          ]}
        />
      </Card>
    </Page>
  );
}
