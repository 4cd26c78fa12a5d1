import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlacementPolicy, ServerKind } from './enums';

/** Logical servers of one kind; new resources are placed on one member (SRV-3). */
@ObjectType({
  description: 'Logical servers of one kind; new account resources are placed on one member by its policy.',
})
@Entity({ tableName: 'server_group' })
export class ServerGroup {
  [OptionalProps]?: 'policy' | 'isDefault' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  name!: string;

  @Field(() => ServerKind)
  @Enum({ items: () => ServerKind, type: 'string' })
  kind!: ServerKind;

  @Field(() => PlacementPolicy)
  @Enum({ items: () => PlacementPolicy, type: 'string' })
  policy: PlacementPolicy = PlacementPolicy.RANDOM;

  @Field(() => Boolean, {
    description: 'Placement for this kind uses the default group (one per kind) until plans choose groups.',
  })
  @Property({ type: 'boolean', default: false })
  isDefault: boolean = false;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
