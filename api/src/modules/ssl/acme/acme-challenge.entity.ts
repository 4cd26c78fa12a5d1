import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An HTTP-01 challenge being answered (RFC 8555 §8.3): the panel serves `keyAuthorization` at
 * /.well-known/acme-challenge/<token>, where each site's nginx sends that path. Written (and
 * committed) before the authority is told to look, removed when the order is done; rows left by
 * a crash are dropped once `expiresAt` passes.
 */
@Entity({ tableName: 'acme_challenge' })
export class AcmeChallenge {
  @PrimaryKey({ type: 'string', length: 200 })
  token!: string;

  @Property({ type: 'string', length: 400 })
  keyAuthorization!: string;

  @Property({ type: 'integer' })
  certificateId!: number;

  @Property({ type: 'Date', index: true })
  expiresAt!: Date;
}
