import { defineModule } from '../../module';
import { Certificate } from './certificate.entity';
import { CertificatesResolver, SiteCertificateResolver } from './certificates.resolver';
import { CertificateService } from './certificates.service';
import { CompanyCertificatesResolver } from './company-certificates.resolver';
import { CompanyCertificateService } from './company-certificates.service';
import { PanelTlsSource } from './panel-tls';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/**
 * SSL certificates (SSL-1..5). Built so far: sites' certificates uploaded (checked with Node's
 * X.509) or requested with a signing request made here (@peculiar/x509), keys sealed; the
 * company's own (panel, wildcard, mail), the panel hosts' served by the panel's HTTPS listener.
 */
export const sslModule = defineModule<{
  certificates: CertificateService;
  companyCertificates: CompanyCertificateService;
  panelTls: PanelTlsSource;
}>({
  name: 'ssl',
  entities: [Certificate],
  migrations: { sqlite, postgresql },
  services: (core) => {
    const panelTls = new PanelTlsSource(core);
    return {
      certificates: new CertificateService(core),
      companyCertificates: new CompanyCertificateService(core, panelTls),
      panelTls,
    };
  },
  resolvers: [CertificatesResolver, SiteCertificateResolver, CompanyCertificatesResolver],
  tlsCertificates: (api) => api.panelTls,
});

export { Certificate } from './certificate.entity';
