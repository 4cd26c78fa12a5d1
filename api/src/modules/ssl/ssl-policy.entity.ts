import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Reseller } from '../resellers';

/**
 * A company's SSL policy. `requireDedicatedIp`: a site's certificate (uploaded or free) needs its
 * account to hold a dedicated IP address, as H-Sphere required before browsers sent SNI; off by
 * default, since every current client does. No row: the defaults.
 */
@Entity({ tableName: 'ssl_policy' })
export class SslPolicy {
  [OptionalProps]?: 'requireDedicatedIp';

  @OneToOne(() => Reseller, { primary: true, owner: true, deleteRule: 'cascade' })
  reseller!: Reseller;

  @Property({ type: 'boolean', default: false })
  requireDedicatedIp: boolean = false;
}
