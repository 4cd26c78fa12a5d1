import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';

/**
 * A published version of a company's theme: the settings it had then, never changed afterwards, so
 * rolling back is pointing the company at an earlier one (CompanyBrand.current).
 */
@Entity({ tableName: 'brand_version' })
@Unique({ properties: ['reseller', 'number'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class BrandVersion {
  [OptionalProps]?: 'publishedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  /** 1, 2, 3 ... per company. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 60 })
  name!: string;

  /** BrandSettings as JSON (brand-settings.ts). */
  @Property({ type: 'text' })
  settings!: string;

  @Property({ type: 'string', length: 64 })
  publishedBy!: string;

  @Property({ type: 'Date' })
  publishedAt: Date = new Date();
}
