import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A one-time pass from an admin's panel to the panel of the user they sign in as (which may be on
 * another host, a reseller's): the link carries a random token in its fragment, only its SHA-256
 * is stored, and it is deleted when used or after a minute.
 */
@Entity({ tableName: 'impersonation_ticket' })
export class ImpersonationTicket {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  impersonator!: User;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  target!: User;

  @Property({ type: 'string', length: 300 })
  returnUrl!: string;

  @Property({ type: 'Date' })
  expiresAt!: Date;
}
