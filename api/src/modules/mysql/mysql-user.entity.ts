import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { LogicalServer } from '../servers';
import { ProvisionState } from '../../tasks/provision-state';

@ObjectType({ description: 'A MySQL login of an account; granted to some of its databases.' })
@Entity({ tableName: 'mysql_user' })
@Unique({ properties: ['server', 'name'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class MysqlUser {
  [OptionalProps]?: 'state' | 'passwordChangedAt' | 'createdAt';

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

  @Field(() => String, { description: 'Full login on the server, with the account prefix (e.g. "a12_app").' })
  @Property({ type: 'string', length: 32 })
  name!: string;

  @Field(() => ProvisionState)
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  passwordChangedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
