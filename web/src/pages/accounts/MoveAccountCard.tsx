import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/Field';
import { noErrors } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePollWhile } from '../../components/usePollWhile';
import { useI18n } from '../../i18n/I18nProvider';
import {
  AccountMoveQuery,
  MoveAccountDatabasesMutation,
  MoveAccountSitesMutation,
  MoveAccountZonesMutation,
} from './accounts.operations';
import { movedMessage, optionLabel, type Moved } from './moveMessages';
import { asMoveKind, MOVE_KINDS, moveTargets, placementsOf, type MoveKind } from './moveTargets';

const FIELDS = ['fromServerId', 'toServerId'] as const;

interface MoveAccountCardProps {
  accountId: string;
  onDone(message: string): void;
}

/**
 * Master admin: moves an account's web sites, DNS zones or MySQL databases to another server of the
 * same group (`move-*`), from where the API says the account is. Refusals (disabled, machine down,
 * things being set up, already there…) are the API's CONFLICT messages, shown in the card.
 */
export function MoveAccountCard({ accountId, onDone }: MoveAccountCardProps) {
  const { t, formatDate } = useI18n();
  const query = useQuery(AccountMoveQuery, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  const [moveSites] = useMutation(MoveAccountSitesMutation);
  const [moveZones] = useMutation(MoveAccountZonesMutation);
  const [moveDatabases] = useMutation(MoveAccountDatabasesMutation);
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const [kind, setKind] = useState<MoveKind>('WEB');
  const [fromId, setFromId] = useState('');
  const [toServerId, setToServerId] = useState('');
  // A MySQL move ends in a task: the account's placement names the new server only then.
  const [dbMove, setDbMove] = useState<{ from: string; to: string } | null>(null);

  const data = query.data;
  const placed = data ? placementsOf(data.account, kind) : [];
  const from = placed.find((s) => s.id === fromId) ?? placed[0];
  const targets = data && from ? moveTargets(data.logicalServers, from, placed) : [];
  const dbMoving = dbMove !== null && data?.account.servers.some((s) => s.kind === 'MYSQL' && s.name === dbMove.from);
  usePollWhile(query, Boolean(dbMoving));

  function choose(next: MoveKind) {
    setKind(next);
    setFromId('');
    setToServerId('');
    setErrors(noErrors);
  }

  async function send(): Promise<Moved | null> {
    if (kind === 'DNS') {
      const variables = { accountId, fromServerId: from?.id ?? '', toServerId };
      const move = (await moveZones({ variables })).data?.moveAccountZones;
      return move ? { kind, move } : null;
    }
    if (kind === 'MYSQL') {
      const move = (await moveDatabases({ variables: { accountId, toServerId } })).data?.moveAccountDatabases;
      return move ? { kind, move } : null;
    }
    const move = (await moveSites({ variables: { accountId, toServerId } })).data?.moveAccountSites;
    return move ? { kind, move } : null;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    let moved = null as Moved | null;
    const ok = await run(async () => {
      moved = await send();
    });
    if (!ok || !moved) return;
    onDone(movedMessage(t, formatDate, moved));
    if (moved.kind === 'MYSQL') setDbMove({ from: moved.move.from, to: moved.move.to });
    setFromId('');
    setToServerId('');
    void query.refetch();
  }

  return (
    <Card title={t('moveAccount.title')} testId="move-account-card">
      {!data ? (
        query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
          <FormError message={errors.general} />
          <SelectField
            name="kind"
            testId="move-kind"
            label={t('moveAccount.kind')}
            value={kind}
            onChange={(e) => choose(asMoveKind(e.target.value))}
          >
            {MOVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`moveAccount.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          <p className="text-xs text-muted" data-test-id="move-hint">
            {t(`moveAccount.explain.${kind}`)}
          </p>
          {!from ? (
            <p className="text-sm text-muted" data-test-id="move-nothing">
              {t(`moveAccount.nothing.${kind}`)}
            </p>
          ) : (
            <>
              <p className="text-sm" data-test-id="move-current" data-servers={placed.map((s) => s.name).join(' ')}>
                {t('moveAccount.now', { servers: placed.map((s) => s.name).join(', ') })}
                {kind === 'MYSQL' && dbMoving ? (
                  <span className="text-muted"> · {t('moveAccount.moving', { to: dbMove.to })}</span>
                ) : null}
              </p>
              {kind === 'DNS' ? (
                <SelectField
                  name="fromServerId"
                  testId="move-from"
                  label={t('moveAccount.from')}
                  hint={t('moveAccount.fromHint')}
                  error={errors.fields.fromServerId}
                  value={from.id}
                  onChange={(e) => {
                    setFromId(e.target.value);
                    setToServerId('');
                  }}
                >
                  {placed.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {targets.length === 0 ? (
                <p className="text-sm text-muted" data-test-id="move-none">
                  {t('moveAccount.none', { from: from.name })}
                </p>
              ) : (
                <>
                  <SelectField
                    name="toServerId"
                    testId="move-server"
                    label={t(`moveAccount.server.${kind}`)}
                    hint={
                      from.group
                        ? t('moveAccount.serverHint', { group: from.group.name, from: from.name })
                        : t('moveAccount.serverHintNoGroup', { from: from.name })
                    }
                    error={errors.fields.toServerId}
                    value={toServerId}
                    onChange={(e) => setToServerId(e.target.value)}
                  >
                    <option value="">{t('moveAccount.choose')}</option>
                    {targets.map((s) => (
                      <option key={s.id} value={s.id}>
                        {optionLabel(t, s)}
                      </option>
                    ))}
                  </SelectField>
                  <button
                    type="submit"
                    data-test-id="move-submit"
                    className="btn btn-primary w-full"
                    disabled={busy || !toServerId}
                  >
                    {t(`moveAccount.submit.${kind}`)}
                  </button>
                </>
              )}
            </>
          )}
        </form>
      )}
    </Card>
  );
}
