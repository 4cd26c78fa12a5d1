import type { Ctx } from '../../graphql/context';
import { Role } from '../../graphql/roles';
import { badInput, validate } from '../../errors';
import { audit } from '../audit';
import { serviceDomainFor } from '../dns';
import { Reseller } from '../resellers';
import type { Core } from '../../module';
import { Certificate } from './certificate.entity';
import { uploadSchema } from './certificates.service';
import { checkCertificate } from './check-certificate';
import { CertificateKind, CertificateSource, CertificateState } from './enums';
import type { PanelTlsSource } from './panel-tls';

const refuseKind = (message: string) => badInput([{ field: 'kind', message }]);

/**
 * The company's own certificates (SSL-2..5), one of each kind, installed by its admins: PANEL for
 * its control panel's host, WILDCARD for its service domain's addresses (`*.<service domain>`),
 * MAIL (the master's only) for the mail service. Each is checked like a site's
 * (check-certificate.ts) against the names its kind must cover; a new one replaces the last.
 * They belong to the admin's company and no account: an admin only ever reaches their own.
 */
export class CompanyCertificateService {
  constructor(
    private readonly core: Pick<Core, 'secrets' | 'config'>,
    private readonly panelTls: PanelTlsSource,
  ) {}

  /**
   * The host names a certificate of `kind` must cover for the company. PANEL: its main panel host
   * (the master's: its own, else PUBLIC_URL's host). WILDCARD: `*.` its service domain, its own
   * (not the master's it may share). MAIL: none in particular.
   */
  private async namesFor(ctx: Ctx, company: Reseller, kind: CertificateKind): Promise<string[]> {
    switch (kind) {
      case CertificateKind.SITE:
        throw refuseKind('a site’s certificate is installed on its site (uploadSiteCertificate)');
      case CertificateKind.PANEL: {
        const host = company.cpHost ?? (company.isRoot ? new URL(this.core.config.publicUrl).hostname : null);
        if (!host) throw refuseKind('the company has no panel host name yet');
        return [host];
      }
      case CertificateKind.WILDCARD: {
        const svc = await serviceDomainFor(ctx.em, company);
        if (!svc || svc.owner.id !== company.id) throw refuseKind('the company has no service domain of its own yet');
        return [`*.${svc.domain}`];
      }
      case CertificateKind.MAIL:
        if (ctx.viewer!.role !== Role.MASTER_ADMIN)
          throw refuseKind('only the master admin installs the mail service’s certificate');
        return [];
    }
  }

  async upload(ctx: Ctx, kind: CertificateKind, input: unknown): Promise<Certificate> {
    const v = validate(uploadSchema, input);
    const company = await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
    const checked = checkCertificate(v, await this.namesFor(ctx, company, kind), null);
    if (!checked.names.length) throw badInput([{ field: 'certificate', message: 'names no host' }]);
    // One of each kind: it replaces the last.
    const older = await ctx.em.find(Certificate, { reseller: company.id, account: null, site: null, kind });
    for (const old of older) ctx.em.remove(old);
    const cert = ctx.em.create(Certificate, {
      reseller: company,
      kind,
      source: CertificateSource.UPLOADED,
      state: CertificateState.ACTIVE,
      names: checked.names,
      keyType: checked.keyType,
      issuer: checked.issuer,
      serial: checked.serial,
      fingerprint: checked.fingerprint,
      notBefore: checked.notBefore,
      notAfter: checked.notAfter,
      certificatePem: checked.certificatePem,
      chainPem: checked.chainPem || null,
      sealedKey: this.core.secrets.seal(checked.keyPem),
      keyUploaded: true,
    });
    audit(ctx.em, {
      resellerId: company.id,
      actorId: ctx.viewer!.user.id,
      action: 'certificate.uploaded',
      detail: `${kind} certificate for ${checked.names.join(', ')} (${checked.issuer}, until ${checked.notAfter.toISOString().slice(0, 10)})`,
    });
    await ctx.em.flush();
    if (kind === CertificateKind.PANEL) this.panelTls.changed();
    return cert;
  }

  /** The company's own certificates (not its customers' sites'), by kind. */
  list(ctx: Ctx): Promise<Certificate[]> {
    return ctx.em.find(
      Certificate,
      { reseller: ctx.viewer!.resellerId, account: null, site: null },
      { orderBy: { kind: 'asc', id: 'desc' } },
    );
  }
}
