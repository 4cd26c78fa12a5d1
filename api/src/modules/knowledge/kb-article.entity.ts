import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Language } from '../../graphql/presentation';
import { Reseller } from '../resellers';
import { ArticleState } from './enums';
import { KbCategory } from './kb-category.entity';

/**
 * An article of a company's knowledge base (SUP-2): Markdown, rendered on the server with raw HTML
 * refused (markdown.ts). The master's articles marked `sharedWithResellers` are also read by every
 * reseller's customers. Searched through the full-text index of its dialect (search.ts).
 */
@ObjectType('KbArticle', { description: 'An article of a company’s knowledge base.' })
@Entity({ tableName: 'kb_article' })
@Unique({ properties: ['reseller', 'slug'] })
@Index({ properties: ['reseller', 'state', 'language'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class KbArticle {
  [OptionalProps]?:
    | 'state'
    | 'sharedWithResellers'
    | 'publishedAt'
    | 'createdAt'
    | 'updatedAt'
    | 'helpfulCount'
    | 'notHelpfulCount'
    | 'views';

  @Field(() => ID, { description: 'Numeric article ID.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => KbCategory, { deleteRule: 'cascade' })
  category!: KbCategory;

  @Field(() => Language, { description: 'The language it is written in (its category’s).' })
  @Enum({ items: () => Language, type: 'string' })
  language!: Language;

  @Field(() => String, { description: 'The title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The name in addresses, unique in the company (/kb/<slug>).' })
  @Property({ type: 'string', length: 120 })
  slug!: string;

  @Field(() => String, { description: 'The text, in Markdown (raw HTML is shown as text).' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ArticleState, { description: 'Draft or published.' })
  @Enum({ items: () => ArticleState, type: 'string', default: ArticleState.DRAFT })
  state: ArticleState = ArticleState.DRAFT;

  @Field(() => Boolean, {
    description: 'The master company’s articles only: resellers’ customers read it too when published.',
  })
  @Property({ type: 'boolean', default: false })
  sharedWithResellers: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When it was last published; null for a draft never published.' })
  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When its text last changed.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Readers who said it helped.' })
  @Property({ type: 'integer', default: 0 })
  helpfulCount: number = 0;

  @Field(() => Int, { description: 'Readers who said it did not help.' })
  @Property({ type: 'integer', default: 0 })
  notHelpfulCount: number = 0;

  @Field(() => Int, { description: 'How often it was opened by readers.' })
  @Property({ type: 'integer', default: 0 })
  views: number = 0;
}
