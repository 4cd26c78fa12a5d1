import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PhysicalServerStatus, ServerOs } from './enums';

/** A machine (real or virtual) in the cluster (SRV-1). Cluster rows belong to the master admin; no tenant scope. */
@ObjectType({ description: 'A machine in the cluster; it runs one or more logical servers.' })
@Entity({ tableName: 'physical_server' })
export class PhysicalServer {
  [OptionalProps]?: 'status' | 'notes' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Unique name, e.g. "web1.dc1".' })
  @Property({ type: 'string', length: 64, unique: true })
  name!: string;

  @Field(() => ServerOs)
  @Enum({ items: () => ServerOs, type: 'string' })
  os!: ServerOs;

  @Field(() => String, { description: 'Management address: an IPv4/IPv6 address or host name.' })
  @Property({ type: 'string', length: 253 })
  address!: string;

  @Field(() => PhysicalServerStatus)
  @Enum({ items: () => PhysicalServerStatus, type: 'string' })
  status: PhysicalServerStatus = PhysicalServerStatus.ONLINE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
