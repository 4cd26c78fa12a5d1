import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Language } from '../../graphql/presentation';
import { Reseller } from '../resellers';

/** A section of a company's knowledge base in one language (SUP-2), e.g. "Domains" or "E-mail". */
@ObjectType('KbCategory', { description: 'A section of a company’s knowledge base, in one language.' })
@Entity({ tableName: 'kb_category' })
@Unique({ properties: ['reseller', 'language', 'slug'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class KbCategory {
  [OptionalProps]?: 'position' | 'createdAt';

  @Field(() => ID, { description: 'Numeric category ID.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => Language, { description: 'The language of the category and its articles.' })
  @Enum({ items: () => Language, type: 'string' })
  language!: Language;

  @Field(() => String, { description: 'The name shown to readers.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The name in addresses (lower-case letters, digits and dashes).' })
  @Property({ type: 'string', length: 100 })
  slug!: string;

  @Field(() => Int, { description: 'Where it is listed: lower first.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
