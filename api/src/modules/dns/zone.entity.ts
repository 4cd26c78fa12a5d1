import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { ProvisionState } from '../../tasks/provision-state';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { LogicalServer } from '../servers';

/**
 * A DNS zone (DNS-3) on two name servers (DNS-2): the primary holds the file the panel renders,
 * the secondary transfers it from the primary. The service zone has no account.
 */
@ObjectType({ description: 'A DNS zone: served by a primary name server and transferred to a secondary one.' })
@Entity({ tableName: 'zone' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Zone {
  [OptionalProps]?:
    'account' | 'secondary' | 'leaving' | 'leavingPrimary' | 'leavingUntil' | 'state' | 'createdAt' | 'changedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  /** Null for a reseller's service zone. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict', index: true })
  account: Account | null = null;

  @Field(() => String, { description: 'ASCII (punycode) name, lowercase, without the final dot.' })
  @Property({ type: 'string', length: 253, unique: true })
  name!: string;

  @ManyToOne(() => LogicalServer, { deleteRule: 'restrict', index: true })
  primary!: LogicalServer;

  @ManyToOne(() => LogicalServer, { nullable: true, deleteRule: 'restrict', index: true })
  secondary: LogicalServer | null = null;

  /**
   * A server the zone moved away from (zone-move.ts): until the move's grace time ends it keeps
   * serving the zone in the role it had (`leavingPrimary`: the panel writes its file as it writes the
   * primary's; else a secondary of the primary), so resolvers still sent to it get answers, and a
   * role it keeps needs no reconfiguration of named (which would leave the zone unloaded a moment).
   */
  @ManyToOne(() => LogicalServer, { nullable: true, deleteRule: 'set null', index: true })
  leaving: LogicalServer | null = null;

  @Property({ type: 'boolean', default: false })
  leavingPrimary: boolean = false;

  /** When `leaving` stops serving the zone. */
  @Property({ type: 'Date', nullable: true })
  leavingUntil: Date | null = null;

  @Field(() => Int, { description: 'SOA serial, YYYYMMDDnn; raised on every change.' })
  @Property({ type: 'integer' })
  serial!: number;

  @Field(() => ProvisionState)
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When its records last changed.' })
  @Property({ type: 'Date' })
  changedAt: Date = new Date();
}
