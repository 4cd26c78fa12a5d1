import type { GqlClient } from './client';
import type { TestApi } from './api';

/** A strong-enough password every factory-made person starts with. */
export const PASSWORD = 'correct-horse-battery';

export interface Person {
  userId: string;
  login: string;
  password: string;
  resellerId: string;
}
export type MasterClient = GqlClient & Person;
export type ResellerAdminClient = GqlClient & Person & { cpHost: string };
export type EndUserClient = GqlClient & Person & { accountIds: string[] };

let seq = 0;
/** A short unique suffix for logins and host names within one test file. */
export const unique = (prefix: string): string => `${prefix}${++seq}${Math.random().toString(36).slice(2, 6)}`;

const VIEWER = `viewer { user { id login } role reseller { id } }`;

/** Runs first-run setup; returns the master admin's signed-in client. */
export async function setupMaster(
  api: TestApi,
  input: { login?: string; password?: string; companyName?: string } = {},
): Promise<MasterClient> {
  const client = api.client();
  const login = input.login ?? 'master';
  const password = input.password ?? PASSWORD;
  const data = await client.ok(
    `mutation($input: SetupInput!) { setup(input: $input) { user { id } reseller { id } } }`,
    {
      input: { companyName: input.companyName ?? 'Root Hosting', login, email: `${login}@root.test`, password },
    },
  );
  return Object.assign(client, { userId: data.setup.user.id, login, password, resellerId: data.setup.reseller.id });
}

/** Signs a new client in on `host`; fails the test if the password is refused. */
export async function signIn(
  api: TestApi,
  host: string | undefined,
  login: string,
  password: string,
): Promise<GqlClient & { userId: string; resellerId: string }> {
  const client = api.client(host);
  const data = await client.ok(
    `mutation($input: LoginInput!) { login(input: $input) { user { id } reseller { id } } }`,
    {
      input: { login, password },
    },
  );
  return Object.assign(client, { userId: data.login.user.id as string, resellerId: data.login.reseller.id as string });
}

/** The master admin creates a private-label reseller; returns its admin, signed in on the reseller's own host. */
export async function createReseller(
  master: GqlClient,
  api: TestApi,
  input: { name?: string; cpHost?: string; adminLogin?: string } = {},
): Promise<ResellerAdminClient> {
  const cpHost = input.cpHost ?? `${unique('cp')}.reseller.test`;
  const login = input.adminLogin ?? unique('radmin');
  await master.ok(`mutation($input: CreateResellerInput!) { createReseller(input: $input) { id } }`, {
    input: {
      name: input.name ?? `Reseller ${cpHost}`,
      cpHost,
      adminLogin: login,
      adminEmail: `${login}@reseller.test`,
      adminPassword: PASSWORD,
    },
  });
  const admin = await signIn(api, cpHost, login, PASSWORD);
  return Object.assign(admin, { login, password: PASSWORD, cpHost });
}

/**
 * An admin creates an end user with `accounts` accounts (the first comes with the user); returns
 * the end user, signed in on the admin's host (or `host`, when the master creates users of a reseller).
 */
export async function createEndUser(
  admin: GqlClient,
  api: TestApi,
  input: { login?: string; accounts?: number; resellerId?: string; host?: string; password?: string } = {},
): Promise<EndUserClient> {
  const login = input.login ?? unique('user');
  const password = input.password ?? PASSWORD;
  const created = await admin.ok(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id accounts { id } } }`,
    {
      input: {
        login,
        email: `${login}@customer.test`,
        password,
        accountName: `${login} main`,
        resellerId: input.resellerId ?? null,
      },
    },
  );
  const accountIds: string[] = created.createUser.accounts.map((a: { id: string }) => a.id);
  for (let i = 1; i < (input.accounts ?? 1); i++) {
    const extra = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
      input: { ownerId: created.createUser.id, name: `${login} extra ${i}` },
    });
    accountIds.push(extra.createAccount.id);
  }
  const user = await signIn(api, input.host ?? admin.host, login, password);
  return Object.assign(user, { login, password, accountIds });
}

/** An admin creates a support staff login in their company; returns it signed in on the admin's host. */
export async function createStaff(
  admin: GqlClient,
  api: TestApi,
  input: { login?: string } = {},
): Promise<GqlClient & Person> {
  const login = input.login ?? unique('staff');
  await admin.ok(`mutation($input: CreateStaffLoginInput!) { createStaffLogin(input: $input) { id } }`, {
    input: { login, email: `${login}@staff.test`, password: PASSWORD },
  });
  const staff = await signIn(api, admin.host, login, PASSWORD);
  return Object.assign(staff, { login, password: PASSWORD });
}

/** What `viewer` says about a client's session (null when signed out). */
export async function whoAmI(
  client: GqlClient,
): Promise<{ user: { id: string; login: string }; role: string; reseller: { id: string } } | null> {
  return (await client.ok(`{ ${VIEWER} }`)).viewer;
}
