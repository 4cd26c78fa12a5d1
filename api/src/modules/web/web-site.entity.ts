import { Entity, Enum, Filter, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { ProvisionState } from '../../tasks/provision-state';
import { Account } from '../accounts';
import type { Domain } from '../domains';
import { Reseller } from '../resellers';
import { LogicalServer } from '../servers';

/** A web site on a web logical server (SRV-6 web): a server block for its names and a document root. */
@ObjectType({
  description: 'A web site: a server block for its host names and a document root on the account’s web server.',
})
@Entity({ tableName: 'web_site' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class WebSite {
  [OptionalProps]?: 'documentRoot' | 'httpsRedirect' | 'hsts' | 'state' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'restrict', index: true })
  account!: Account;

  @OneToOne({ entity: 'Domain', owner: true, deleteRule: 'cascade', nullable: false })
  domain!: Domain;

  @ManyToOne(() => LogicalServer, { deleteRule: 'restrict', index: true })
  server!: LogicalServer;

  /** Folder in the account home: the domain's ASCII name, or "web" for an account without a domain. */
  @Field(() => String, { description: 'Folder of the site inside the account’s home.' })
  @Property({ type: 'string', length: 253 })
  directory!: string;

  @Field(() => [String], { description: 'Host names the site answers to; empty for web space without a domain.' })
  @Property({ type: 'json' })
  serverNames!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Absolute document root on the web server, once the site exists.',
  })
  @Property({ type: 'string', length: 1024, nullable: true })
  documentRoot: string | null = null;

  /** Asked by the owner; served only for the names a certificate covers (the ssl area supplies those). */
  @Field(() => Boolean, {
    description:
      'Plain HTTP answers with a permanent redirect to HTTPS, for the names a certificate covers (the others keep being served on HTTP).',
  })
  @Property({ type: 'boolean', default: false })
  httpsRedirect: boolean = false;

  @Field(() => Boolean, {
    description:
      'HTTPS answers tell browsers to use HTTPS only for this host for a year (Strict-Transport-Security: max-age=31536000).',
  })
  @Property({ type: 'boolean', default: false })
  hsts: boolean = false;

  @Field(() => ProvisionState)
  @Enum({ items: () => ProvisionState, type: 'string' })
  state: ProvisionState = ProvisionState.QUEUED;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
