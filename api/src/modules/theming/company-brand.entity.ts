import { Entity, Filter, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';
import { BrandVersion } from './brand-version.entity';

/**
 * A company's theme state: the version its panel shows (null: the built-in default) and the draft
 * its admins are working on, which only they see, in preview, until they publish it.
 */
@Entity({ tableName: 'company_brand' })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class CompanyBrand {
  [OptionalProps]?: 'current' | 'draft' | 'draftName' | 'draftUpdatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Reseller, { owner: true, deleteRule: 'cascade', unique: true })
  reseller!: Reseller;

  @ManyToOne(() => BrandVersion, { nullable: true, deleteRule: 'set null' })
  current: BrandVersion | null = null;

  /** BrandSettings as JSON, or null when there is no draft. */
  @Property({ type: 'text', nullable: true })
  draft: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  draftName: string | null = null;

  @Property({ type: 'Date', nullable: true })
  draftUpdatedAt: Date | null = null;
}
