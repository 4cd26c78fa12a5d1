import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { D, setupHosting } from '../domains/testing';
import { FAST_TASKS, Q, setupMysqlServer } from '../mysql/testing';

/*
 * What the admin's user page reads: per account of the user, its domains with their sites and its
 * MySQL databases, through the account-scoped lists. Another company's admin gets NOT_FOUND for
 * every one of them, as for the user.
 */
const USER_RESOURCES = `query($u: ID!, $a: ID!) {
  user(id: $u) { id accounts { id } }
  domains(accountId: $a) { id name kind site { id serverNames state } }
  mysqlDatabases(accountId: $a) { id name }
}`;

describeApi(
  'an admin sees a user’s domains, sites and databases',
  (api) => {
    let master: MasterClient;
    let customer: EndUserClient;
    let stranger: ResellerAdminClient;

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.user-page.com' }, { nameServer: 'ns2.user-page.com' }],
        web: { address: '192.0.2.84' },
        serviceDomain: 'user-page.com',
      });
      await setupMysqlServer(master, 'FILES');
      customer = await createEndUser(master, api);
      await customer.ok(D.add, { i: { kind: 'OWN', name: 'users-shop.com' } });
      await customer.ok(D.add, { i: { kind: 'PARKED', name: 'users-parked.com' } });
      await customer.ok(Q.createDatabase, { i: { name: 'shop' } });
      stranger = await createReseller(master, api);
    });

    it('the user’s company’s admin reads each account’s domains, their sites and its databases', async () => {
      const [accountId] = customer.accountIds;
      const data = await master.ok(USER_RESOURCES, { u: customer.userId, a: accountId });
      expect(data.user.accounts).toEqual([{ id: accountId }]);
      expect(data.domains.map((d: { name: string; kind: string }) => [d.name, d.kind])).toEqual([
        ['users-shop.com', 'OWN'],
        ['users-parked.com', 'PARKED'],
      ]);
      expect(data.domains[0].site.serverNames.slice(0, 2)).toEqual(['users-shop.com', 'www.users-shop.com']);
      expect(data.domains[1].site).toBeNull();
      expect(data.mysqlDatabases.map((d: { name: string }) => d.name)).toEqual([`a${accountId}_shop`]);
    });

    it('another company’s admin gets NOT_FOUND for the user, the account’s domains and databases, and a domain', async () => {
      const [accountId] = customer.accountIds;
      const domainId = (await customer.ok(D.domains, {})).domains[0].id;
      const notFound = async (query: string, variables: Record<string, unknown>) =>
        (await stranger.fails(query, variables)).extensions?.code;
      expect(await notFound(`query($u: ID!) { user(id: $u) { id } }`, { u: customer.userId })).toBe('NOT_FOUND');
      expect(await notFound(D.domains, { a: accountId })).toBe('NOT_FOUND');
      expect(await notFound(Q.databases, { a: accountId })).toBe('NOT_FOUND');
      expect(await notFound(D.domain, { id: domainId })).toBe('NOT_FOUND');
      // Its own (empty) company answers as usual: the refusal is the tenant's, not the role's.
      expect((await stranger.ok(`{ users(first: 5) { nodes { login } } }`)).users.nodes).not.toContainEqual({
        login: customer.login,
      });
    });

    it('another customer gets NOT_FOUND for the account’s lists too', async () => {
      const other = await createEndUser(master, api);
      const [accountId] = customer.accountIds;
      expect((await other.fails(D.domains, { a: accountId })).extensions?.code).toBe('NOT_FOUND');
      expect((await other.fails(Q.databases, { a: accountId })).extensions?.code).toBe('NOT_FOUND');
    });
  },
  FAST_TASKS,
);
