import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import { rows } from '../db/raw-sql';
import { systemEm } from '../db/scope';
import { createLogger } from '../logger';
import { Account } from '../modules/accounts';
import { LedgerKind, Invoice, postEntry } from '../modules/billing';
import { startServer } from '../server';
import { GqlClient } from '../test/client';
import { FakeStripe, STRIPE_CARDS, STRIPE_KEY } from '../test/fakes/stripe';
import type { Figure } from './figure';

// The payments figure of `npm run bench`: open invoices paid by saved card through GraphQL and the
// Stripe adapter (against the fake Stripe on loopback), against the bare gateway round trips of the
// same charges, in the same run. BENCH_PAYMENTS (1,000) invoices over BENCH_PAYMENT_CUSTOMERS (10),
// one request at a time per customer. Also runs alone: node api/dist/bench/payments.js
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_PAYMENT_CUSTOMERS ?? 10);
const PASSWORD = 'bench-password-1';

export interface PaymentsBenchResult {
  payments: number;
  customers: number;
  panelSeconds: number;
  bareSeconds: number;
}

export async function runPaymentsBench(): Promise<PaymentsBenchResult | null> {
  if (PAYMENTS <= 0) return null;
  const perCustomer = Math.ceil(PAYMENTS / CUSTOMERS);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-payments-'));
  const fake = new FakeStripe();
  await fake.server.start();
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    BILLING_RUN_MINUTES: '0',
    MAIL_SEND_SECONDS: '0',
  });
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log: createLogger('silent') });
  try {
    const master = new GqlClient(server.port);
    await master.ok(`mutation($i: SetupInput!) { setup(input: $i) { user { id } } }`, {
      i: { companyName: 'Bench Hosting', login: 'master', email: 'master@bench.test', password: PASSWORD },
    });
    const gateway = await master.ok(`mutation($i: PaymentGatewayInput!) { createPaymentGateway(input: $i) { id } }`, {
      i: { kind: 'STRIPE', name: 'Stripe', currencies: ['USD'], baseUrl: fake.server.url, secretKey: STRIPE_KEY },
    });
    const customers: { client: GqlClient; invoices: number[]; token: string }[] = [];
    let number = 0;
    for (let i = 0; i < CUSTOMERS; i++) {
      const login = `payer${i}`;
      const made = await master.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { accounts { id } } }`, {
        i: { login, email: `${login}@bench.test`, password: PASSWORD, accountName: login },
      });
      const accountId = Number(made.createUser.accounts[0].id);
      const client = new GqlClient(server.port);
      await client.ok(`mutation($i: LoginInput!) { login(input: $i) { role } }`, { i: { login, password: PASSWORD } });
      await client.ok(`mutation($i: SaveCardInput!) { saveCard(input: $i) { id } }`, {
        i: {
          gatewayId: gateway.createPaymentGateway.id,
          card: {
            number: STRIPE_CARDS.visa,
            expMonth: 12,
            expYear: new Date().getUTCFullYear() + 2,
            cvc: '123',
            holderName: login,
          },
        },
      });
      // Open invoices of 10.00 each, issued as the billing run does: the invoice and its CHARGE entry.
      const invoices = await systemEm(
        orm,
        'the bench creates invoices for its seeded accounts, outside any request',
      ).transactional(async (em) => {
        const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['reseller'] });
        const ids: Invoice[] = [];
        for (let k = 0; k < perCustomer; k++) {
          const invoice = em.create(Invoice, {
            reseller: account.reseller,
            account,
            number: ++number,
            currency: 'USD',
            subtotalMinor: 1000n,
            taxMinor: 0n,
            totalMinor: 1000n,
            issuedAt: new Date(),
            dueAt: new Date(Date.now() + 14 * 86_400_000),
          });
          ids.push(invoice);
          await postEntry(em, {
            account,
            kind: LedgerKind.CHARGE,
            amountMinor: 1000n,
            description: `Invoice ${number}`,
            idempotencyKey: `bench:${number}`,
          });
        }
        await em.flush();
        return ids.map((inv) => inv.id);
      });
      const [card] = await rows<{ token: string }>(
        systemEm(orm, 'the bench reads the token of a card it saved, with plain SQL'),
        'select token from saved_card where account_id = ?',
        [accountId],
      );
      customers.push({ client, invoices, token: card!.token });
    }

    const panelStart = performance.now();
    await Promise.all(
      customers.map(async (c) => {
        for (const id of c.invoices) {
          const p = await c.client.ok(`mutation($i: PayInvoiceInput!) { payInvoice(input: $i) { state } }`, {
            i: { invoiceId: String(id) },
          });
          if (p.payInvoice.state !== 'SUCCEEDED')
            throw new Error(`payment of invoice ${id} ended ${p.payInvoice.state}`);
        }
      }),
    );
    const panelSeconds = (performance.now() - panelStart) / 1000;

    // The same charges sent straight to the gateway: what any integration must wait for.
    const bareStart = performance.now();
    await Promise.all(
      customers.map(async (c, i) => {
        const [customer, pm] = c.token.split('/');
        for (let k = 0; k < c.invoices.length; k++) {
          const res = await fetch(`${fake.server.url}/v1/payment_intents`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${STRIPE_KEY}`,
              'content-type': 'application/x-www-form-urlencoded',
              'idempotency-key': `bare-${i}-${k}`,
            },
            body: new URLSearchParams({
              amount: '1000',
              currency: 'usd',
              customer: customer!,
              payment_method: pm!,
              confirm: 'true',
              off_session: 'true',
            }),
          });
          if (((await res.json()) as { status?: string }).status !== 'succeeded') throw new Error('bare charge failed');
        }
      }),
    );
    const bareSeconds = (performance.now() - bareStart) / 1000;

    const [entries] = await rows<{ n: number | string }>(
      systemEm(orm, 'the bench counts the payments its run recorded, whoever’s'),
      `select count(*) as n from ledger_entry where kind = 'PAYMENT'`,
    );
    const [open] = await rows<{ n: number | string }>(
      systemEm(orm, 'the bench counts the invoices its run left open, whoever’s'),
      `select count(*) as n from invoice where state = 'OPEN'`,
    );
    const total = customers.length * perCustomer;
    if (Number(entries!.n) !== total || Number(open!.n) !== 0 || fake.charges.length !== total * 2)
      throw new Error(
        `payments bench: ${entries!.n} entries, ${open!.n} open invoices, ${fake.charges.length} charges`,
      );
    return { payments: total, customers: customers.length, panelSeconds, bareSeconds };
  } finally {
    await server.close();
    await orm.close();
    await fake.server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatPaymentsBench(r: PaymentsBenchResult | null): string {
  if (!r) return 'payments bench skipped (BENCH_PAYMENTS=0)';
  const rate = (s: number) => (r.payments / s).toFixed(0);
  return [
    `Payments: ${r.payments} invoices paid by saved card, ${r.customers} customers paying at once (one request each at a time), SQLite, fake Stripe on loopback`,
    '| path | time | payments/s | ratio to baseline |',
    '| --- | ---: | ---: | ---: |',
    `| baseline: the same PaymentIntents POSTed straight to the gateway | ${r.bareSeconds.toFixed(2)} s | ${rate(r.bareSeconds)} | 1.0× |`,
    `| payInvoice through GraphQL (payment row, gateway, ledger, settlement) | ${r.panelSeconds.toFixed(2)} s | ${rate(r.panelSeconds)} | ${(r.panelSeconds / r.bareSeconds).toFixed(1)}× |`,
  ].join('\n');
}

/** Issue 21's target: the panel's time per payment at most this many bare gateway round trips. */
export const PAYMENTS_GOAL_RATIO = 4;

/**
 * The payments figure of `npm run bench` (printed with its table): the panel's time per payment
 * against the bare gateway round trip's, both measured in this run with the same concurrency.
 */
export async function runPaymentsFigures(): Promise<Figure[]> {
  const r = await runPaymentsBench();
  console.log(formatPaymentsBench(r));
  if (!r) return [];
  const panelMs = (r.panelSeconds * 1000) / r.payments;
  const bareMs = (r.bareSeconds * 1000) / r.payments;
  const ratio = panelMs / bareMs;
  return [
    {
      name: 'paying an invoice by saved card',
      value: Number(panelMs.toFixed(3)),
      unit: 'ms per payment',
      baseline: Number(bareMs.toFixed(3)),
      ratio: Number(ratio.toFixed(2)),
      goal: `≤ ${PAYMENTS_GOAL_RATIO}× the bare gateway round trips`,
      met: ratio <= PAYMENTS_GOAL_RATIO,
    },
  ];
}

if (require.main === module) {
  runPaymentsFigures()
    .then((f) => console.log(JSON.stringify(f)))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
