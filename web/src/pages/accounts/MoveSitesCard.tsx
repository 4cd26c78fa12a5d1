import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { MoveAccountSitesMutation as MoveResult } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/translate';
import { MoveAccountSitesMutation, SiteMoveServersQuery } from './accounts.operations';
import { moveTargets, type MoveTarget } from './moveTargets';

type SiteMove = MoveResult['moveAccountSites'];

const FIELDS = ['toServerId'] as const;

interface MoveSitesCardProps {
  accountId: string;
  onDone(message: string): void;
}

/**
 * Master admin: moves an account's web sites to another web server of the same group
 * (`move-sites-*`). Refusals (another group, disabled, machine down, sites being set up, already
 * there) are the API's CONFLICT messages, shown in the card.
 */
export function MoveSitesCard({ accountId, onDone }: MoveSitesCardProps) {
  const t = useT();
  const servers = useQuery(SiteMoveServersQuery, { fetchPolicy: 'cache-and-network' });
  const [move] = useMutation(MoveAccountSitesMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [toServerId, setToServerId] = useState('');
  // The account's web server, once a move made here named it (the API does not expose it otherwise).
  const [current, setCurrent] = useState<string | null>(null);
  const groups = moveTargets(servers.data?.logicalServers ?? [], current);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let moved = null as SiteMove | null;
    const ok = await run(async () => {
      moved = (await move({ variables: { accountId, toServerId } })).data?.moveAccountSites ?? null;
    });
    if (ok && moved) {
      onDone(movedMessage(t, moved));
      setCurrent(moved.to);
      setToServerId('');
    }
  }

  return (
    <Card title={t('moveSites.title')} testId="move-sites-card">
      <p className="mb-4 text-xs text-muted" data-test-id="move-sites-hint">
        {t('moveSites.explain')}
      </p>
      {!servers.data ? (
        servers.error ? (
          <LoadError error={servers.error} onRetry={() => void servers.refetch()} />
        ) : (
          <Loading />
        )
      ) : groups.length === 0 ? (
        <p className="text-sm text-muted" data-test-id="move-sites-none">
          {t('moveSites.none')}
        </p>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
          <FormError message={errors.general} />
          <SelectField
            name="toServerId"
            testId="move-sites-server"
            label={t('moveSites.server')}
            hint={current ? t('moveSites.serverHintGroup', { server: current }) : t('moveSites.serverHintAll')}
            error={errors.fields.toServerId}
            value={toServerId}
            onChange={(e) => setToServerId(e.target.value)}
          >
            <option value="">{t('moveSites.choose')}</option>
            {groups.map((g) => (
              <optgroup key={g.group?.id ?? ''} label={g.group?.name ?? t('moveSites.noGroup')}>
                {g.servers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {optionLabel(t, s)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <button
            type="submit"
            data-test-id="move-sites-submit"
            className="btn btn-primary w-full"
            disabled={busy || !toServerId}
          >
            {t('moveSites.submit')}
          </button>
        </form>
      )}
    </Card>
  );
}

/** A server as the select lists it: its machine, and why it would refuse the sites now. */
function optionLabel(t: Translate, s: MoveTarget): string {
  const label = t('moveSites.option', { name: s.name, machine: s.physical.name });
  const refusals = [
    ...(s.enabled ? [] : [t('moveSites.disabled')]),
    ...(s.physical.health === 'DOWN' ? [t('moveSites.machineDown')] : []),
  ];
  return refusals.length ? `${label} (${refusals.join(', ')})` : label;
}

function movedMessage(t: Translate, moved: SiteMove): string {
  const { from, to } = moved;
  if (moved.sites === 0) return t('moveSites.movedNone', { id: moved.accountId, from, to });
  if (moved.sites === 1) return t('moveSites.movedOne', { from, to });
  return t('moveSites.movedOther', { count: moved.sites, from, to });
}
