import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, Unique, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { Reseller } from '../resellers';
import { Language, Skin } from '../../graphql/presentation';
import { Role } from './enums';

@ObjectType({
  simpleResolvers: true,
  description: 'A login: one person who signs in. An end user owns one or more accounts.',
})
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['reseller', 'login'] })
@Filter({
  name: SCOPE,
  default: true,
  cond: (args: ScopeParams) => {
    const s = requireScope(args);
    if (s.all) return {};
    return s.userId === undefined ? { reseller: s.resellerId } : { reseller: s.resellerId, id: s.userId };
  },
})
export class User {
  [OptionalProps]?:
    | 'skin'
    | 'textOnly'
    | 'textOnlyChosen'
    | 'language'
    | 'createdAt'
    | 'passwordChangedAt'
    | 'disabledAt'
    | 'emailVerifiedAt';

  @Field(() => ID, { description: 'Numeric user ID.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @Field(() => String, { description: 'Login name, unique within the reseller; lower case.' })
  @Property({ type: 'string', length: 32 })
  login!: string;

  @Field(() => String, { description: 'Contact e-mail address.' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** argon2id PHC string; never exposed. */
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash!: string;

  @Field(() => Role, { description: 'Master admin, reseller admin, support staff or end user.' })
  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** Null means "use the reseller's default". */
  @Enum({ items: () => Skin, type: 'string', nullable: true })
  skin: Skin | null = null;

  @Property({ type: 'boolean', default: false })
  textOnly: boolean = false;

  /** Whether `textOnly` is the user's own choice; if not, the company's default applies. */
  @Property({ type: 'boolean', default: false })
  textOnlyChosen: boolean = false;

  @Enum({ items: () => Language, type: 'string', nullable: true })
  language: Language | null = null;

  @Field(() => Date, { description: 'When the user was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  passwordChangedAt: Date | null = null;

  /**
   * When the user proved they read `email` (the link mailed to it). An address an admin typed in
   * (creating a user, a reseller or a staff login) and the first-run setup's count as verified at
   * creation, as did every address before verification came in (the migration sets them); only the
   * public signup and changing one's own address leave it null until the link is used.
   */
  @Field(() => Date, {
    nullable: true,
    description: 'When the e-mail address was verified (its mailed link used); null until then.',
  })
  @Property({ type: 'Date', nullable: true })
  emailVerifiedAt: Date | null = new Date();

  @Field(() => Date, {
    nullable: true,
    description: 'Set while the login is disabled (a support staff login that left): it cannot sign in.',
  })
  @Property({ type: 'Date', nullable: true })
  disabledAt: Date | null = null;
}
