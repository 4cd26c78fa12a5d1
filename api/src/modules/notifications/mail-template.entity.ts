import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Language } from '../../graphql/presentation';
import { Reseller } from '../resellers';
import { MailEvent } from './mail-events';

/**
 * A company's own wording of one e-mail in one language (LF-2): it replaces the built-in template
 * for that event and language; deleting the row goes back to the built-in one.
 */
@Entity({ tableName: 'mail_template' })
@Unique({ properties: ['reseller', 'event', 'language'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class MailTemplate {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Enum({ items: () => MailEvent, type: 'string' })
  event!: MailEvent;

  @Enum({ items: () => Language, type: 'string' })
  language!: Language;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
