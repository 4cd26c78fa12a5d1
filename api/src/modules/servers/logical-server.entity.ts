import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DriverName, ServerKind } from './enums';
import { PhysicalServer } from './physical-server.entity';
import { ServerGroup } from './server-group.entity';

/** Non-secret driver settings; the password lives encrypted in `secret`. */
export interface DriverSettings {
  host?: string;
  port?: number;
  /** WEB: the port of the TLS server blocks, on `host` too (443 by default). */
  tlsPort?: number;
  user?: string;
  /** Host part of the database users a MySQL server creates ('%' by default). */
  userHost?: string;
  /** BIND/NGINX: the folder the driver writes (zone files and zone list; server blocks), included by the server's own config. */
  configDir?: string;
  /** BIND/NGINX: the command the driver runs to check and reload, e.g. `rndc -s 127.0.0.1 -p 953` or `nginx -p /srv/nginx`. */
  controlCommand?: string;
  /** NGINX: the folder under which account homes and document roots live. */
  webRoot?: string;
  /** DNS: the public host name of this name server, used in NS and SOA records (e.g. ns1.example-host.com). */
  nameServer?: string;
  /** DNS: a fixed role; unset, the primary of each new zone is chosen at random (DNS-2). */
  dnsRole?: 'PRIMARY' | 'SECONDARY';
}

/** A service on a physical server (SRV-2): web, mail, DNS, MySQL… reached through a driver. */
@ObjectType({
  description: 'A service (web, mail, DNS, MySQL…) running on a physical server, managed through a driver.',
})
@Entity({ tableName: 'logical_server' })
@Index({ properties: ['kind', 'enabled'] })
export class LogicalServer {
  [OptionalProps]?:
    'group' | 'settings' | 'secret' | 'maxAccounts' | 'maxDiskMb' | 'maxTasks' | 'enabled' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  name!: string;

  @Field(() => ServerKind)
  @Enum({ items: () => ServerKind, type: 'string' })
  kind!: ServerKind;

  @Field(() => PhysicalServer)
  @ManyToOne(() => PhysicalServer, { deleteRule: 'restrict' })
  physical!: PhysicalServer;

  @Field(() => ServerGroup, { nullable: true })
  @ManyToOne(() => ServerGroup, { nullable: true, deleteRule: 'set null' })
  group: ServerGroup | null = null;

  @Field(() => DriverName)
  @Enum({ items: () => DriverName, type: 'string' })
  driver!: DriverName;

  @Property({ type: 'json' })
  settings: DriverSettings = {};

  /** AES-256-GCM ciphertext of the driver password (see secrets.ts); never returned by the API. */
  @Property({ type: 'text', nullable: true, lazy: true })
  secret: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Most accounts placed here; null for no limit.' })
  @Property({ type: 'integer', nullable: true })
  maxAccounts: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Most disk (MB) the resources here may use; null for no limit.' })
  @Property({ type: 'integer', nullable: true })
  maxDiskMb: number | null = null;

  @Field(() => Int, { description: 'Most tasks the engine runs on this server at once.' })
  @Property({ type: 'integer', default: 2 })
  maxTasks: number = 2;

  @Field(() => Boolean, { description: 'Disabled servers get no new resources; existing ones keep working.' })
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
