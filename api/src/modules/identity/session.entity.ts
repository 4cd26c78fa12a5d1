import { Entity, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';
import { User } from './user.entity';

/**
 * A server-side login session. The cookie carries a random token; only its SHA-256
 * is stored, so a copy of the database cannot be used to sign in.
 */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'activeAccount' | 'createdAt' | 'lastSeenAt' | 'ip' | 'userAgent';

  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true }) // declared: the PostgreSQL generator drops undeclared FK indexes
  user!: User;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  activeAccount: Account | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  userAgent: string | null = null;
}
