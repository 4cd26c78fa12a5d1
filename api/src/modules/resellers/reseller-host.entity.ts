import { Entity, Filter, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { Reseller } from './reseller.entity';

/**
 * Another host name a reseller's panel answers on (RES-1), beside its main one (`Reseller.cpHost`,
 * which links in mail and gateways use). Unique across every company's hosts.
 */
@Entity({ tableName: 'reseller_host' })
@Filter({
  name: SCOPE,
  default: true,
  cond: (args: ScopeParams) => {
    const s = requireScope(args);
    return s.all ? {} : { reseller: s.resellerId };
  },
})
export class ResellerHost {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Property({ type: 'string', length: 253, unique: true })
  host!: string;
}
