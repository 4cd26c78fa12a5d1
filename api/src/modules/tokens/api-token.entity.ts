import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { User } from '../identity';
import { Reseller } from '../resellers';

/**
 * Who sees a token: the master every one, a company's admins (and, through the filter only, its
 * support staff: the service narrows them to their own) its users', an end user their own.
 */
function tokenScope(args: ScopeParams) {
  const s = requireScope(args);
  if (s.all) return {};
  return s.userId === undefined ? { reseller: s.resellerId } : { reseller: s.resellerId, user: s.userId };
}

/**
 * An API token (API-1): a third party's credential to act as its owner through the GraphQL API,
 * narrowed by its scopes, until it expires or is revoked. The secret is shown once; only the
 * SHA-256 of its random part is kept, found by the token's public lookup part.
 */
@ObjectType({
  description: 'An API token: its owner acts through it, narrowed by its scopes. Its secret is never shown again.',
})
@Entity({ tableName: 'api_token' })
@Index({ properties: ['reseller', 'id'] })
@Filter({ name: SCOPE, default: true, cond: tokenScope })
export class ApiToken {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'lastUsedIp' | 'revokedAt' | 'allowedIps';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Field(() => String, { description: 'Its name, for its owner and the audit trail.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The public part of the secret after `helio_`: how a request's token is found. */
  @Unique()
  @Property({ type: 'string', length: 16 })
  lookup!: string;

  /** SHA-256 (hex) of the secret part; compared in constant time. */
  @Property({ type: 'string', length: 64, lazy: true })
  secretHash!: string;

  /** `GROUP:ACCESS` pairs, comma-separated (scopes.ts). */
  @Property({ type: 'string', length: 500 })
  scopes!: string;

  /** Allowed client addresses and CIDR ranges, canonical, newline-separated; empty: any address. */
  @Property({ type: 'text', default: '' })
  allowedIps: string = '';

  @Field(() => Date, { description: 'When it stops working.' })
  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute); null: never.' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The client address it was last used from.' })
  @Property({ type: 'string', length: 64, nullable: true })
  lastUsedIp: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
