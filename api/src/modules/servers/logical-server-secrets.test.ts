import { beforeAll, expect, it } from 'vitest';
import { SecretBox } from '../../secrets';
import { describeApi } from '../../test/api';
import { setupMaster, type MasterClient } from '../../test/factories';

const SERVER = `id name host user hasPassword`;
const PASSWORD_1 = 'Db-Pa55word-one!';
const PASSWORD_2 = 'Db-Pa55word-two!';

describeApi('driver passwords are write-only and stored encrypted', (api) => {
  let master: MasterClient;
  let physicalId: string;
  let serverId: string;
  /** Every response body of this file, to prove the password never comes back in any of them. */
  const seen: string[] = [];
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await master.gql(query, variables);
    seen.push(JSON.stringify(res));
    return res;
  };
  const storedSecret = async (): Promise<string | null> => {
    const rows = await api.orm.em
      .getConnection()
      .execute<{ secret: string | null }[]>('select secret from logical_server where id = ?', [Number(serverId)]);
    return rows[0]!.secret;
  };

  beforeAll(async () => {
    master = await setupMaster(api);
    physicalId = (
      await master.ok(
        `mutation { createPhysicalServer(input: { name: "db-host", os: LINUX, address: "127.0.0.1" }) { id } }`,
      )
    ).createPhysicalServer.id;
  });

  it('a password given at creation is reported only as hasPassword, and stored sealed with the key from the environment', async () => {
    const res = await call(
      `mutation($input: CreateLogicalServerInput!) { createLogicalServer(input: $input) { ${SERVER} } }`,
      {
        input: {
          name: 'mysql-a',
          kind: 'MYSQL',
          physicalId,
          driver: 'MARIADB',
          host: '127.0.0.1',
          user: 'root',
          password: PASSWORD_1,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    serverId = res.data.createLogicalServer.id;
    expect(res.data.createLogicalServer).toEqual({
      id: serverId,
      name: 'mysql-a',
      host: '127.0.0.1',
      user: 'root',
      hasPassword: true,
    });

    const stored = await storedSecret();
    expect(stored).toBeTruthy();
    expect(stored).not.toContain(PASSWORD_1);
    expect(stored).not.toContain(Buffer.from(PASSWORD_1).toString('base64'));
    expect(new SecretBox(api.config).open(stored!)).toBe(PASSWORD_1);
  });

  it('the schema has no field that could return it', async () => {
    const res = await call(`{ __type(name: "LogicalServer") { fields { name } } }`);
    const fields = res.data.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('hasPassword');
    expect(fields.filter((f: string) => /pass|secret|setting/i.test(f) && f !== 'hasPassword')).toEqual([]);
  });

  it('a new password replaces the old one; clearPassword removes it; other updates leave it alone', async () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateLogicalServerInput!) { updateLogicalServer(id: $id, input: $input) { ${SERVER} } }`;
    const first = await storedSecret();
    await call(UPDATE, { id: serverId, input: { maxAccounts: 5 } });
    expect(await storedSecret()).toBe(first);

    const changed = await call(UPDATE, { id: serverId, input: { password: PASSWORD_2 } });
    expect(changed.data.updateLogicalServer.hasPassword).toBe(true);
    const second = await storedSecret();
    expect(second).not.toBe(first);
    expect(new SecretBox(api.config).open(second!)).toBe(PASSWORD_2);

    const refused = await call(UPDATE, { id: serverId, input: { password: '' } });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'password', message: expect.any(String) }]);
    expect(await storedSecret()).toBe(second);

    const cleared = await call(UPDATE, { id: serverId, input: { clearPassword: true } });
    expect(cleared.data.updateLogicalServer.hasPassword).toBe(false);
    expect(await storedSecret()).toBeNull();
  });

  it('no response of this file ever carried a password, in any form', async () => {
    await call(`{ logicalServers { ${SERVER} maxAccounts } physicalServers { logicalServers { ${SERVER} } } }`);
    expect(seen.length).toBeGreaterThan(5);
    for (const body of seen) {
      for (const secret of [PASSWORD_1, PASSWORD_2]) {
        expect(body).not.toContain(secret);
        expect(body).not.toContain(Buffer.from(secret).toString('base64'));
      }
      expect(body).not.toMatch(/v1:[A-Za-z0-9+/=]{20,}/); // nor the sealed form
    }
  });
});
