import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** What a mailed link is for. */
export enum MailedTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  EMAIL_VERIFICATION = 'EMAIL_VERIFICATION',
}

/**
 * A link mailed to a user (a password reset, an address to verify): the link carries a random
 * token, only its SHA-256 is stored here, so a copy of the database opens nothing. Single use (the
 * row is deleted when used), expiring, and a new link of the same purpose deletes the user's
 * earlier ones. `email` is the address it was sent to: a link for an address the user has since
 * changed verifies nothing.
 */
@Entity({ tableName: 'mailed_token' })
export class MailedToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Enum({ items: () => MailedTokenPurpose, type: 'string' })
  purpose!: MailedTokenPurpose;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;
}
