import type { MikroORM } from '@mikro-orm/core';
import { dateFrom, rows, sqlDate } from '../../db/raw-sql';
import { systemEm } from '../../db/scope';
import type { TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { PASSWORD, unique } from '../../test/factories';
import type { App } from '../../app';
import { runBilling } from '.';

/* Shared by the plans and billing tests: operations, a plan and a signup through the API, and the
 * few time shifts the API cannot express (an account's billing dates), done in SQL. */

const MONEY = 'amount';
export const PLAN_FIELDS = `id name description platform signupEnabled moderated setupFee { ${MONEY} } recurringFee { ${MONEY} }
  periods { months discountPercent price { ${MONEY} currency } }
  resources { kind maxUnits freeUnits setupFee { ${MONEY} } recurringFee { ${MONEY} } usagePrice { ${MONEY} } }`;
export const LINE_FIELDS = `position description resourceKind periodStart periodEnd quantity unitPrice { ${MONEY} } amount { ${MONEY} }`;
export const INVOICE_FIELDS = `id accountId number state currency subtotal { ${MONEY} } tax { ${MONEY} } total { ${MONEY} minorUnits } taxName taxPercent
  periodStart periodEnd issuedAt dueAt paidAt lines { ${LINE_FIELDS} }`;
export const QUOTE_FIELDS = `plan { id name } periodMonths lines { ${LINE_FIELDS} } subtotal { ${MONEY} } tax { ${MONEY} } total { ${MONEY} } taxName taxPercent periodStart periodEnd`;

export const P = {
  plans: `{ plans { ${PLAN_FIELDS} } }`,
  plan: `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`,
  signupPlans: `{ signupPlans { id name } }`,
  create: `mutation($i: PlanInput!) { createPlan(input: $i) { ${PLAN_FIELDS} } }`,
  update: `mutation($id: ID!, $i: PlanInput!) { updatePlan(id: $id, input: $i) { ${PLAN_FIELDS} } }`,
  delete: `mutation($id: ID!) { deletePlan(id: $id) { id name } }`,
  account: `query($id: ID!) { account(id: $id) { id status suspendedReason periodMonths nextBillingAt overdueSince plan { id name } limits { kind limit used } } }`,
};

export const B = {
  signup: `mutation($i: SignupInput!) { signup(input: $i) { id name status periodMonths nextBillingAt plan { id name } } }`,
  addAccount: `mutation($i: AddAccountInput!) { addAccount(input: $i) { id status plan { id } } }`,
  invoices: `query($a: ID, $state: InvoiceState) { invoices(accountId: $a, state: $state, first: 20) { totalCount nodes { ${INVOICE_FIELDS} } } }`,
  invoice: `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`,
  html: `query($id: ID!) { invoice(id: $id) { number html } }`,
  void: `mutation($id: ID!, $r: String!) { voidInvoice(id: $id, reason: $r) { id number state } }`,
  balance: `query($a: ID) { accountBalance(accountId: $a) { balance { ${MONEY} minorUnits } } }`,
  entries: `query($a: ID) { ledgerEntries(accountId: $a, first: 100) { nodes { kind description reference amount { ${MONEY} } } } }`,
  pay: `mutation($i: MoneyActionInput!) { recordPayment(input: $i) { id } }`,
  addTaxRate: `mutation($i: TaxRateInput!) { addTaxRate(input: $i) { id name validFrom } }`,
  settings: `mutation($i: BillingSettingsInput!) { updateBillingSettings(input: $i) { id paymentTermDays reminderDays suspendAfterDays } }`,
  usage: `mutation($i: UsageInput!) { recordUsage(input: $i) { id kind quantity recordedAt } }`,
  quote: `query($i: ChangePlanInput!) { planChangeQuote(input: $i) { ${QUOTE_FIELDS} } }`,
  change: `mutation($i: ChangePlanInput!) { changePlan(input: $i) { ${QUOTE_FIELDS} } }`,
  approve: `mutation($id: ID!) { approveAccount(id: $id) { id status } }`,
  reject: `mutation($id: ID!, $r: String!) { rejectAccount(id: $id, reason: $r) { id status suspendedReason } }`,
  profile: `query($a: ID) { billingProfile(accountId: $a) { name company city country email } }`,
  updateProfile: `mutation($a: ID, $i: BillingProfileInput!) { updateBillingProfile(accountId: $a, input: $i) { name } }`,
};

export const PROFILE = {
  name: 'Erika Mustermann',
  address: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
  email: 'erika@customer.test',
};

/** A plan input with one monthly period and nothing priced; `over` replaces any part. */
export function planInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: unique('Plan '), signupEnabled: true, periods: [{ months: 1 }], resources: [], ...over };
}

