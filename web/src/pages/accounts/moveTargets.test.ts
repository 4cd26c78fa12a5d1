import { describe, expect, it } from 'vitest';
import { moveTargets, type MoveTarget } from './moveTargets';

const server = (id: string, name: string, group: string | null): MoveTarget => ({
  id,
  name,
  enabled: true,
  group: group ? { id: group, name: `group-${group}` } : null,
  physical: { name: `m-${name}`, health: 'UP' },
});

const servers = [
  server('1', 'web2', 'a'),
  server('2', 'web1', 'a'),
  server('3', 'web9', null),
  server('4', 'web3', 'b'),
];

const names = (groups: ReturnType<typeof moveTargets>) =>
  groups.map((g) => [g.group?.name ?? null, g.servers.map((s) => s.name)]);

describe('moveTargets', () => {
  it('offers every web server by group, servers without a group last, while the current one is unknown', () => {
    expect(names(moveTargets(servers, null))).toEqual([
      ['group-a', ['web1', 'web2']],
      ['group-b', ['web3']],
      [null, ['web9']],
    ]);
  });

  it('offers only the other servers of the current server’s group once it is known', () => {
    expect(names(moveTargets(servers, 'web1'))).toEqual([['group-a', ['web2']]]);
    expect(names(moveTargets(servers, 'web3'))).toEqual([]);
  });

  it('treats servers without a group as one group', () => {
    const ungrouped = [...servers, server('5', 'web8', null)];
    expect(names(moveTargets(ungrouped, 'web9'))).toEqual([[null, ['web8']]]);
  });

  it('offers every server when the current name is not among them', () => {
    expect(moveTargets(servers, 'gone').flatMap((g) => g.servers)).toHaveLength(4);
  });
});
