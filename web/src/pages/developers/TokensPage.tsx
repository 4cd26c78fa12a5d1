import { useMutation, useQuery } from '@apollo/client';
import { useRef, useState } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CopyButton } from '../../components/CopyButton';
import { ListCard } from '../../components/ListCard';
import { Card, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import type { ApiTokenFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { ApiTokensQuery, CompanyApiTokensQuery, RevokeApiTokenMutation } from './developers.operations';
import { TokenForm } from './TokenForm';

const ADMINS = ['MASTER_ADMIN', 'RESELLER_ADMIN'];

/** The API page (API-1): create a token (its secret shown once), see the viewer's tokens and revoke them; admins also their company's. */
export function TokensPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const messages = usePageMessages();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const isAdmin = ADMINS.includes(viewer.role);

  return (
    <Page
      id="developers"
      title={t('developers.title')}
      intro={t('developers.intro', { url: `${window.location.origin}/graphql` })}
      actions={
        creating ? null : (
          <button
            type="button"
            className="btn btn-primary"
            data-test-id="token-new"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('developers.create')}
          </button>
        )
      }
    >
      {messages.view}
      {created ? <SecretCard {...created} onDone={() => setCreated(null)} /> : null}
      {creating ? (
        <TokenForm
          onCancel={() => setCreating(false)}
          onCreated={(secret, name) => {
            setCreating(false);
            setCreated({ secret, name });
          }}
        />
      ) : null}
      <TokenList title={t('developers.mine')} testId="tokens-mine" company={false} messages={messages} />
      {isAdmin ? (
        <TokenList title={t('developers.company')} testId="tokens-company" company messages={messages} />
      ) : null}
    </Page>
  );
}

/** The secret of a token just created, shown this once, with a copy button. */
function SecretCard({ secret, name, onDone }: { secret: string; name: string; onDone(): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Card title={t('developers.secretTitle', { name })} testId="token-secret-card">
      <p className="mb-3 text-sm text-muted">{t('developers.secretIntro')}</p>
      <div className="flex flex-wrap gap-2">
        <input
          className="input flex-1 font-mono text-sm"
          ref={input}
          readOnly
          value={secret}
          data-test-id="token-secret"
          aria-label={t('developers.secretTitle', { name })}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton value={secret} shown={input} testId="token-copy" className="btn btn-secondary" />
        <button type="button" className="btn btn-primary" data-test-id="token-secret-done" onClick={onDone}>
          {t('developers.secretDone')}
        </button>
      </div>
    </Card>
  );
}

function TokenList({
  title,
  testId,
  company,
  messages,
}: {
  title: string;
  testId: string;
  company: boolean;
  messages: ReturnType<typeof usePageMessages>;
}) {
  const { t, formatDate } = useI18n();
  const mine = useQuery(ApiTokensQuery, { skip: company });
  const theirs = useQuery(CompanyApiTokensQuery, { skip: !company });
  const query = company ? theirs : mine;
  const rows = company ? theirs.data?.companyApiTokens : mine.data?.apiTokens;
  const [revoke] = useMutation(RevokeApiTokenMutation, { refetchQueries: ['ApiTokens', 'CompanyApiTokens'] });
  const status = { loading: query.loading, stale: false, error: query.error, refetch: query.refetch };

  return (
    <ListCard<ApiTokenFieldsFragment>
      title={title}
      rows={rows}
      status={status}
      testId={testId}
      rowKey={(token) => token.id}
      rowAttributes={(token) => ({
        'data-test-id': 'token-row',
        'data-token-id': token.id,
        'data-name': token.name,
        'data-status': token.status,
      })}
      empty={t('developers.empty')}
      columns={[
        {
          id: 'name',
          header: t('developers.col.name'),
          cell: (token) => (
            <span>
              <span className="font-medium">{token.name}</span>
              <span className="block font-mono text-xs text-muted">{token.hint}</span>
            </span>
          ),
        },
        ...(company
          ? [
              {
                id: 'owner',
                header: t('developers.col.owner'),
                cell: (token: ApiTokenFieldsFragment) => token.owner.login,
              },
            ]
          : []),
        {
          id: 'scopes',
          header: t('developers.col.scopes'),
          cell: (token) => (
            <ul className="text-xs" data-test-id="token-scopes">
              {token.scopes.map((s) => (
                <li key={s.group}>
                  {t('developers.scopeItem', {
                    group: t(`developers.group.${s.group}`),
                    access: t(`developers.access.${s.access}`),
                  })}
                </li>
              ))}
            </ul>
          ),
        },
        {
          id: 'expires',
          header: t('developers.col.expires'),
          className: 'whitespace-nowrap',
          cell: (token) => formatDate(token.expiresAt),
        },
        {
          id: 'lastUsed',
          header: t('developers.col.lastUsed'),
          className: 'whitespace-nowrap',
          cell: (token) => (
            <span data-test-id="token-last-used">
              {token.lastUsedAt
                ? t('developers.usedFrom', { time: formatDate(token.lastUsedAt), ip: token.lastUsedIp ?? '?' })
                : t('developers.never')}
            </span>
          ),
        },
        {
          id: 'status',
          header: t('developers.col.status'),
          cell: (token) => (
            <Badge tone={token.status === 'ACTIVE' ? 'green' : 'gray'} testId="token-status" value={token.status}>
              {t(`developers.status.${token.status}`)}
            </Badge>
          ),
        },
        {
          id: 'actions',
          header: <span className="sr-only">{t('common.actions')}</span>,
          align: 'right',
          cell: (token) =>
            token.status === 'ACTIVE' ? (
              <ConfirmButton
                testId="token-revoke"
                label={t('developers.revoke')}
                question={t('developers.revokeQuestion', { name: token.name })}
                onConfirm={() => messages.run(() => revoke({ variables: { id: token.id } }), t('developers.revoked'))}
              />
            ) : null,
        },
      ]}
    />
  );
}
