import { defineModule } from '../../module';
import { dnsHandlers } from './dns.handlers';
import { DnsService } from './dns.service';
import { DnsRecordsResolver, DnsSettingsResolver } from './dns.resolver';
import { ResourceRecord } from './resource-record.entity';
import { Zone } from './zone.entity';

/** DNS: zones on primary and secondary name servers, their records, the service domain (DNS-1..4). */
export const dnsModule = defineModule({
  name: 'dns',
  entities: [Zone, ResourceRecord],
  services: () => ({ dns: new DnsService() }),
  resolvers: [DnsRecordsResolver, DnsSettingsResolver],
  taskHandlers: () => dnsHandlers,
});
