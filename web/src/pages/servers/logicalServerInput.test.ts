import { describe, expect, it } from 'vitest';
import type { LogicalServerValues } from './LogicalServerForm';
import { createInput, updateInput } from './logicalServerInput';

const filled: LogicalServerValues = {
  name: 'mysql1',
  kind: 'MYSQL',
  physicalId: '3',
  groupId: '7',
  driver: 'MARIADB',
  host: '127.0.0.1',
  port: 3306,
  user: 'root',
  userHost: null,
  password: undefined,
  clearPassword: false,
  maxAccounts: null,
  maxDiskMb: 2048,
  maxTasks: null,
  enabled: true,
};

describe('logical server inputs', () => {
  it('creates with what was filled in, and no password when the field was left empty', () => {
    expect(createInput(filled)).toEqual({
      name: 'mysql1',
      kind: 'MYSQL',
      physicalId: '3',
      groupId: '7',
      driver: 'MARIADB',
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      maxDiskMb: 2048,
      enabled: true,
    });
  });

  it('keeps the stored password on an edit unless a new one is typed or it is cleared', () => {
    const kept = updateInput(filled);
    expect(kept).not.toHaveProperty('password');
    expect(kept).not.toHaveProperty('clearPassword');
    expect(updateInput({ ...filled, password: 'new-secret' })).toMatchObject({ password: 'new-secret' });
    const cleared = updateInput({ ...filled, password: 'ignored', clearPassword: true });
    expect(cleared).toMatchObject({ clearPassword: true });
    expect(cleared).not.toHaveProperty('password');
  });

  it('clears emptied limits and the group on an edit, leaves the kind and an empty task limit alone', () => {
    const input = updateInput({ ...filled, groupId: null });
    expect(input).toMatchObject({ groupId: null, maxAccounts: null, userHost: null });
    expect(input).not.toHaveProperty('kind');
    expect(input).not.toHaveProperty('maxTasks');
  });

  it('sends the DNS and BIND settings a new server was given, and clears them on an edit when emptied', () => {
    const dns: LogicalServerValues = {
      ...filled,
      kind: 'DNS',
      driver: 'BIND',
      host: null,
      port: null,
      user: null,
      configDir: '/srv/bind/helio',
      controlCommand: null,
      nameServer: 'ns1.example-host.com',
      dnsRole: 'PRIMARY',
      webRoot: null,
    };
    expect(createInput(dns)).toMatchObject({
      driver: 'BIND',
      configDir: '/srv/bind/helio',
      nameServer: 'ns1.example-host.com',
      dnsRole: 'PRIMARY',
    });
    expect(createInput(dns)).not.toHaveProperty('controlCommand');
    expect(updateInput({ ...dns, nameServer: null, dnsRole: null })).toMatchObject({
      configDir: '/srv/bind/helio',
      nameServer: null,
      dnsRole: null,
      controlCommand: null,
    });
  });
});
