import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The panel's account at an ACME certificate authority (RFC 8555): which directory, the contact
 * address, and the account key, sealed. One row: the master admin chooses the directory (Let's
 * Encrypt by default) and every company's certificates are ordered through it. Changing the
 * directory forgets the account URL: the key registers again at the new one on the next order.
 */
@Entity({ tableName: 'acme_account' })
export class AcmeAccount {
  [OptionalProps]?: 'email' | 'accountUrl' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 2000 })
  directoryUrl!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  /** The account key, PKCS#8 PEM, sealed. */
  @Property({ type: 'text' })
  sealedKey!: string;

  /** Where the directory keeps the account (its kid), once registered. */
  @Property({ type: 'string', length: 2000, nullable: true })
  accountUrl: string | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
