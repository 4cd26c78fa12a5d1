import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { ProvisionState } from '../../tasks/provision-state';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { DomainKind } from './enums';

/**
 * The zone holding a domain's records: a Zone of the dns area, which builds on this one, so it is
 * named rather than imported (like the task engine's TaskTarget); dns reads it as its own entity.
 */
export interface DomainZone {
  id: number;
}

/** A domain of an account (UAD-3): one of the ways of DomainKind, with its zone and web site. */
@ObjectType({
  description:
    'A domain of an account: its DNS zone (or records in the service zone) and its web site, as its kind says.',
})
@Entity({ tableName: 'domain' })
@Index({ properties: ['account', 'kind'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Domain {
  [OptionalProps]?: 'name' | 'zone' | 'instantAlias' | 'state' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @Field(() => Account)
  @ManyToOne(() => Account, { deleteRule: 'restrict', index: true })
  account!: Account;

  @Field(() => DomainKind)
  @Enum({ items: () => DomainKind, type: 'string' })
  kind!: DomainKind;

  /** ASCII (punycode) and lowercase; unique across the whole system. Null for NO_DOMAIN. */
  @Field(() => String, {
    nullable: true,
    description: 'The name in ASCII (punycode for IDN), lowercase; null for NO_DOMAIN web space.',
  })
  @Property({ type: 'string', length: 253, nullable: true, unique: true })
  name: string | null = null;

  /** The zone holding its records: its own (OWN, PARKED) or the service zone (THIRD_LEVEL, INSTANT). */
  @ManyToOne({ entity: 'Zone', nullable: true, deleteRule: 'set null', index: true })
  zone: DomainZone | null = null;

  /** OWN: an address under the service domain that reaches the site before the domain's DNS does. */
  @Field(() => String, {
    nullable: true,
    description:
      'An address under the service domain that reaches the site at once (OWN domains), before the registrar’s name server change takes effect.',
  })
  @Property({ type: 'string', length: 253, nullable: true, unique: true })
  instantAlias: string | null = null;

  /** Stored: QUEUED, or DELETING once removal is queued. The API shows stateOf() its parts (domain-state.ts). */
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
