import { BigIntType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity';

/**
 * A passkey (a WebAuthn credential) a user registered as a second factor: its public key only;
 * the private key never leaves the user's authenticator.
 */
@ObjectType({ description: 'A passkey you registered: a second factor at sign-in.' })
@Entity({ tableName: 'passkey' })
@Unique({ properties: ['credentialId'] })
export class Passkey {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'counter' | 'transports';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Field(() => String, { description: 'The name you gave it (e.g. “Work laptop”).' })
  @Property({ type: 'string', length: 64 })
  name!: string;

  /** The credential's ID, base64url. */
  @Property({ type: 'string', length: 1400 })
  credentialId!: string;

  /** The COSE public key, base64url. */
  @Property({ type: 'text' })
  publicKey!: string;

  /** The authenticator's signature counter (0 when it keeps none). */
  @Property({ type: new BigIntType('number'), default: 0 })
  counter: number = 0;

  /** How the browser reaches it (internal, usb, hybrid …), comma-separated. */
  @Property({ type: 'string', length: 200 })
  transports: string = '';

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it last signed you in.' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt: Date | null = null;
}
