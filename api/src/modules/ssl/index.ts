import { defineModule } from '../../module';
import { AcmeAccount } from './acme/acme-account.entity';
import { AcmeChallenge } from './acme/acme-challenge.entity';
import { AcmeResolver } from './acme/acme.resolver';
import { AcmeService } from './acme/acme.service';
import { challengeRoute } from './acme/challenge.route';
import { AcmeDirectory } from './acme/directory';
import { issueHandler } from './acme/issue.handler';
import { checkCertificates } from './acme/renewal';
import { Certificate } from './certificate.entity';
import { CertificatesResolver, SiteCertificateResolver } from './certificates.resolver';
import { CertificateService } from './certificates.service';
import { CompanyCertificatesResolver } from './company-certificates.resolver';
import { CompanyCertificateService } from './company-certificates.service';
import { KeyDownloadResolver } from './key-download.resolver';
import { KeyDownloadService } from './key-download';
import { PanelTlsSource } from './panel-tls';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { sslSettings, type SslSettings } from './settings';
import { siteTls } from './site-tls';
import { SslPolicy } from './ssl-policy.entity';
import { SslPolicyResolver } from './ssl-policy.resolver';
import { identityModule } from '../identity';
import { webModule } from '../web';
import { plansModule, ResourceKind } from '../plans';
import { countCertificates } from './plan-limit';

interface SslApi {
  certificates: CertificateService;
  acme: AcmeService;
  directory: AcmeDirectory;
  settings: SslSettings;
  companyCertificates: CompanyCertificateService;
  keyDownload: KeyDownloadService;
  panelTls: PanelTlsSource;
}

/**
/**
 * SSL certificates (SSL-1..5): sites' certificates uploaded (checked with Node's X.509), requested
 * with a signing request made here (@peculiar/x509), or issued and renewed over ACME
 * (acme-client: HTTP-01 answered by the panel behind each site's nginx, DNS-01 in our own zones);
 * the company's own (panel, wildcard, mail), the panel hosts' served by the panel's HTTPS
 * listener. Keys sealed.
 */
export const sslModule = defineModule<SslApi>({
  name: 'ssl',
  settings: sslSettings,
  entities: [Certificate, AcmeAccount, AcmeChallenge, SslPolicy],
  migrations: { sqlite, postgresql },
  services(core, areas) {
    const settings = sslSettings.of(core.config);
    areas.get(plansModule).plans.countUsageWith(ResourceKind.SSL_CERTIFICATE, countCertificates);
    areas.get(webModule).sites.tlsWith(siteTls(core));
    const panelTls = new PanelTlsSource(core);
    const certificates = new CertificateService(core, panelTls);
    const directory = new AcmeDirectory(core, settings);
    return {
      certificates,
      directory,
      settings,
      acme: new AcmeService(core, certificates, directory),
      companyCertificates: new CompanyCertificateService(core, panelTls),
      keyDownload: new KeyDownloadService(core, areas.get(identityModule).auth),
      panelTls,
    };
  },
  resolvers: [
    CertificatesResolver,
    SiteCertificateResolver,
    AcmeResolver,
    CompanyCertificatesResolver,
    SslPolicyResolver,
    KeyDownloadResolver,
  ],
  taskHandlers: (api, core) => [issueHandler(core, api.directory, api.settings, api.panelTls)],
  schedule(api, core) {
    core.tasks.every('ssl.check', api.settings.checkMs, async ({ orm }) => {
      await checkCertificates(orm, core, api.settings);
    });
  },
  routes: () => [challengeRoute],
  tlsCertificates: (api) => api.panelTls,
});

export { Certificate } from './certificate.entity';
