import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_RECORDS_PER_DOMAIN, RecordType } from './enums';
import { ResourceRecord } from './resource-record.entity';
import { ListBound } from '../../graphql/list-bound';

@InputType({
  description:
    'A DNS record as a user types it. Names are relative to the domain: @ (or empty) for the domain itself, www for www.<domain>; a name ending in a dot is absolute.',
})
export class DnsRecordInput {
  @Field(() => String)
  name!: string;

  @Field(() => RecordType)
  type!: RecordType;

  @Field(() => Int, { nullable: true, description: 'Seconds, 60–604800 (3600 when omitted).' })
  ttl?: number | null;

  @Field(() => String, {
    description:
      'A/AAAA: address. CNAME/MX/NS/SRV: target host: a name with a dot is a full host name (mx0.example.com, final dot optional); one label such as mail means mail.<domain>; @ is the domain itself. TXT: the text. CAA: the value.',
  })
  value!: string;

  @Field(() => Int, { nullable: true, description: 'MX preference or SRV priority, 0–65535.' })
  priority?: number | null;

  @Field(() => Int, { nullable: true, description: 'SRV weight, 0–65535.' })
  weight?: number | null;

  @Field(() => Int, { nullable: true, description: 'SRV port, 0–65535.' })
  port?: number | null;

  @Field(() => Int, { nullable: true, description: 'CAA flags: 0, or 128 (critical).' })
  flags?: number | null;

  @Field(() => String, { nullable: true, description: 'CAA tag: issue, issuewild or iodef.' })
  tag?: string | null;
}

@ObjectType({ description: 'A line of a zone file the import did not turn into a record.' })
export class ZoneImportLine {
  @Field(() => Int, {
    description: '1-based line number in the pasted text (the first line of a parenthesized entry).',
  })
  line!: number;

  @Field(() => String)
  text!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({
  description:
    'What a zone file import did: the records it added, the lines it skipped (the panel keeps SOA and apex NS itself) and the lines it refused, with reasons.',
})
export class ZoneImportResult {
  @ListBound(MAX_RECORDS_PER_DOMAIN)
  @Field(() => [ResourceRecord])
  added!: ResourceRecord[];

  @ListBound(1000)
  @Field(() => [ZoneImportLine])
  skipped!: ZoneImportLine[];

  @ListBound(1000)
  @Field(() => [ZoneImportLine])
  rejected!: ZoneImportLine[];
}

@ObjectType({
  description:
    'DNS settings of a hosting company (DNS-1): its service domain and the name servers zones are served by.',
})
export class DnsSettings {
  @Field(() => String, { nullable: true, description: 'The service domain; null until set.' })
  serviceDomain!: string | null;

  @Field(() => [String], { description: 'Host names of the enabled DNS servers, as NS records name them.' })
  nameServers!: string[];
}
