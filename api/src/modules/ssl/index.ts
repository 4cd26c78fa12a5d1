import { defineModule } from '../../module';
import { Certificate } from './certificate.entity';
import { CertificatesResolver, SiteCertificateResolver } from './certificates.resolver';
import { CertificateService } from './certificates.service';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/**
 * SSL certificates (SSL-1..5). Built so far: sites' certificates uploaded (checked with Node's
 * X.509) or requested with a signing request made here (@peculiar/x509), keys sealed.
 */
export const sslModule = defineModule<{ certificates: CertificateService }>({
  name: 'ssl',
  entities: [Certificate],
  migrations: { sqlite, postgresql },
  services: (core) => ({ certificates: new CertificateService(core) }),
  resolvers: [CertificatesResolver, SiteCertificateResolver],
});

export { Certificate } from './certificate.entity';
