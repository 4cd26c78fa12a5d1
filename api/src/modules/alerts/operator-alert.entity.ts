import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';

/**
 * A problem in a company's setup that stopped something a customer asked for (no server with
 * room, no service domain, a name server without an address). One row per company and problem:
 * a repeat counts up instead of adding rows; dismissed, the row waits to be reopened (and mailed
 * again) by the next occurrence.
 */
@ObjectType({
  description:
    'A setup problem of the company that stopped a customer’s request; shown to the company’s admins until dismissed.',
})
@Entity({ tableName: 'operator_alert' })
@Unique({ properties: ['reseller', 'problem'] })
@Index({ properties: ['reseller', 'resolvedAt'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class OperatorAlert {
  [OptionalProps]?: 'occurrences' | 'resolvedAt' | 'firstSeenAt' | 'lastSeenAt';

  @Field(() => ID, { description: 'Numeric alert ID.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => String, {
    description: 'Which problem this is, e.g. NO_ROOM:DNS or NAME_SERVER_ADDRESS:3; one alert per company and problem.',
  })
  @Property({ type: 'string', length: 100 })
  problem!: string;

  @Field(() => String, { description: 'What is wrong and what to do, as the panel found it the last time.' })
  @Property({ type: 'string', length: 500 })
  message!: string;

  @Field(() => String, {
    description: 'The panel page (a path such as /admin/servers/groups) where the problem is fixed.',
  })
  @Property({ type: 'string', length: 200 })
  fixPath!: string;

  @Field(() => Int, { description: 'How many requests the problem stopped since the alert was (re)opened.' })
  @Property({ type: 'integer', default: 1 })
  occurrences: number = 1;

  @Field(() => Date, { description: 'When the problem first stopped a request since the alert was (re)opened.' })
  @Property({ type: 'Date' })
  firstSeenAt: Date = new Date();

  @Field(() => Date, { description: 'When the problem last stopped a request.' })
  @Property({ type: 'Date' })
  lastSeenAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When an admin dismissed the alert; null while it is open.' })
  @Property({ type: 'Date', nullable: true })
  resolvedAt: Date | null = null;
}
