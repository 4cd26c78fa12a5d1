import { Entity, Enum, Filter, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { Language, Skin } from '../../graphql/presentation';
import { ResellerStatus } from './enums';

@ObjectType({
  description:
    "A hosting company: the master admin's own business (the root reseller) or a private-label reseller inside it. Every customer row belongs to exactly one reseller.",
})
@Entity({ tableName: 'reseller' })
@Filter({
  name: SCOPE,
  default: true,
  cond: (args: ScopeParams) => {
    const s = requireScope(args);
    return s.all ? {} : { id: s.resellerId };
  },
})
export class Reseller {
  [OptionalProps]?:
    | 'cpHost'
    | 'serviceDomain'
    | 'currency'
    | 'paymentTermDays'
    | 'reminderDays'
    | 'suspendAfterDays'
    | 'autoChargeDaysBefore'
    | 'autoChargeAttempts'
    | 'isRoot'
    | 'defaultSkin'
    | 'defaultLanguage'
    | 'setupCompletedAt'
    | 'status'
    | 'suspendedReason'
    | 'suspendedAt'
    | 'legalName'
    | 'address'
    | 'taxId'
    | 'supportEmail'
    | 'supportPhone'
    | 'productCredit'
    | 'defaultTextOnly'
    | 'usersChooseSkin'
    | 'usersChooseLanguage'
    | 'senderName'
    | 'senderAddress'
    | 'createdAt';

  @Field(() => ID, { description: 'Numeric reseller ID.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Company name shown to this reseller’s customers.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Host name of this reseller’s control panel (private label); null for the root reseller until set.',
  })
  @Property({ type: 'string', length: 253, nullable: true, unique: true })
  cpHost: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'The service domain (DNS-1, e.g. example-host.com): third-level and instant-access addresses live under it, in a zone the panel keeps. Null until set.',
  })
  @Property({ type: 'string', length: 253, nullable: true, unique: true })
  serviceDomain: string | null = null;

  @Field(() => String, {
    description: 'ISO 4217 code this company bills in (BIL-3); every ledger entry of its accounts is in it.',
  })
  @Property({ type: 'string', length: 3, default: 'USD' })
  currency: string = 'USD';

  @Field(() => Int, { description: 'Days from an invoice’s issue to its due date.' })
  @Property({ type: 'integer', default: 14 })
  paymentTermDays: number = 14;

  /** Days overdue on which a reminder is sent, comma-separated ("1,7"). */
  @Property({ type: 'string', length: 100, default: '1,7' })
  reminderDays: string = '1,7';

  @Field(() => Int, {
    nullable: true,
    description: 'Days overdue after which the account is suspended; null: never by the billing run.',
  })
  @Property({ type: 'integer', nullable: true, default: 14 })
  suspendAfterDays: number | null = 14;

  @Field(() => Int, {
    description: 'The billing run charges saved cards this many days before an invoice is due (0: on the due date).',
  })
  @Property({ type: 'integer', default: 0 })
  autoChargeDaysBefore: number = 0;

  @Field(() => Int, {
    description: 'Charge attempts per invoice, one a day, before dunning takes over (0: no automatic charges).',
  })
  @Property({ type: 'integer', default: 3 })
  autoChargeAttempts: number = 3;

  @Field(() => Boolean, { description: 'True for the master admin’s own business.' })
  @Property({ type: 'boolean', default: false })
  isRoot: boolean = false;

  @Field(() => Skin, { description: 'Skin used by this reseller’s users who have not chosen one.' })
  @Enum({ items: () => Skin, type: 'string', default: Skin.LEFT_MENU })
  defaultSkin: Skin = Skin.LEFT_MENU;

  @Field(() => Language, { description: 'Language used by this reseller’s users who have not chosen one.' })
  @Enum({ items: () => Language, type: 'string', default: Language.EN })
  defaultLanguage: Language = Language.EN;

  @Field(() => Boolean, { description: 'Whether its users who have not chosen start on the text-only variant.' })
  @Property({ type: 'boolean', default: false })
  defaultTextOnly: boolean = false;

  @Field(() => Boolean, {
    description: 'Whether its users may choose their own skin (LF-3); if not, everyone has the default.',
  })
  @Property({ type: 'boolean', default: true })
  usersChooseSkin: boolean = true;

  @Field(() => Boolean, { description: 'Whether its users may choose their own language (LF-3).' })
  @Property({ type: 'boolean', default: true })
  usersChooseLanguage: boolean = true;

  @Field(() => ResellerStatus, {
    description: 'SUSPENDED by the master admin: its users cannot sign in, and its accounts are suspended with it.',
  })
  @Enum({ items: () => ResellerStatus, type: 'string', default: ResellerStatus.ACTIVE })
  status: ResellerStatus = ResellerStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why the master admin suspended it (shown to the master only).' })
  @Property({ type: 'string', length: 500, nullable: true })
  suspendedReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  suspendedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Registered company name, for invoices (RES-1).' })
  @Property({ type: 'string', length: 200, nullable: true })
  legalName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Postal address, several lines.' })
  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true, description: 'VAT or tax number.' })
  @Property({ type: 'string', length: 50, nullable: true })
  taxId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where its customers write for help.' })
  @Property({ type: 'string', length: 254, nullable: true })
  supportEmail: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  supportPhone: string | null = null;

  @Field(() => Boolean, {
    description:
      'The master’s company only: whether its panel names the product (Heliosphere) under the sign-in form. A reseller’s panel never does (RES-2).',
  })
  @Property({ type: 'boolean', default: true })
  productCredit: boolean = true;

  @Field(() => String, {
    nullable: true,
    description: 'Name its customers’ e-mail comes from; null: the company name.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  senderName: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Address its customers’ e-mail comes from; null: the address of the panel’s MAIL_FROM.',
  })
  @Property({ type: 'string', length: 254, nullable: true })
  senderAddress: string | null = null;

  /** Set once, atomically, by the first-run setup; guards against two concurrent setups. */
  @Property({ type: 'Date', nullable: true })
  setupCompletedAt: Date | null = null;

  @Field(() => Date, { description: 'When the reseller was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
