import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';

/** Where placement put an account's resources of one kind; chosen on first use, then it sticks. */
@Entity({ tableName: 'account_server' })
@Unique({ properties: ['account', 'kind'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class AccountServer {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @Enum({ items: () => ServerKind, type: 'string' })
  kind!: ServerKind;

  @ManyToOne(() => LogicalServer, { deleteRule: 'restrict' })
  server!: LogicalServer;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
