import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { LogicalServer } from '../servers';
import { ProvisionState } from '../../tasks/provision-state';

@ObjectType({ description: 'A MySQL database of an account, on the account’s MySQL server.' })
@Entity({ tableName: 'mysql_database' })
@Unique({ properties: ['server', 'name'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class MysqlDatabase {
  [OptionalProps]?: 'state' | 'sizeBytes' | 'sizeCheckedAt' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @Field(() => Account)
  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  @ManyToOne(() => LogicalServer, { deleteRule: 'restrict' })
  server!: LogicalServer;

  @Field(() => String, { description: 'Full name on the server, with the account prefix (e.g. "a12_shop").' })
  @Property({ type: 'string', length: 64 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  charset!: string;

  @Field(() => ProvisionState)
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Float, {
    nullable: true,
    description:
      'Size in bytes on disk as the server last reported it; null if it never did (the FILES driver measures nothing).',
  })
  @Property({ type: 'double', nullable: true })
  sizeBytes: number | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the panel last asked the server for the size (periodically, or after refreshMysqlSizes).',
  })
  @Property({ type: 'Date', nullable: true })
  sizeCheckedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
