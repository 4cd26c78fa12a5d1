import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from '../accounts';
import { IpKind } from './enums';
import { LogicalServer } from './logical-server.entity';

/** An address in a logical server's pool (SRV-4). A dedicated one is held by at most one account. */
@ObjectType({
  description: 'An IP address in a logical server’s pool; a dedicated one is held by at most one account at a time.',
})
@Entity({ tableName: 'ip_address' })
@Index({ properties: ['server', 'kind', 'account'] })
export class IpAddress {
  [OptionalProps]?: 'account' | 'allocatedAt' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Canonical text form (IPv4 dotted quad or compressed IPv6).' })
  @Property({ type: 'string', length: 45, unique: true })
  address!: string;

  @Field(() => LogicalServer)
  @ManyToOne(() => LogicalServer, { deleteRule: 'cascade' })
  server!: LogicalServer;

  @Field(() => IpKind)
  @Enum({ items: () => IpKind, type: 'string' })
  kind!: IpKind;

  @Field(() => Account, { nullable: true, description: 'The account holding this dedicated address.' })
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account: Account | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  allocatedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
