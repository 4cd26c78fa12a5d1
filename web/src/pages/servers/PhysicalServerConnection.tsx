import { useMutation } from '@apollo/client';
import type { ReactNode } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Card } from '../../components/Page';
import type { PhysicalServerFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { keyActionsOf } from './serverAccess';
import {
  ForgetPhysicalServerHostKeyMutation,
  IssuePhysicalServerKeyMutation,
  RevokePhysicalServerKeyMutation,
  RotatePhysicalServerKeyMutation,
} from './servers.operations';

interface ConnectionProps {
  server: PhysicalServerFieldsFragment;
  /** Runs a key action and reports its outcome on the page (usePageMessages().run). */
  run(action: () => Promise<unknown>, success: string): Promise<boolean>;
}

/** How the panel reaches the machine, its host key and the panel's key to it, with the key actions (SSH). */
export function PhysicalServerConnection({ server, run }: ConnectionProps) {
  const { t, formatDate } = useI18n();
  const ssh = server.transport === 'SSH';
  const variables = { id: server.id };
  const [rotate, rotating] = useMutation(RotatePhysicalServerKeyMutation, { variables });
  const [revoke, revoking] = useMutation(RevokePhysicalServerKeyMutation, { variables });
  const [issue, issuing] = useMutation(IssuePhysicalServerKeyMutation, { variables });
  const [forget, forgetting] = useMutation(ForgetPhysicalServerHostKeyMutation, { variables });
  const busy = rotating.loading || revoking.loading || issuing.loading || forgetting.loading;
  const actions = keyActionsOf(server);
  const name = server.name;
  const dateOr = (iso: string | null, otherwise: string) => (iso ? formatDate(iso) : otherwise);

  return (
    <Card title={t('physical.connection')} className="max-w-3xl" testId="physical-server-connection">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
        <Item label={t('physical.conn.transport')}>
          <span data-test-id="physical-server-transport" data-transport={server.transport}>
            {t(`transport.${server.transport}`)}
          </span>
          <span className="block text-xs text-muted">{t(`transport.desc.${server.transport}`)}</span>
        </Item>
        <Item label={t('physical.conn.address')}>
          <span className="font-mono">{server.address}</span>
        </Item>
        {ssh ? (
          <>
            <Item label={t('physical.conn.sshPort')}>
              <span data-test-id="physical-server-ssh-port">{server.sshPort}</span>
            </Item>
            <Item label={t('physical.conn.sshUser')}>
              <span className="font-mono" data-test-id="physical-server-ssh-user">
                {server.sshUser}
              </span>
            </Item>
            <Item label={t('physical.conn.hostKey')}>
              {server.hostKey ? (
                <code className="font-mono text-xs break-all select-all" data-test-id="physical-server-host-key">
                  {server.hostKey}
                </code>
              ) : (
                <span className="text-muted" data-test-id="physical-server-host-key">
                  {t('physical.conn.hostKeyNone')}
                </span>
              )}
            </Item>
          </>
        ) : null}
        <Item label={t('physical.conn.firstAnswered')}>
          <span
            data-test-id="physical-server-first-answered"
            className={server.firstAnsweredAt ? undefined : 'text-muted'}
          >
            {dateOr(server.firstAnsweredAt, t('physical.notYet'))}
          </span>
        </Item>
        {ssh ? (
          <>
            <Item label={t('physical.conn.keyIssued')}>
              <span data-test-id="physical-server-key-issued">{dateOr(server.accessIssuedAt, '—')}</span>
            </Item>
            <Item label={t('physical.conn.keyConfirmed')}>
              <span
                data-test-id="physical-server-key-confirmed"
                className={server.accessConfirmedAt ? undefined : 'text-muted'}
              >
                {dateOr(server.accessConfirmedAt, t('physical.notYet'))}
              </span>
            </Item>
            <Item label={t('physical.conn.keyRevoked')}>
              {server.accessRevokedAt ? (
                <span
                  data-test-id="physical-server-key-revoked"
                  className="rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-700 ring-1 ring-red-600/20 ring-inset"
                >
                  {formatDate(server.accessRevokedAt)}
                </span>
              ) : (
                <span data-test-id="physical-server-key-revoked" className="text-muted">
                  —
                </span>
              )}
            </Item>
          </>
        ) : null}
      </dl>
      {ssh && (actions.rotate || actions.revoke || actions.issue || actions.forgetHostKey) ? (
        <div className="mt-5 space-y-3 border-t border-line pt-4">
          <h3 className="text-sm font-semibold text-ink">{t('physical.keyTitle')}</h3>
          <ul className="space-y-3 text-sm">
            {actions.rotate ? (
              <Action hint={t('physical.rotateKeyHint')}>
                <button
                  type="button"
                  data-test-id="physical-server-rotate-key"
                  className="btn btn-secondary btn-sm"
                  disabled={busy}
                  onClick={() => void run(() => rotate(), t('physical.rotated', { name }))}
                >
                  {t('physical.rotateKey')}
                </button>
              </Action>
            ) : null}
            {actions.issue ? (
              <Action hint={t('physical.issueKeyHint')}>
                <button
                  type="button"
                  data-test-id="physical-server-issue-key"
                  className="btn btn-secondary btn-sm"
                  disabled={busy}
                  onClick={() => void run(() => issue(), t('physical.issued', { name }))}
                >
                  {t('physical.issueKey')}
                </button>
              </Action>
            ) : null}
            {actions.revoke ? (
              <Action hint={t('physical.revokeKeyHint')}>
                <ConfirmButton
                  testId="physical-server-revoke-key"
                  label={t('physical.revokeKey')}
                  question={t('physical.revokeQuestion', { name })}
                  busy={busy}
                  onConfirm={() => run(() => revoke(), t('physical.revoked', { name }))}
                />
              </Action>
            ) : null}
            {actions.forgetHostKey ? (
              <Action hint={t('physical.forgetHostKeyHint')}>
                <ConfirmButton
                  testId="physical-server-forget-host-key"
                  label={t('physical.forgetHostKey')}
                  question={t('physical.forgetHostKeyQuestion', { name })}
                  busy={busy}
                  onConfirm={() => run(() => forget(), t('physical.hostKeyForgotten', { name }))}
                />
              </Action>
            ) : null}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

function Action({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-1.5 sm:flex-row sm:items-start sm:gap-4">
      <div className="shrink-0">{children}</div>
      <p className="text-xs text-muted">{hint}</p>
    </li>
  );
}
