import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { User } from '../identity/user.entity';
import { Reseller } from '../resellers/reseller.entity';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  MODERATION = 'MODERATION',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'ACTIVE: in service. SUSPENDED: stopped by an admin. MODERATION: waiting for an admin to approve it.',
});

@ObjectType({
  description:
    'One control panel under one plan, with its own numeric ID, balance, invoices and domains. A user owns one or more accounts and switches between them.',
})
@Entity({ tableName: 'account' })
@Index({ properties: ['reseller', 'status'] })
@Filter({
  name: SCOPE,
  default: true,
  cond: (args: ScopeParams) => {
    const s = requireScope(args);
    if (s.all) return {};
    return s.userId === undefined ? { reseller: s.resellerId } : { reseller: s.resellerId, owner: s.userId };
  },
})
export class Account {
  [OptionalProps]?: 'status' | 'suspendedReason' | 'maxMysqlDatabases' | 'maxMysqlUsers' | 'maxDomains' | 'createdAt';

  @Field(() => ID, { description: 'The numeric account ID customers quote to support.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true }) // declared: the PostgreSQL generator drops undeclared FK indexes
  owner!: User;

  @Field(() => String, { description: 'A label the owner recognises the account by.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => AccountStatus, { description: 'Whether the account is in service.' })
  @Enum({ items: () => AccountStatus, type: 'string' })
  status: AccountStatus = AccountStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why the account was suspended, as the admin wrote it.' })
  @Property({ type: 'string', length: 500, nullable: true })
  suspendedReason: string | null = null;

  // Resource limits live on the account until plans exist (billing issue); then the plan sets them.
  @Field(() => Int, { description: 'Most MySQL databases this account may have.' })
  @Property({ type: 'integer', default: 10 })
  maxMysqlDatabases: number = 10;

  @Field(() => Int, { description: 'Most MySQL users this account may have.' })
  @Property({ type: 'integer', default: 10 })
  maxMysqlUsers: number = 10;

  @Field(() => Int, { description: 'Most domains (of every kind) this account may have.' })
  @Property({ type: 'integer', default: 10 })
  maxDomains: number = 10;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
