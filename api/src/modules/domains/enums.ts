import { registerEnumType } from 'type-graphql';

/** How a domain is set up (UAD-4). Registration and transfer come with the registrar module. */
export enum DomainKind {
  /** The customer's own domain hosted here: its own zone on two name servers, and a web site. */
  OWN = 'OWN',
  /** A name under the service domain (shop.example-host.com): records in the service zone, and a web site. */
  THIRD_LEVEL = 'THIRD_LEVEL',
  /** No domain: a web site at a generated address under the service domain. */
  INSTANT = 'INSTANT',
  /** DNS only: a zone whose records point elsewhere; no web site. */
  PARKED = 'PARKED',
  /** No domain and no DNS: web space reachable by FTP path only (no server block). */
  NO_DOMAIN = 'NO_DOMAIN',
}
registerEnumType(DomainKind, {
  name: 'DomainKind',
  description:
    'OWN: your domain hosted here (zone and web site; set the name servers shown at your registrar). THIRD_LEVEL: a name under the service domain. INSTANT: a site at a generated address under the service domain. PARKED: DNS only, records point elsewhere. NO_DOMAIN: web space without a domain, reachable by FTP only.',
});
