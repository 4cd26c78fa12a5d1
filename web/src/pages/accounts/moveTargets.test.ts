import { describe, expect, it } from 'vitest';
import type { DriverName, ServerKind } from '../../graphql/generated/graphql';
import { asMoveKind, moveTargets, placementsOf, type MoveTarget } from './moveTargets';

const server = (
  id: string,
  name: string,
  kind: ServerKind,
  group: string | null,
  more: Partial<MoveTarget> = {},
): MoveTarget => ({
  id,
  name,
  kind,
  driver: 'FILES' as DriverName,
  enabled: true,
  group: group ? { id: group, name: `group-${group}` } : null,
  physical: { name: `m-${name}`, health: 'UP' },
  ...more,
});

const web1 = server('1', 'web1', 'WEB', 'a');
const dns1 = server('11', 'dns1', 'DNS', 'd');
const dns2 = server('12', 'dns2', 'DNS', 'd');
const mysql1 = server('21', 'mysql1', 'MYSQL', 'm');

const servers = [
  server('2', 'web3', 'WEB', 'a'),
  web1,
  server('3', 'web2', 'WEB', 'a', { enabled: false, physical: { name: 'm-web2', health: 'DOWN' } }),
  server('4', 'web9', 'WEB', 'b'),
  server('5', 'web7', 'WEB', null),
  server('6', 'web8', 'WEB', null),
  server('7', 'mail1', 'MAIL', 'a'),
  dns1,
  dns2,
  server('13', 'dns3', 'DNS', 'd'),
  server('14', 'dns4', 'DNS', 'e'),
  mysql1,
  server('22', 'mysql2', 'MYSQL', 'm'),
  server('23', 'mysql3', 'MYSQL', 'm', { driver: 'MARIADB' }),
];

const names = (list: readonly { name: string }[]) => list.map((s) => s.name);

describe('moveTargets', () => {
  it('offers the other servers of the kind and group of the current one, by name, disabled or down ones too', () => {
    expect(names(moveTargets(servers, web1, [web1]))).toEqual(['web2', 'web3']);
  });

  it('treats servers without a group as one group', () => {
    const web7 = servers.find((s) => s.name === 'web7')!;
    expect(names(moveTargets(servers, web7, [web7]))).toEqual(['web8']);
  });

  it('offers nothing when the current server is alone in its group', () => {
    const web9 = servers.find((s) => s.name === 'web9')!;
    expect(moveTargets(servers, web9, [web9])).toEqual([]);
  });

  it('leaves out every name server already holding the account’s zones', () => {
    expect(names(moveTargets(servers, dns1, [dns1, dns2]))).toEqual(['dns3']);
    expect(names(moveTargets(servers, dns2, [dns1, dns2]))).toEqual(['dns3']);
  });

  it('moves MySQL databases only between servers of one driver', () => {
    expect(names(moveTargets(servers, mysql1, [mysql1]))).toEqual(['mysql2']);
  });
});

describe('placementsOf', () => {
  const account = { servers: [dns1, mysql1, web1], zoneServers: [dns1, dns2] };

  it('takes the account’s server of the kind, and for DNS the name servers of its zones', () => {
    expect(names(placementsOf(account, 'WEB'))).toEqual(['web1']);
    expect(names(placementsOf(account, 'MYSQL'))).toEqual(['mysql1']);
    expect(names(placementsOf(account, 'DNS'))).toEqual(['dns1', 'dns2']);
  });

  it('is empty when the account has nothing of that kind', () => {
    expect(placementsOf({ servers: [web1], zoneServers: [] }, 'MYSQL')).toEqual([]);
    expect(placementsOf({ servers: [web1], zoneServers: [] }, 'DNS')).toEqual([]);
  });
});

describe('asMoveKind', () => {
  it('reads a select’s value, WEB for anything else', () => {
    expect(asMoveKind('MYSQL')).toBe('MYSQL');
    expect(asMoveKind('MAIL')).toBe('WEB');
  });
});
