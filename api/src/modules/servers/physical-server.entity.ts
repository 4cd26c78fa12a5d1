import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PhysicalServerStatus, ServerHealth, ServerOs, ServerTransport } from './enums';

/** A machine (real or virtual) in the cluster (SRV-1). Cluster rows belong to the master admin; no tenant scope. */
@ObjectType({ description: 'A machine in the cluster; it runs one or more logical servers.' })
@Entity({ tableName: 'physical_server' })
export class PhysicalServer {
  [OptionalProps]?:
    | 'status'
    | 'notes'
    | 'createdAt'
    | 'transport'
    | 'sshPort'
    | 'sshUser'
    | 'hostKey'
    | 'accessKey'
    | 'accessPublicKey'
    | 'accessIssuedAt'
    | 'accessRevokedAt'
    | 'accessConfirmedAt'
    | 'firstAnsweredAt'
    | 'health'
    | 'healthCheckedAt'
    | 'healthDetail';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Unique name, e.g. "web1.dc1".' })
  @Property({ type: 'string', length: 64, unique: true })
  name!: string;

  @Field(() => ServerOs)
  @Enum({ items: () => ServerOs, type: 'string' })
  os!: ServerOs;

  @Field(() => String, { description: 'Management address: an IPv4/IPv6 address or host name.' })
  @Property({ type: 'string', length: 253 })
  address!: string;

  @Field(() => PhysicalServerStatus)
  @Enum({ items: () => PhysicalServerStatus, type: 'string' })
  status: PhysicalServerStatus = PhysicalServerStatus.ONLINE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  // How the panel reaches it (SRV-1, remote cluster).

  @Field(() => ServerTransport)
  @Enum({ items: () => ServerTransport, type: 'string', default: ServerTransport.LOCAL })
  transport: ServerTransport = ServerTransport.LOCAL;

  @Field(() => Int, { description: 'SSH: the port of the machine’s SSH daemon.' })
  @Property({ type: 'integer', default: 22 })
  sshPort: number = 22;

  @Field(() => String, { description: 'SSH: the agent account the panel’s key logs in as.' })
  @Property({ type: 'string', length: 32, default: 'heliosphere' })
  sshUser: string = 'heliosphere';

  @Field(() => String, {
    nullable: true,
    description: 'SSH: the machine’s host key fingerprint (SHA256:…), pinned when it first answered.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  hostKey: string | null = null;

  /** Sealed (secrets.ts) OpenSSH private key of the panel for this machine; never returned by the API. */
  @Property({ type: 'text', nullable: true, lazy: true })
  accessKey: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'SSH: the panel’s public key for this machine, as authorized_keys lists it.',
  })
  @Property({ type: 'text', nullable: true })
  accessPublicKey: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the current key was made.' })
  @Property({ type: 'Date', nullable: true })
  accessIssuedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When an admin revoked the panel’s key; its tasks wait until a new key is issued.',
  })
  @Property({ type: 'Date', nullable: true })
  accessRevokedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the machine first accepted the current key; until then its setup command is valid.',
  })
  @Property({ type: 'Date', nullable: true })
  accessConfirmedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the machine first answered the panel.' })
  @Property({ type: 'Date', nullable: true })
  firstAnsweredAt: Date | null = null;

  // Health (checked periodically).

  @Field(() => ServerHealth)
  @Enum({ items: () => ServerHealth, type: 'string', default: ServerHealth.UNKNOWN })
  health: ServerHealth = ServerHealth.UNKNOWN;

  @Field(() => Date, { nullable: true, description: 'When the health was last checked.' })
  @Property({ type: 'Date', nullable: true })
  healthCheckedAt: Date | null = null;

  /** The last check's findings (problems in the programs' words, disk figures), for the admin's server page. */
  @Property({ type: 'json', nullable: true })
  healthDetail: HealthDetail | null = null;
}

/** What the last health check found. */
export interface HealthDetail {
  /** Why the machine is not UP (empty when it is). */
  problems: string[];
  /** Per logical server: free and total bytes on the disk of its folder. */
  disks: { logicalServerId: number; freeBytes: number | null; totalBytes: number | null }[];
}
