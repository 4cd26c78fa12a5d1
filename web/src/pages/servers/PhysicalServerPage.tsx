import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { EnabledBadge } from './EnabledBadge';
import { LOGICAL_SERVERS_PATH } from './LogicalServersPage';
import { NEW_PHYSICAL_SERVER, PhysicalServerForm } from './PhysicalServerForm';
import { PHYSICAL_SERVERS_PATH } from './PhysicalServersPage';
import {
  CreatePhysicalServerMutation,
  DeletePhysicalServerMutation,
  PhysicalServerQuery,
  UpdatePhysicalServerMutation,
} from './servers.operations';

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
          const state: NoticeState = {
            notice: t('physical.created', { name: res.data?.createPhysicalServer.name ?? input.name }),
          };
          navigate(PHYSICAL_SERVERS_PATH, { state });
        }}
      />
    </Page>
  );
}

function EditPhysicalServer({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const messages = usePageMessages();
  const { data, error, refetch } = useQuery(PhysicalServerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdatePhysicalServerMutation);
  const [remove, removing] = useMutation(DeletePhysicalServerMutation);
  const server = data?.physicalServer;
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
