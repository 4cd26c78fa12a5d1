import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from '../graphql/list-bound';

/** The steps of a new cluster's setup, in the order the checklist shows them. */
export enum FirstRunStepId {
  PHYSICAL_SERVER = 'PHYSICAL_SERVER',
  WEB_SERVER = 'WEB_SERVER',
  DNS_SERVERS = 'DNS_SERVERS',
  MYSQL_SERVER = 'MYSQL_SERVER',
  MAIL_SERVER = 'MAIL_SERVER',
  SERVER_GROUPS = 'SERVER_GROUPS',
  ADDRESSES = 'ADDRESSES',
  SERVICE_DOMAIN = 'SERVICE_DOMAIN',
}
registerEnumType(FirstRunStepId, {
  name: 'FirstRunStepId',
  description:
    'A step of a new cluster’s setup: a physical server; logical servers of kind WEB, DNS (two), MYSQL and MAIL; a default group per kind with a server that takes new accounts; an address on every web and DNS server; the service domain.',
});

/** FILES: every server writes what it would apply under the data folder. REAL: nginx, BIND and MariaDB (mail has no real driver yet: FILES). */
export enum SingleMachineDrivers {
  FILES = 'FILES',
  REAL = 'REAL',
}
registerEnumType(SingleMachineDrivers, {
  name: 'SingleMachineDrivers',
  description:
    'FILES: every server writes what it would apply under the data folder (nothing else installed). REAL: NGINX for web (/etc/nginx/heliosphere, web root /var/www/heliosphere), BIND for DNS (/etc/bind/heliosphere/ns1 and ns2), MARIADB for MySQL (root at 127.0.0.1); mail stays FILES.',
});

@ObjectType({ description: 'One step of the first-run checklist: whether it is done and what is missing.' })
export class FirstRunStep {
  @Field(() => FirstRunStepId)
  id!: FirstRunStepId;

  @Field(() => Boolean)
  done!: boolean;

  @Field(() => Int, {
    description: 'How many there are (servers, kinds with a usable default group, servers with an address).',
  })
  have!: number;

  @Field(() => Int, { description: 'How many the step needs.' })
  need!: number;

  @Field(() => [String], {
    description:
      'What is missing by name: server kinds (SERVER_GROUPS) or logical servers without an address (ADDRESSES); empty otherwise.',
  })
  missing!: string[];

  @Field(() => String, { description: 'The panel page where the step is done.' })
  fixPath!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reason in English, as a setup problem would give it (e.g. why no DNS server takes new zones).',
  })
  detail!: string | null;
}

@ObjectType({ description: 'What a new cluster still needs before customers can be served (master admin).' })
export class FirstRunChecklist {
  @Field(() => Boolean, { description: 'Every step is done.' })
  complete!: boolean;

  @Field(() => Boolean, {
    description: 'The cluster has no servers and no groups yet, so setUpSingleMachine may run.',
  })
  empty!: boolean;

  @Field(() => [FirstRunStep], { description: 'Every step, in the order above: one per FirstRunStepId.' })
  @ListBound(Object.keys(FirstRunStepId).length)
  steps!: FirstRunStep[];

  @Field(() => String, {
    description: 'An address of the panel’s own machine (its first non-loopback IPv4, else 127.0.0.1), to offer.',
  })
  suggestedAddress!: string;
}

@InputType({ description: 'The usual layout on the panel’s own machine, made in one step.' })
export class SingleMachineInput {
  @Field(() => String, {
    description:
      'The company’s service domain (third-level and instant-access names, name servers), e.g. example-host.com.',
  })
  serviceDomain!: string;

  @Field(() => String, {
    description: 'The machine’s IP address: the web server’s shared address and the name servers’ address.',
  })
  address!: string;

  @Field(() => SingleMachineDrivers)
  drivers!: SingleMachineDrivers;
}
