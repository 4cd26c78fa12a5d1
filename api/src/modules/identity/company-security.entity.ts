import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Reseller } from '../resellers';

/**
 * A company's sign-in policy: whether its admins must use a second factor. The master's company
 * (root) for the master's admins, each reseller for its own. No row: not required.
 */
@Entity({ tableName: 'company_security' })
export class CompanySecurity {
  [OptionalProps]?: 'adminsNeedTwoFactor' | 'updatedAt';

  @OneToOne(() => Reseller, { primary: true, deleteRule: 'cascade', owner: true })
  reseller!: Reseller;

  @Property({ type: 'boolean', default: false })
  adminsNeedTwoFactor: boolean = false;

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
