import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import {
  DriverName,
  IpKind,
  PhysicalServerStatus,
  PlacementPolicy,
  ServerKind,
  ServerOs,
  ServerTransport,
} from './enums';

const NAME_RULE = '1–64 lowercase letters, digits, dots and dashes, starting with a letter or digit.';

@InputType({
  description: 'A physical server, for create and for update (all of it is replaced, except what is left out).',
})
export class PhysicalServerInput {
  @Field(() => String, { description: `Unique name: ${NAME_RULE}` })
  name!: string;

  @Field(() => ServerOs)
  os!: ServerOs;

  @Field(() => String, { description: 'Management address: an IPv4/IPv6 address or a host name.' })
  address!: string;

  @Field(() => PhysicalServerStatus, {
    nullable: true,
    description: 'ONLINE when created; left unchanged on update when omitted.',
  })
  status?: PhysicalServerStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text for the admin team (up to 4000 characters). Empty or null clears it; omitted leaves it unchanged.',
  })
  notes?: string | null;

  @Field(() => ServerTransport, {
    nullable: true,
    description:
      'How the panel reaches it: LOCAL when created, unchanged on update when omitted. SSH issues a key and a setup command.',
  })
  transport?: ServerTransport | null;

  @Field(() => Int, { nullable: true, description: 'SSH port (22 when created; unchanged when omitted).' })
  sshPort?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The agent’s account on the machine (heliosphere when created; unchanged when omitted).',
  })
  sshUser?: string | null;
}

@InputType({
  description:
    'A new logical server. Driver settings other than the password are stored as given; the password only ever goes in.',
})
export class CreateLogicalServerInput {
  @Field(() => String, { description: `Unique name: ${NAME_RULE}` })
  name!: string;

  @Field(() => ServerKind)
  kind!: ServerKind;

  @Field(() => ID, { description: 'The physical server it runs on.' })
  physicalId!: string;

  @Field(() => ID, { nullable: true, description: 'A server group of the same kind.' })
  groupId?: string | null;

  @Field(() => DriverName, { description: 'MARIADB is for MYSQL servers only; FILES works for every kind.' })
  driver!: DriverName;

  @Field(() => String, {
    nullable: true,
    description: 'Where the driver connects: an address or host name. Required for MARIADB.',
  })
  host?: string | null;

  @Field(() => Int, { nullable: true, description: 'TCP port, 1–65535 (the driver’s default when omitted).' })
  port?: number | null;

  @Field(() => Int, { nullable: true, description: 'NGINX: the port sites serve HTTPS on (443 when omitted).' })
  tlsPort?: number | null;

  @Field(() => String, { nullable: true, description: 'Login the driver uses. Required for MARIADB.' })
  user?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Password the driver uses (1–200 characters). Stored encrypted; never returned.',
  })
  password?: string | null;

  @Field(() => String, { nullable: true, description: "MySQL: host part of the users it creates ('%' when omitted)." })
  userHost?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'BIND/NGINX: absolute folder the driver writes (zone files and zone list; server blocks); the server’s own config includes it. Required for BIND and NGINX.',
  })
  configDir?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'BIND/NGINX: command the driver runs to check and reload, without a shell (default `rndc` or `nginx`), e.g. `rndc -s 127.0.0.1 -p 953`.',
  })
  controlCommand?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'NGINX: absolute folder holding the account homes and document roots. Required for NGINX.',
  })
  webRoot?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'DNS: public host name of this name server for NS and SOA records (e.g. ns1.example-host.com); `<server name>.<service domain>` when omitted.',
  })
  nameServer?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'DNS: PRIMARY or SECONDARY fixes this server’s role in every new zone; null lets each zone’s primary be chosen at random.',
  })
  dnsRole?: string | null;

  @Field(() => Int, { nullable: true, description: 'Most accounts placed here; null for no limit.' })
  maxAccounts?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most disk (MB) used here; null for no limit.' })
  maxDiskMb?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most tasks run here at once, 1–100 (2 when omitted).' })
  maxTasks?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when omitted.' })
  enabled?: boolean | null;
}

@InputType({
  description: 'Changes to a logical server: omitted fields stay as they are; null clears an optional setting.',
})
export class UpdateLogicalServerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ServerKind, { nullable: true, description: 'Only while nothing is placed on the server.' })
  kind?: ServerKind | null;

  @Field(() => ID, { nullable: true })
  physicalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null takes the server out of its group.' })
  groupId?: string | null;

  @Field(() => DriverName, { nullable: true })
  driver?: DriverName | null;

  @Field(() => String, { nullable: true })
  host?: string | null;

  @Field(() => Int, { nullable: true })
  port?: number | null;

  @Field(() => Int, { nullable: true })
  tlsPort?: number | null;

  @Field(() => String, { nullable: true })
  user?: string | null;

  @Field(() => String, { nullable: true, description: 'Sets a new password (1–200 characters).' })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the stored password.' })
  clearPassword?: boolean | null;

  @Field(() => String, { nullable: true })
  userHost?: string | null;

  @Field(() => String, { nullable: true })
  configDir?: string | null;

  @Field(() => String, { nullable: true })
  controlCommand?: string | null;

  @Field(() => String, { nullable: true })
  webRoot?: string | null;

  @Field(() => String, { nullable: true })
  nameServer?: string | null;

  @Field(() => String, { nullable: true })
  dnsRole?: string | null;

  @Field(() => Int, { nullable: true })
  maxAccounts?: number | null;

  @Field(() => Int, { nullable: true })
  maxDiskMb?: number | null;

  @Field(() => Int, { nullable: true })
  maxTasks?: number | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

@InputType({ description: 'A new server group.' })
export class ServerGroupInput {
  @Field(() => String, { description: `Unique name: ${NAME_RULE}` })
  name!: string;

  @Field(() => ServerKind, { description: 'Its members must be logical servers of this kind.' })
  kind!: ServerKind;

  @Field(() => PlacementPolicy, { nullable: true, description: 'RANDOM when omitted.' })
  policy?: PlacementPolicy | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Make it the default group of its kind (the previous default stops being one).',
  })
  isDefault?: boolean | null;
}

@InputType({ description: 'Changes to a server group; omitted fields stay as they are. Its kind cannot change.' })
export class UpdateServerGroupInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PlacementPolicy, { nullable: true })
  policy?: PlacementPolicy | null;

  @Field(() => Boolean, { nullable: true })
  isDefault?: boolean | null;
}

@InputType({ description: 'Addresses to add to a logical server’s pool.' })
export class AddIpAddressesInput {
  @Field(() => ID)
  serverId!: string;

  @Field(() => IpKind)
  kind!: IpKind;

  @Field(() => [String], {
    description:
      'Each an IPv4 or IPv6 address, or an IPv4 range such as "10.0.0.10-10.0.0.20"; at most 1024 addresses in all.',
  })
  addresses!: string[];
}

@ArgsType()
export class IpAddressesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only addresses of this logical server.' })
  serverId?: string | null;

  @Field(() => IpKind, { nullable: true })
  kind?: IpKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only addresses no account holds. False: only held ones.',
  })
  free?: boolean | null;
}
