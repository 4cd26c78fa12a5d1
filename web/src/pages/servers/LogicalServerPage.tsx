import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import { SERVER_KINDS, oneOf } from '../../graphql/enums';
import { useT } from '../../i18n/I18nProvider';
import { LogicalServerForm } from './LogicalServerForm';
import { createInput, updateInput } from './logicalServerInput';
import { LogicalServerResync, canResync } from './LogicalServerResync';
import { LOGICAL_SERVERS_PATH } from './LogicalServersPage';
import { ServerLoadFigures } from './ServerLoadFigures';
import {
  CreateLogicalServerMutation,
  DeleteLogicalServerMutation,
  LogicalServerQuery,
  UpdateLogicalServerMutation,
} from './servers.operations';

/** Master admin: a new logical server (`/new`), or one to edit or delete (`/:id`). */
export function LogicalServerPage() {
  const { id } = useParams();
  return id ? <EditLogicalServer id={id} /> : <NewLogicalServer />;
}

function NewLogicalServer() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(CreateLogicalServerMutation);
  return (
    <Page
      id="logical-server-new"
      title={t('logical.createTitle')}
      intro={t('logical.createIntro')}
      back={<BackLink to={LOGICAL_SERVERS_PATH} label={t('logical.back')} />}
    >
      <LogicalServerForm
        kind={oneOf(SERVER_KINDS, params.get('kind') ?? '')}
        submitLabel={t('logical.createSubmit')}
        onSubmit={async (values) => {
          const res = await create({ variables: { input: createInput(values) } });
          const state: NoticeState = {
            notice: t('logical.created', { name: res.data?.createLogicalServer.name ?? values.name }),
          };
          navigate(LOGICAL_SERVERS_PATH, { state });
        }}
      />
    </Page>
  );
}

function EditLogicalServer({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const messages = usePageMessages();
  const { data, error, refetch } = useQuery(LogicalServerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdateLogicalServerMutation);
  const [remove, removing] = useMutation(DeleteLogicalServerMutation);
  const [saves, setSaves] = useState(0);
  const server = data?.logicalServer;
  const back = <BackLink to={LOGICAL_SERVERS_PATH} label={t('logical.back')} />;

  if (!server) {
    return (
      <Page id="logical-server" title={t('logical.editTitle', { name: '…' })} back={back}>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }

  async function onDelete() {
    try {
      await remove({ variables: { id } });
      const state: NoticeState = { notice: t('logical.deleted', { name: server!.name }) };
      navigate(LOGICAL_SERVERS_PATH, { state });
    } catch (err) {
      messages.failed(err);
    }
  }

  return (
    <Page
      id="logical-server"
      title={t('logical.editTitle', { name: server.name })}
      intro={`${t(`serverKind.${server.kind}`)} · ${server.physical.name}`}
      back={back}
      actions={
        <ConfirmButton
          testId="logical-server-delete"
          label={t('common.delete')}
          question={t('logical.deleteQuestion', { name: server.name })}
          busy={removing.loading}
          onConfirm={onDelete}
        />
      }
    >
      {messages.view}
      <Card title={t('logical.col.load')} className="max-w-3xl">
        <ServerLoadFigures server={server} />
      </Card>
      {canResync(server.kind) ? <LogicalServerResync serverId={server.id} onError={messages.failed} /> : null}
      <LogicalServerForm
        // A fresh form after each save: the password field empties, "set / not set" is current.
        key={`${server.id}:${saves}`}
        server={server}
        submitLabel={t('common.save')}
        onSubmit={async (values) => {
          await update({ variables: { id, input: updateInput(values) } });
          setSaves((n) => n + 1);
          messages.done(t('logical.saved', { name: values.name }));
        }}
      />
    </Page>
  );
}
