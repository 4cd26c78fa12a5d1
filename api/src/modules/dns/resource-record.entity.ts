import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import type { Domain } from '../domains';
import { Reseller } from '../resellers';
import { RecordType } from './enums';
import { Zone } from './zone.entity';

/** One resource record of a zone (DNS-4). SOA is not stored: it is rendered from the zone. */
@ObjectType({
  description:
    'A DNS resource record. Managed ones (the apex NS records, name server addresses) belong to the panel and cannot be changed.',
})
@Entity({ tableName: 'resource_record' })
@Index({ properties: ['zone', 'name'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class ResourceRecord {
  [OptionalProps]?: 'account' | 'domain' | 'priority' | 'weight' | 'port' | 'flags' | 'tag' | 'managed' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  /** The account whose domain the record serves; null for the service zone's own records. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict', index: true })
  account: Account | null = null;

  @ManyToOne(() => Zone, { deleteRule: 'cascade' })
  zone!: Zone;

  /** The domain the record was made for (in the service zone: a third-level or instant domain). */
  @ManyToOne({ entity: 'Domain', nullable: true, deleteRule: 'cascade', index: true })
  domain: Domain | null = null;

  /** Owner name relative to the zone: '@' for the apex, else lowercase ASCII labels without the zone. */
  @Field(() => String, {
    description: 'Owner name relative to the zone: @ for the zone’s apex, else labels such as www or _dmarc.',
  })
  @Property({ type: 'string', length: 253 })
  name!: string;

  @Field(() => RecordType)
  @Enum({ items: () => RecordType, type: 'string' })
  type!: RecordType;

  @Field(() => Int, { description: 'Time to live in seconds.' })
  @Property({ type: 'integer' })
  ttl!: number;

  @Field(() => String, {
    description:
      'A/AAAA: the address. CNAME/MX/NS/SRV: the target host, a full name without the final dot (see target). TXT: the text. CAA: the value.',
  })
  @Property({ type: 'text' })
  value!: string;

  @Field(() => Int, { nullable: true, description: 'MX preference or SRV priority.' })
  @Property({ type: 'integer', nullable: true })
  priority: number | null = null;

  @Field(() => Int, { nullable: true, description: 'SRV weight.' })
  @Property({ type: 'integer', nullable: true })
  weight: number | null = null;

  @Field(() => Int, { nullable: true, description: 'SRV port.' })
  @Property({ type: 'integer', nullable: true })
  port: number | null = null;

  @Field(() => Int, { nullable: true, description: 'CAA flags (0, or 128 for critical).' })
  @Property({ type: 'integer', nullable: true })
  flags: number | null = null;

  @Field(() => String, { nullable: true, description: 'CAA tag: issue, issuewild or iodef.' })
  @Property({ type: 'string', length: 16, nullable: true })
  tag: string | null = null;

  @Field(() => Boolean, {
    description: 'True for records the panel keeps itself (apex NS, name server addresses); they cannot be edited.',
  })
  @Property({ type: 'boolean', default: false })
  managed: boolean = false;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
