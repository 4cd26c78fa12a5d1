import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A sign-in whose password was right and whose second factor is awaited: no session yet. An
 * HttpOnly cookie holds a random token, the row its SHA-256; it lasts minutes, takes a few wrong
 * codes, and is deleted when the second factor signs the user in. `challenge` is the WebAuthn
 * challenge of a passkey assertion asked for it (single-use: taken when checked).
 */
@Entity({ tableName: 'pending_sign_in' })
export class PendingSignIn {
  [OptionalProps]?: 'failures' | 'challenge' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  failures: number = 0;

  @Property({ type: 'string', length: 128, nullable: true })
  challenge: string | null = null;
}
