import { BigIntType, Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';

/**
 * A service a company sells besides plans (SUP-3): site design, installation, migration. Its price
 * is in the company's currency (integer minor units, as plan prices); an order copies it, so a new
 * price never changes a job already ordered.
 */
@ObjectType({ description: 'A service the company sells besides plans (design, installation, migration).' })
@Entity({ tableName: 'job_type' })
@Index({ properties: ['reseller', 'position'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class JobType {
  [OptionalProps]?: 'description' | 'active' | 'position' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => String, { description: 'What the customer orders, e.g. “WordPress installation”.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'What it includes, shown in the catalogue (plain text).' })
  @Property({ type: 'text' })
  description: string = '';

  /** Price in minor units of the company's currency; 0: free (no invoice). */
  @Property({ type: new BigIntType('bigint') })
  priceMinor!: bigint;

  @Field(() => Boolean, { description: 'Whether customers can order it now.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int, { description: 'Its place in the catalogue (lowest first).' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
