import type { TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { createPlan, invoicesOf, signupOn } from '../billing/testing';

/* Shared by the payments tests: operations, a customer with an open invoice, a gateway at a fake. */

const M = 'amount minorUnits currency';
export const PAYMENT = `id kind method source state amount { ${M} } received { ${M} } refundable { ${M} } currency card transactionId declineCode reason attempts accountId invoiceId refundOfId gatewayName gatewayKind testMode`;
export const GATEWAY =
  'id kind name currencies enabled testMode baseUrl merchantAccount credentialsSet methods notifyPath';
export const CARD = 'id brand last4 expMonth expYear gatewayId';

export const PAY = {
  gateways: `{ paymentGateways { ${GATEWAY} } }`,
  create: `mutation($i: PaymentGatewayInput!) { createPaymentGateway(input: $i) { ${GATEWAY} } }`,
  update: `mutation($id: ID!, $i: PaymentGatewayInput!) { updatePaymentGateway(id: $id, input: $i) { ${GATEWAY} } }`,
  delete: `mutation($id: ID!) { deletePaymentGateway(id: $id) { id } }`,
  setup: `query($a: ID) { paymentSetup(accountId: $a) { options { gatewayId name kind method testMode } savedCard { ${CARD} } } }`,
  saveCard: `mutation($i: SaveCardInput!) { saveCard(input: $i) { ${CARD} } }`,
  removeCard: `mutation($a: ID) { removeSavedCard(accountId: $a) { ${CARD} } }`,
  pay: `mutation($i: PayInvoiceInput!) { payInvoice(input: $i) { ${PAYMENT} } }`,
  redirect: `mutation($inv: ID!, $g: ID!) { startRedirectPayment(invoiceId: $inv, gatewayId: $g) { url payment { ${PAYMENT} } } }`,
  refund: `mutation($i: RefundCardPaymentInput!) { refundCardPayment(input: $i) { ${PAYMENT} } }`,
  resolve: `mutation($i: ResolveHeldPaymentInput!) { resolveHeldPayment(input: $i) { ${PAYMENT} } }`,
  payments: `query($a: ID, $s: PaymentState) { payments(accountId: $a, state: $s, first: 20) { totalCount nodes { ${PAYMENT} } } }`,
  payment: `query($id: ID!) { payment(id: $id) { ${PAYMENT} } }`,
  invoice: `query($id: ID!) { invoice(id: $id) { id number state amountDue { ${M} } total { ${M} } payments { id state } } }`,
  balance: `query($a: ID) { accountBalance(accountId: $a) { balance { ${M} } } }`,
  entries: `query($a: ID) { ledgerEntries(accountId: $a, first: 100) { nodes { kind description reference amount { ${M} } } } }`,
};

/** A card that expires in a few years. */
export const card = (number: string) => ({
  number,
  expMonth: 12,
  expYear: new Date().getUTCFullYear() + 3,
  cvc: '123',
  holderName: 'Erika Mustermann',
});

export interface Customer {
  client: GqlClient;
  accountId: string;
  invoiceId: string;
}

/** A new customer of the root company, signed up on a plan of `fee` a month: its first invoice is open for that much. */
export async function customerOwing(api: TestApi, admin: GqlClient, fee = '12.50'): Promise<Customer> {
  const planId = await createPlan(admin, { recurringFee: fee });
  const s = await signupOn(api, undefined, planId, 1);
  const [first] = await invoicesOf(s.client, s.accountId);
  if (!first || first.state !== 'OPEN') throw new Error('the signup left no open invoice');
  return { client: s.client, accountId: s.accountId, invoiceId: first.id };
}

/** The master admin connects a gateway of `kind` at a fake's address. */
export async function gatewayAt(
  admin: GqlClient,
  kind: string,
  baseUrl: string,
  extra: Record<string, unknown>,
): Promise<string> {
  const g = await admin.ok(PAY.create, {
    i: { kind, name: `${kind} ${Math.random().toString(36).slice(2, 6)}`, currencies: ['USD'], baseUrl, ...extra },
  });
  return g.createPaymentGateway.id;
}

/** The invoice as its owner sees it. */
export async function invoiceOf(
  client: GqlClient,
  id: string,
): Promise<{ state: string; amountDue: { amount: string }; payments: { id: string; state: string }[] }> {
  return (await client.ok(PAY.invoice, { id })).invoice;
}

/** The account's ledger entries of `kind`, newest first. */
export async function entriesOf(
  client: GqlClient,
  accountId: string,
  kind: string,
): Promise<{ description: string; reference: string | null; amount: { amount: string } }[]> {
  return (await client.ok(PAY.entries, { a: accountId })).ledgerEntries.nodes.filter(
    (e: { kind: string }) => e.kind === kind,
  );
}

/** Test settings: gateways that do not answer in 300 ms count as unanswered; retries come quickly; no retry job. */
export const GATEWAY_ENV = {
  GATEWAY_TIMEOUT_MS: '300',
  GATEWAY_RETRY_MS: '10',
  GATEWAY_ATTEMPTS: '3',
  PAYMENT_RETRY_MINUTES: '0',
};
