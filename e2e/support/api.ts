/**
 * GraphQL over HTTP for seeding data and checking what the panel saved: one client per signed-in role,
 * carrying that role's session cookie.
 */
export class GraphQLError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export class GraphQLClient {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(new URL('graphql', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0];
      if (pair.startsWith('helio_session=')) this.cookie = pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLError['errors'] };
    if (body.errors?.length) throw new GraphQLError(body.errors);
    return body.data as T;
  }
}

export interface Credentials {
  login: string;
  password: string;
}

export interface SeededAccount {
  id: string;
  name: string;
}

export interface SeededUser extends Credentials {
  id: string;
  email: string;
  accounts: SeededAccount[];
}

export interface MasterAdmin extends Credentials {
  companyName: string;
  client: GraphQLClient;
}

/** First-run setup through the API: the master admin, signed in. */
export async function setupMasterAdmin(
  baseUrl: string,
  input: { companyName?: string; login?: string; password?: string; email?: string } = {},
): Promise<MasterAdmin> {
  const v = {
    companyName: input.companyName ?? 'Sunrise Hosting',
    login: input.login ?? 'admin',
    email: input.email ?? 'admin@sunrise.example',
    password: input.password ?? 'admin-secret-1',
  };
  const client = new GraphQLClient(baseUrl);
  await client.request(`mutation ($input: SetupInput!) { setup(input: $input) { role } }`, { input: v });
  return { companyName: v.companyName, login: v.login, password: v.password, client };
}

/** A client signed in as the given login. */
export async function signInApi(baseUrl: string, who: Credentials): Promise<GraphQLClient> {
  const client = new GraphQLClient(baseUrl);
  await client.request(`mutation ($input: LoginInput!) { login(input: $input) { role } }`, {
    input: { login: who.login, password: who.password },
  });
  return client;
}

let seq = 0;

/** A plan an account is billed on: the first invoice is issued when the account is opened. */
export interface BilledOn {
  planId: string;
  periodMonths: number;
}

/** An end user with a first account (and any further accounts named), created by an admin; `plan` bills the first account. */
export async function createEndUser(
  admin: GraphQLClient,
  input: {
    login?: string;
    password?: string;
    accountName?: string;
    moreAccounts?: string[];
    plan?: BilledOn;
    /** The master admin places the user under this reseller (default: the admin's own company). */
    resellerId?: string;
  } = {},
): Promise<SeededUser> {
  seq += 1;
  const login = input.login ?? `customer${seq}`;
  const password = input.password ?? `secret-${login}-1`;
  const email = `${login}@customer.example`;
  const { createUser } = await admin.request<{ createUser: { id: string; accounts: SeededAccount[] } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { id accounts { id name } } }`,
    {
      input: {
        login,
        email,
        password,
        accountName: input.accountName ?? `${login} main`,
        ...input.plan,
        ...(input.resellerId ? { resellerId: input.resellerId } : {}),
      },
    },
  );
  const accounts = [...createUser.accounts];
  for (const name of input.moreAccounts ?? []) accounts.push(await createAccount(admin, createUser.id, name));
  return { id: createUser.id, login, password, email, accounts };
}

export async function createAccount(
  admin: GraphQLClient,
  ownerId: string,
  name: string,
  plan?: BilledOn,
): Promise<SeededAccount> {
  const { createAccount } = await admin.request<{ createAccount: SeededAccount }>(
    `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id name } }`,
    { input: { ownerId, name, ...plan } },
  );
  return createAccount;
}

/** A plan billed monthly at `recurringFee`, with no resources: what billing specs seed. */
export async function createMonthlyPlan(admin: GraphQLClient, name: string, recurringFee: string): Promise<string> {
  const { createPlan } = await admin.request<{ createPlan: { id: string } }>(
    `mutation ($input: PlanInput!) { createPlan(input: $input) { id } }`,
    { input: { name, recurringFee, periods: [{ months: 1 }], resources: [] } },
  );
  return createPlan.id;
}

export interface SeededInvoice {
  id: string;
  number: number;
  state: string;
  /** Major units, e.g. "12.50". */
  total: string;
}

/** An account's invoices, newest first, as the API has them. */
export async function invoicesOf(admin: GraphQLClient, accountId: string): Promise<SeededInvoice[]> {
  const { invoices } = await admin.request<{
    invoices: { nodes: (Omit<SeededInvoice, 'total'> & { total: { amount: string } })[] };
  }>(`query ($a: ID!) { invoices(accountId: $a, first: 25) { nodes { id number state total { amount } } } }`, {
    a: accountId,
  });
  return invoices.nodes.map((i) => ({ ...i, total: i.total.amount }));
}

export interface SeededReseller {
  id: string;
  name: string;
  cpHost: string;
  admin: Credentials;
}

/** A reseller with its first admin login, created by the master admin. */
export async function createReseller(
  master: GraphQLClient,
  input: { name: string; cpHost: string; adminLogin: string },
): Promise<SeededReseller> {
  const admin = { login: input.adminLogin, password: `secret-${input.adminLogin}-1` };
  const { createReseller } = await master.request<{ createReseller: { id: string } }>(
    `mutation ($input: CreateResellerInput!) { createReseller(input: $input) { id } }`,
    {
      input: {
        name: input.name,
        cpHost: input.cpHost,
        adminLogin: admin.login,
        adminEmail: `${admin.login}@reseller.example`,
        adminPassword: admin.password,
      },
    },
  );
  return { id: createReseller.id, name: input.name, cpHost: input.cpHost, admin };
}
