import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';

/** A company's saved answer its staff insert into a reply. */
@ObjectType({ description: 'A saved answer the staff insert into a ticket reply.' })
@Entity({ tableName: 'canned_reply' })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class CannedReply {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
