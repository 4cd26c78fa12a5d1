import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages, type NoticeState } from '../../components/PageMessages';
import { SERVER_KINDS, oneOf } from '../../graphql/enums';
import { useT } from '../../i18n/I18nProvider';
import { EnabledBadge } from './EnabledBadge';
import { LOGICAL_SERVERS_PATH } from './LogicalServersPage';
import { ServerGroupForm } from './ServerGroupForm';
import { SERVER_GROUPS_PATH } from './ServerGroupsPage';
import {
  CreateServerGroupMutation,
  DeleteServerGroupMutation,
  ServerGroupsQuery,
  UpdateServerGroupMutation,
} from './servers.operations';

/** Master admin: a new server group (`/new`), or one to edit or delete (`/:id`). */
export function ServerGroupPage() {
  const { id } = useParams();
  return id ? <EditServerGroup id={id} /> : <NewServerGroup />;
}

function NewServerGroup() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(CreateServerGroupMutation);
  const kind = oneOf(SERVER_KINDS, params.get('kind') ?? '') ?? 'WEB';
  return (
    <Page
      id="server-group-new"
      title={t('groups.createTitle')}
      back={<BackLink to={SERVER_GROUPS_PATH} label={t('groups.back')} />}
    >
      <ServerGroupForm
        initial={{ name: '', kind, policy: 'RANDOM', isDefault: false }}
        kindFixed={false}
        submitLabel={t('groups.createSubmit')}
        onSubmit={async (input) => {
          const res = await create({ variables: { input } });
          const state: NoticeState = {
            notice: t('groups.created', { name: res.data?.createServerGroup.name ?? input.name }),
          };
          navigate(SERVER_GROUPS_PATH, { state });
        }}
      />
    </Page>
  );
}

function EditServerGroup({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const messages = usePageMessages();
  // Groups are few: the list query serves the detail page too (and is then cached for the list).
  const { data, error, refetch } = useQuery(ServerGroupsQuery, {
    variables: { kind: null },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdateServerGroupMutation, { refetchQueries: ['ServerGroups'] });
  const [remove, removing] = useMutation(DeleteServerGroupMutation);
  const group = data?.serverGroups.find((g) => g.id === id);
  const back = <BackLink to={SERVER_GROUPS_PATH} label={t('groups.back')} />;

  if (!group) {
    return (
      <Page id="server-group" title={t('groups.editTitle', { name: '…' })} back={back}>
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : data ? (
          <p className="text-sm text-muted">{t('notFound.text')}</p>
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  async function onDelete() {
    try {
      await remove({ variables: { id } });
      const state: NoticeState = { notice: t('groups.deleted', { name: group!.name }) };
      navigate(SERVER_GROUPS_PATH, { state });
    } catch (err) {
      messages.failed(err);
    }
  }

  return (
    <Page
      id="server-group"
      title={t('groups.editTitle', { name: group.name })}
      back={back}
      actions={
        <ConfirmButton
          testId="server-group-delete"
          label={t('common.delete')}
          question={t('groups.deleteQuestion', { name: group.name })}
          busy={removing.loading}
          onConfirm={onDelete}
        />
      }
    >
      {messages.view}
      <ServerGroupForm
        key={group.id}
        initial={group}
        kindFixed
        submitLabel={t('common.save')}
        onSubmit={async ({ name, policy, isDefault }) => {
          await update({ variables: { id, input: { name, policy, isDefault } } });
          messages.done(t('groups.saved', { name }));
        }}
      />
      <Card title={t('groups.col.members')} className="max-w-3xl" flush>
        <DataTable
          testId="server-group-members-table"
          rows={group.members}
          rowKey={(m) => m.id}
          rowAttributes={(m) => ({ 'data-test-id': 'logical-server-row', 'data-name': m.name })}
          empty={t('groups.membersHint')}
          columns={[
            {
              id: 'name',
              header: t('logical.col.name'),
              cell: (m) => (
                <Link to={`${LOGICAL_SERVERS_PATH}/${m.id}`} className="link">
                  {m.name}
                </Link>
              ),
            },
            { id: 'enabled', header: t('logical.col.enabled'), cell: (m) => <EnabledBadge enabled={m.enabled} /> },
          ]}
        />
      </Card>
    </Page>
  );
}
