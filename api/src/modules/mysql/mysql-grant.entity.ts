import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { ProvisionState } from '../../tasks/provision-state';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlUser } from './mysql-user.entity';

@ObjectType({ description: 'All privileges of one MySQL user on one database of the same account.' })
@Entity({ tableName: 'mysql_grant' })
@Unique({ properties: ['user', 'database'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class MysqlGrant {
  [OptionalProps]?: 'state' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  @Field(() => MysqlUser)
  @ManyToOne(() => MysqlUser, { deleteRule: 'cascade' })
  user!: MysqlUser;

  @Field(() => MysqlDatabase)
  @ManyToOne(() => MysqlDatabase, { deleteRule: 'cascade' })
  database!: MysqlDatabase;

  @Field(() => ProvisionState)
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
