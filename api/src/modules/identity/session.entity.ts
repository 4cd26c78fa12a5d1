import { Entity, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { User } from './user.entity';

/** The account a session works on: the accounts area's row, named rather than imported (it is a higher area). */
export interface SessionAccount {
  id: number;
}

/**
 * A server-side login session. The cookie carries a random token; only its SHA-256
 * is stored, so a copy of the database cannot be used to sign in.
 */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'activeAccount' | 'createdAt' | 'lastSeenAt' | 'ip' | 'userAgent' | 'impersonator' | 'returnUrl';

  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true }) // declared: the PostgreSQL generator drops undeclared FK indexes
  user!: User;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  activeAccount: SessionAccount | null = null;

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

  /**
   * An admin signed in as this user for support (impersonation.service.ts): the session is theirs
   * to act in, it cannot change the user's password, and its start and end are in the audit trail.
   */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade', index: true })
  impersonator: User | null = null;

  /** Where "return to my panel" leads: the impersonator's own panel (absolute, from configuration). */
  @Property({ type: 'string', length: 300, nullable: true })
  returnUrl: string | null = null;
}
