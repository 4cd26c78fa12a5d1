import { defineModule } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { domainsModule } from '../domains';
import { serversModule, ServerKind, type ServerLinks } from '../servers';
import { resyncZones } from './resync';
import { dnsHandlers } from './dns.handlers';
import { DnsService } from './dns.service';
import { DnsRecordsResolver, DnsSettingsResolver } from './dns.resolver';
import { DomainDnsResolver, zoneOfDomain } from './domain-dns.resolver';
import { continueRemoval } from './domain-removal';
import { followSite } from './site-moved';
import { ResourceRecord } from './resource-record.entity';
import { Zone } from './zone.entity';
import { ZoneMoves } from './zone-move';
import { AccountZoneServersResolver, MoveZonesResolver } from './zone-move.resolver';
import { dnsSettingsOf } from './settings';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/** The DNS area's services. */
interface DnsApi {
  dns: DnsService;
  links: ServerLinks;
  zoneMoves: ZoneMoves;
}

/** DNS: zones on primary and secondary name servers, their records, the service domain (DNS-1..4). */
export const dnsModule = defineModule<DnsApi>({
  name: 'dns',
  settings: dnsSettingsOf,
  entities: [Zone, ResourceRecord],
  migrations: { sqlite, postgresql },
  services(core, areas) {
    // A domain is in place once its zone (its own, or the service zone) is.
    areas.get(domainsModule).domains.addPart(zoneOfDomain);
    const servers = areas.get(serversModule);
    servers.resync.resyncWith(ServerKind.DNS, resyncZones(core));
    return { dns: new DnsService(core), links: servers.links, zoneMoves: new ZoneMoves(core) };
  },
  resolvers: [
    DnsRecordsResolver,
    DnsSettingsResolver,
    DomainDnsResolver,
    MoveZonesResolver,
    AccountZoneServersResolver,
  ],
  taskHandlers: (api, core) => dnsHandlers(core, api.links),
  events(bus, _api, core) {
    // A domain being deleted goes on, once its site is gone, with its records or zone (then its row).
    bus.onInTransaction('site.removed', async ({ domain }, { em }) => {
      if (domain.state === ProvisionState.DELETING) await continueRemoval(em, core, domain);
    });
    // A site moved to another web server: its address records follow it.
    bus.onInTransaction('site.moved', async ({ domain, from, to }, { em }) => {
      await followSite(em, core, domain, from, to);
    });
  },
});

export { addHostedDefaults, addParkedDefaults, addServiceZoneName } from './default-records';
export { continueRemoval } from './domain-removal';
export { publicAddressOf } from './name-servers';
export { ensureServiceZone, serviceDomainFor } from './service-zone';
export { newZone, zoneChanged, type ZoneDeps } from './zone-changes';
export { Zone } from './zone.entity';
export {
  challengeSpotFor,
  putChallengeRecords,
  removeChallengeRecords,
  waitForChallengeRecords,
  type ChallengeSpot,
} from './acme-records';
export { setServiceDomain } from './dns-settings';
