import crypto from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate, type FieldError } from '../../errors';
import type { SecretBox } from '../../secrets';
import { audit } from '../audit';
import { isCurrency } from '../billing';
import { Role } from '../identity';
import { Reseller } from '../resellers';
import { openCredentials, SECRET_FIELDS } from './adapters';
import { GatewayKind } from './enums';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import { unscoped } from '../../db/scope';
import { paymentSettings } from './settings';

const secret = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .nullish()
  .transform((v) => v || null);
const inputSchema = z.object({
  kind: z.enum(GatewayKind),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  currencies: z
    .array(z.string().trim().toUpperCase().refine(isCurrency, 'must be ISO 4217 codes such as USD'))
    .min(1, 'must name at least one currency')
    .max(20, 'at most 20 currencies'),
  enabled: z.boolean().nullish(),
  testMode: z.boolean().nullish(),
  baseUrl: z
    .string()
    .trim()
    .max(300, 'must be at most 300 characters')
    .nullish()
    .transform((v) => v || null),
  merchantAccount: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => v || null),
  apiLoginId: secret,
  transactionKey: secret,
  secretKey: secret,
});
type GatewayInput = z.output<typeof inputSchema>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A base URL the panel may send credentials to: https, or plain http only on this machine (a local sandbox). */
function baseUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a URL such as https://apitest.authorize.net';
  }
  if (url.username || url.password || url.search || url.hash) return 'must not carry a user, query or fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'must use https (plain http only on 127.0.0.1 or localhost)';
}

/** The company's gateway connections (PAY-3): per reseller, credentials sealed and write-only. */
export class GatewayService {
  constructor(
    private readonly config: Config,
    private readonly secrets: SecretBox,
  ) {}

  list(ctx: Ctx): Promise<PaymentGateway[]> {
    return ctx.em.find(PaymentGateway, { reseller: ctx.viewer!.resellerId }, { orderBy: { id: 'asc' } });
  }

  async create(ctx: Ctx, input: unknown): Promise<PaymentGateway> {
    const v = validate(inputSchema, input);
    this.check(ctx, v, null);
    const reseller = ctx.em.getReference(Reseller, ctx.viewer!.resellerId);
    const gateway = ctx.em.create(PaymentGateway, { reseller, kind: v.kind, name: v.name, currencies: '' });
    if (v.kind === GatewayKind.SANDBOX) v.testMode = true;
    this.apply(
      gateway,
      v,
      v.kind === GatewayKind.SANDBOX ? { webhookSecret: crypto.randomBytes(32).toString('hex') } : {},
    );
    audit(ctx.em, {
      resellerId: reseller.id,
      actorId: ctx.viewer!.userId,
      action: 'gateway.created',
      detail: `${v.kind} gateway “${v.name}” for ${gateway.currencies}`,
    });
    return this.save(ctx, gateway);
  }

  async update(ctx: Ctx, id: number, input: unknown): Promise<PaymentGateway> {
    const v = validate(inputSchema, input);
    const gateway = await this.find(ctx, id);
    if (v.kind !== gateway.kind)
      throw badInput([{ field: 'kind', message: `cannot change: this is a ${gateway.kind} gateway` }]);
    this.check(ctx, v, gateway);
    if (gateway.kind === GatewayKind.SANDBOX) v.testMode = true;
    this.apply(gateway, v, openCredentials(this.secrets, gateway));
    audit(ctx.em, {
      resellerId: gateway.reseller.id,
      actorId: ctx.viewer!.userId,
      action: 'gateway.updated',
      detail: `${gateway.kind} gateway “${v.name}”: ${gateway.enabled ? 'enabled' : 'disabled'}, ${gateway.currencies}, ${gateway.testMode ? 'test mode' : 'live'}`,
    });
    return this.save(ctx, gateway);
  }

