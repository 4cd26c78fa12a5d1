import { registerEnumType } from 'type-graphql';

/** The record types users manage (DNS-4). SOA and the apex NS records are the panel's own. */
export enum RecordType {
  A = 'A',
  AAAA = 'AAAA',
  CNAME = 'CNAME',
  MX = 'MX',
  TXT = 'TXT',
  SRV = 'SRV',
  CAA = 'CAA',
  NS = 'NS',
}
registerEnumType(RecordType, {
  name: 'RecordType',
  description:
    'A (IPv4), AAAA (IPv6), CNAME (alias), MX (mail), TXT (text), SRV (service), CAA (certificate authorities), NS (delegates a sub-zone).',
});

/** The most DNS records one domain holds (its whole zone, or its names in the service zone). */
export const MAX_RECORDS_PER_DOMAIN = 500;
