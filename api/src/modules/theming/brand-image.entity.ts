import {
  BlobType,
  Entity,
  Enum,
  Filter,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';
import { BrandImageKind } from './brand-image';

/**
 * An image a company uploaded for its brand (a logo or a favicon), checked and sanitised
 * (brand-image.ts). Themes name it by its content hash; the panel serves it at /brand/images/<hash>
 * on the company's own host only.
 */
@Entity({ tableName: 'brand_image' })
@Unique({ properties: ['reseller', 'hash'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class BrandImage {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  /** SHA-256 of `data`, hex. */
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Enum({ items: () => BrandImageKind, type: 'string' })
  kind!: BrandImageKind;

  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Property({ type: BlobType, lazy: true })
  data!: Buffer;

  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'integer' })
  bytes!: number;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
