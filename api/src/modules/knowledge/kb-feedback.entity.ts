import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity';
import { KbArticle } from './kb-article.entity';

/**
 * "Was this helpful?" from one user on one article (one answer each, which they may change). The
 * article's counters follow it; the row keeps an answer from being counted twice. Read and written
 * only by the knowledge area's raw statements, keyed by the signed-in user, so it has no tenant filter.
 */
@Entity({ tableName: 'kb_feedback' })
@Unique({ properties: ['article', 'user'] })
export class KbFeedback {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => KbArticle, { deleteRule: 'cascade' })
  article!: KbArticle;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'boolean' })
  helpful!: boolean;

  @Property({ type: 'Date' })
  at: Date = new Date();
}
