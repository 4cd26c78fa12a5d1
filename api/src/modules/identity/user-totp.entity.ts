import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A user's authenticator app (TOTP, RFC 6238): its secret sealed with the process's secret box,
 * never shown again once confirmed. Until `confirmedAt` it is an enrolment in progress and signs
 * no one in. `lastStep` is the time step of the last code taken: a code (or an older one) is never
 * accepted twice, so a code seen over a shoulder cannot be replayed within its window.
 */
@Entity({ tableName: 'user_totp' })
@Unique({ properties: ['user'] })
export class UserTotp {
  [OptionalProps]?: 'createdAt' | 'confirmedAt' | 'lastStep';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** The base32 secret, sealed (SecretBox). */
  @Property({ type: 'text', lazy: true })
  secretSealed!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  lastStep: number | null = null;
}