  /** Deletes a gateway no payment went through (its saved cards go with it); one with payments can only be disabled. */
  async delete(ctx: Ctx, id: number): Promise<PaymentGateway> {
    const gateway = await this.find(ctx, id);
    if (
      await ctx.em.count(
        Payment,
        { gateway: gateway.id },
        unscoped('a gateway that took any payment, whoever’s, cannot be deleted'),
      )
    )
      throw conflict('Payments went through this gateway: disable it instead');
    audit(ctx.em, {
      resellerId: gateway.reseller.id,
      actorId: ctx.viewer!.userId,
      action: 'gateway.deleted',
      detail: `${gateway.kind} gateway “${gateway.name}”`,
    });
    await ctx.em.remove(gateway).flush();
    return gateway;
  }

  /** The built-in test gateway a fresh install starts with, so a test payment works end to end. */
  addSandbox(em: EntityManager, reseller: Reseller): void {
    if (!paymentSettings.of(this.config).sandbox) return;
    const gateway = em.create(PaymentGateway, {
      reseller,
      kind: GatewayKind.SANDBOX,
      name: 'Sandbox (test mode)',
      currencies: reseller.currency,
      testMode: true,
    });
    gateway.credentials = this.secrets.seal(JSON.stringify({ webhookSecret: crypto.randomBytes(32).toString('hex') }));
    gateway.credentialNames = 'webhookSecret';
  }

  async find(ctx: Ctx, id: number): Promise<PaymentGateway> {
    const gateway = await ctx.em.findOne(PaymentGateway, { id }, { populate: ['credentials'] });
    if (!gateway) throw notFound('Payment gateway');
    return gateway;
  }

  private check(ctx: Ctx, v: GatewayInput, existing: PaymentGateway | null): void {
    const fields: FieldError[] = [];
    if (v.kind === GatewayKind.SANDBOX && !paymentSettings.of(this.config).sandbox)
      fields.push({ field: 'kind', message: 'the sandbox is turned off in this installation (PAYMENT_SANDBOX)' });
    const master = ctx.viewer!.role === Role.MASTER_ADMIN;
    // Only the master admin sets the address; anyone else's save keeps the one stored.
    if (!master) {
      if (v.baseUrl && v.baseUrl !== (existing?.baseUrl ?? null))
        fields.push({ field: 'baseUrl', message: 'can be set only by the master admin' });
      v.baseUrl = existing?.baseUrl ?? null;
    } else if (v.baseUrl) {
      const problem =
        v.kind === GatewayKind.SANDBOX ? 'the sandbox is built in: it has no address' : baseUrlProblem(v.baseUrl);
      if (problem) fields.push({ field: 'baseUrl', message: problem });
    }
    if (v.kind === GatewayKind.PAYPAL_STANDARD && !v.merchantAccount)
      fields.push({ field: 'merchantAccount', message: 'is required: the PayPal account payments go to' });
    const stored = new Set(existing?.credentialNames.split(',').filter(Boolean));
    for (const name of SECRET_FIELDS[v.kind]) {
      if (name === 'webhookSecret') continue; // generated
      if (!v[name as keyof GatewayInput] && !stored.has(name))
        fields.push({ field: name, message: `is required for ${v.kind}` });
    }
    if (fields.length) throw badInput(fields);
  }

  /** Copies the input; secrets given replace the stored ones, secrets left out are kept. */
  private apply(gateway: PaymentGateway, v: GatewayInput, current: Record<string, string>): void {
    gateway.name = v.name;
    gateway.currencies = [...new Set(v.currencies)].join(',');
    gateway.enabled = v.enabled ?? gateway.enabled;
    gateway.testMode = v.testMode ?? gateway.testMode;
    gateway.baseUrl = v.baseUrl;
    gateway.merchantAccount = v.merchantAccount;
    const creds = { ...current };
    for (const name of SECRET_FIELDS[v.kind]) {
      const given = v[name as keyof GatewayInput];
      if (typeof given === 'string') creds[name] = given;
    }
    const names = Object.keys(creds).filter((k) => creds[k]);
    gateway.credentials = names.length ? this.secrets.seal(JSON.stringify(creds)) : null;
    gateway.credentialNames = names.join(',');
  }

  private async save(ctx: Ctx, gateway: PaymentGateway): Promise<PaymentGateway> {
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'name', message: 'is already the name of another gateway' }]);
      throw err;
    }
    return gateway;
  }
}
