import type {
  MoveAccountDatabasesMutation,
  MoveAccountSitesMutation,
  MoveAccountZonesMutation,
} from '../../graphql/generated/graphql';
import type { Translate } from '../../i18n/translate';
import type { MoveTarget } from './moveTargets';

/** A move as the API queued it, by what moved. */
export type Moved =
  | { kind: 'WEB'; move: MoveAccountSitesMutation['moveAccountSites'] }
  | { kind: 'DNS'; move: MoveAccountZonesMutation['moveAccountZones'] }
  | { kind: 'MYSQL'; move: MoveAccountDatabasesMutation['moveAccountDatabases'] };

/** A server as the select lists it: its machine, and why it would refuse the move now. */
export function optionLabel(t: Translate, s: MoveTarget): string {
  const label = t('moveAccount.option', { name: s.name, machine: s.physical.name });
  const refusals = [
    ...(s.enabled ? [] : [t('moveAccount.disabled')]),
    ...(s.physical.health === 'DOWN' ? [t('moveAccount.machineDown')] : []),
  ];
  return refusals.length ? `${label} (${refusals.join(', ')})` : label;
}

/** The sentence the page shows once a move is queued: what moves where, and what happens next. */
export function movedMessage(t: Translate, formatDate: (iso: string) => string, moved: Moved): string {
  const { from, to } = moved.move;
  switch (moved.kind) {
    case 'WEB': {
      const { sites, accountId } = moved.move;
      if (sites === 0) return t('moveAccount.sites.none', { id: accountId, from, to });
      if (sites === 1) return t('moveAccount.sites.one', { from, to });
      return t('moveAccount.sites.other', { count: sites, from, to });
    }
    case 'DNS': {
      const { zones, nameServer, was } = moved.move;
      const vars = { from, to, nameServer, was, until: formatDate(moved.move.until) };
      return zones === 1 ? t('moveAccount.zones.one', vars) : t('moveAccount.zones.other', { count: zones, ...vars });
    }
    case 'MYSQL': {
      const { databases, users } = moved.move;
      return t('moveAccount.databasesMoved', {
        databases:
          databases === 1 ? t('moveAccount.databases.one') : t('moveAccount.databases.other', { count: databases }),
        logins: users === 1 ? t('moveAccount.logins.one') : t('moveAccount.logins.other', { count: users }),
        from,
        to,
      });
    }
  }
}
