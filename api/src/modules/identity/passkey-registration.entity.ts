import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** A passkey registration under way: the WebAuthn challenge the browser must sign, one per user, single-use, minutes long. */
@Entity({ tableName: 'passkey_registration' })
export class PasskeyRegistration {
  @OneToOne(() => User, { primary: true, deleteRule: 'cascade', owner: true })
  user!: User;

  @Property({ type: 'string', length: 128 })
  challenge!: string;

  @Property({ type: 'Date' })
  expiresAt!: Date;
}
