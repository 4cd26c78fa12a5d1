import { Entity, Filter, OptionalProps, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { KbArticle } from './kb-article.entity';

/**
 * A suggestion answered a customer's question and the ticket they were writing was not sent. Belongs
 * to the customer's company (whose dashboard counts it), which may differ from the article's (a
 * master's shared article answering a reseller's customer).
 */
@Entity({ tableName: 'kb_deflection' })
@Index({ properties: ['reseller', 'at'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class KbDeflection {
  [OptionalProps]?: 'account' | 'at';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => KbArticle, { deleteRule: 'cascade' })
  article!: KbArticle;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** The account the customer was working in (the session's active one). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account: Account | null = null;

  @Property({ type: 'Date' })
  at: Date = new Date();
}
