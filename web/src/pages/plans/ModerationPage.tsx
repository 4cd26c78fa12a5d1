import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useT } from '../../i18n/I18nProvider';
import { ModerationAccountsQuery } from './moderation.operations';
import { ModerationRow } from './ModerationRow';

/** Admin: signups of moderated plans waiting for approval (status MODERATION); approve or reject each. */
export function ModerationPage() {
  const t = useT();
  const list = useListParams();
  const messages = usePageMessages();
  const { data, status } = useListQuery(ModerationAccountsQuery, {
    variables: { after: list.after || null, first: PAGE_SIZE },
  });

  return (
    <Page id="moderation" title={t('plansAdmin.moderation.title')} intro={t('plansAdmin.moderation.intro')}>
      {messages.view}
      <ListCard
        status={status}
        connection={data?.accounts}
        pager="moderation"
        list={list}
        testId="moderation-table"
        rowKey={(a) => a.id}
        empty={t('plansAdmin.moderation.empty')}
        columns={[
          { id: 'id', header: t('plansAdmin.moderation.col.id') },
          { id: 'name', header: t('plansAdmin.moderation.col.name') },
          { id: 'owner', header: t('plansAdmin.moderation.col.owner') },
          { id: 'plan', header: t('plansAdmin.moderation.col.plan') },
          { id: 'created', header: t('common.created') },
          { id: 'actions', header: t('common.actions'), align: 'right' },
        ]}
        renderRow={(a) => <ModerationRow account={a} report={{ onDone: messages.done, onError: messages.failed }} />}
      />
    </Page>
  );
}