/** An admin creates a plan; returns its ID. */
export async function createPlan(admin: GqlClient, over: Record<string, unknown> = {}): Promise<string> {
  return (await admin.ok(P.create, { i: planInput(over) })).createPlan.id;
}

export interface SignedUp {
  /** The new customer, signed in by the signup. */
  client: GqlClient;
  accountId: string;
  login: string;
  status: string;
}

/** An anonymous visitor on `host` (default: the root company's) signs up for a plan. */
export async function signupOn(
  api: TestApi,
  host: string | undefined,
  planId: string,
  periodMonths: number,
  extra: { login?: string; profile?: Record<string, unknown>; accountName?: string } = {},
): Promise<SignedUp> {
  const client = api.client(host);
  const login = extra.login ?? unique('cust');
  const input = {
    planId,
    periodMonths,
    login,
    email: `${login}@customer.test`,
    password: PASSWORD,
    accountName: extra.accountName ?? null,
    profile: { ...PROFILE, ...extra.profile },
  };
  const account = (await client.ok(B.signup, { i: input })).signup;
  return { client, accountId: account.id, login, status: account.status };
}

/** The account's invoices, oldest first. */
export async function invoicesOf(client: GqlClient, accountId: string): Promise<any[]> {
  return (await client.ok(B.invoices, { a: accountId })).invoices.nodes
    .slice()
    .sort((a: any, b: any) => a.number - b.number);
}

/** The test server's app (its areas' services): `api.services` is the whole app, typed as its core. */
export function appOf(api: TestApi): App {
  return api.services as App;
}

/** One billing run as the hourly job does it, at `now`. */
export function runAt(api: TestApi, now: Date) {
  return runBilling({ orm: api.orm, areas: appOf(api).areas }, now);
}

/** Sets an account's billing dates (what only time could otherwise do). */
export async function setBilling(
  orm: MikroORM,
  accountId: string | number,
  s: { anchor: Date; nextBillingAt: Date; periodsBilled: number },
): Promise<void> {
  const em = systemEm(orm, 'test set-up: changes an account’s billing dates directly');
  await rows(em, 'update account set billing_anchor = ?, next_billing_at = ?, periods_billed = ? where id = ?', [
    sqlDate(em, s.anchor),
    sqlDate(em, s.nextBillingAt),
    s.periodsBilled,
    Number(accountId),
  ]);
}

/** The account's billing dates as stored. */
export async function billingOf(
  orm: MikroORM,
  accountId: string | number,
): Promise<{ anchor: Date; nextBillingAt: Date | null; periodsBilled: number }> {
  const em = systemEm(orm, 'test set-up: reads invoices of any account directly');
  const [row] = await rows<{ billing_anchor: unknown; next_billing_at: unknown; periods_billed: number }>(
    em,
    'select billing_anchor, next_billing_at, periods_billed from account where id = ?',
    [Number(accountId)],
  );
  // SQLite: epoch milliseconds; PostgreSQL: a timestamptz string (or a Date, depending on the driver's parser).
  return {
    anchor: dateFrom(row!.billing_anchor)!,
    nextBillingAt: dateFrom(row!.next_billing_at),
    periodsBilled: Number(row!.periods_billed),
  };
}

/** Runs one statement with system scope (test set-up and checks the API does not expose). */
export function sql<T = Record<string, unknown>>(orm: MikroORM, text: string, params: unknown[] = []): Promise<T[]> {
  return rows<T>(systemEm(orm, 'test helper: plain SQL over every company’s rows'), text, params);
}

/** A date as raw statements take it on this dialect. */
export function dateParam(orm: MikroORM, d: Date): unknown {
  return sqlDate(systemEm(orm, 'test helper: formats a date for the database, no rows read'), d);
}

export const DAY = 86_400_000;
