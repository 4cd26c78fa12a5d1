import type { Ctx } from '../../graphql/context';
import { Role } from '../../graphql/roles';
import { badInput, conflict, validate } from '../../errors';
import { audit } from '../audit';
import { serviceDomainFor } from '../dns';
import { Reseller, ResellerHost } from '../resellers';
import type { Core } from '../../module';
import { Certificate } from './certificate.entity';
import { uploadSchema } from './certificates.service';
import { checkCertificate, installedFields } from './check-certificate';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from './enums';
import { queueIssue } from './acme/issue.handler';
import { companyCertificateChanged } from './company-certificate-changed';
import type { PanelTlsSource } from './panel-tls';

/** At most: one installed and one being issued of each kind, and a few more for a moment. */
export const COMPANY_CERTIFICATES_MAX = 12;

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
    private readonly core: Pick<Core, 'secrets' | 'config' | 'tasks'>,
    private readonly panelTls: PanelTlsSource,
  ) {}

  /**
   * The names a free certificate of `kind` is ordered for: PANEL, every panel host of the company
   * (main and others; the master's: PUBLIC_URL's host); WILDCARD, `*.` its service domain and the
   * domain itself (proved over DNS-01 in its zone); MAIL, `mail.` its service domain.
   */
  private async orderNames(ctx: Ctx, company: Reseller, kind: CertificateKind): Promise<string[]> {
    const required = await this.namesFor(ctx, company, kind);
    switch (kind) {
      case CertificateKind.PANEL: {
        const others = await ctx.em.find(ResellerHost, { reseller: company.id }, { orderBy: { id: 'asc' } });
        return [...new Set([...required, ...others.map((h) => h.host)])];
      }
      case CertificateKind.WILDCARD:
        return [...required, required[0]!.slice(2)];
      default: {
        const svc = await serviceDomainFor(ctx.em, company);
        if (!svc) throw refuseKind('the company has no service domain yet');
        return [`mail.${svc.domain}`];
      }
    }
  }

  /**
   * Orders the company's certificate of `kind` over ACME (a task); the one installed serves until
   * the new one replaces it. CONFLICT while one is being issued.
   */
  async issue(ctx: Ctx, kind: CertificateKind): Promise<Certificate> {
    const company = await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
    const names = await this.orderNames(ctx, company, kind);
    const mine = { reseller: company.id, account: null, site: null, kind };
    if (await ctx.em.findOne(Certificate, { ...mine, state: CertificateState.PENDING }))
      throw conflict(`A ${kind} certificate is being issued already`);
    // An earlier failed order gives way to this one.
    ctx.em.remove(await ctx.em.find(Certificate, { ...mine, state: CertificateState.FAILED }));
    const cert = ctx.em.create(Certificate, {
      reseller: company,
      kind,
      source: CertificateSource.ACME,
      state: CertificateState.PENDING,
      names,
      keyType: KeyType.EC_P256,
      sealedKey: '', // made when the order runs
    });
    await ctx.em.flush();
    queueIssue(ctx.em, this.core, cert, false);
    audit(ctx.em, {
      resellerId: company.id,
      actorId: ctx.viewer!.userId,
      action: 'certificate.ordered',
      detail: `Free ${kind} certificate ordered for ${names.join(', ')}`,
    });
    await ctx.em.flush();
    this.core.tasks.notify();
    return cert;
  }

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
      ...installedFields(checked),
      sealedKey: this.core.secrets.seal(checked.keyPem),
      keyUploaded: true,
    });
    audit(ctx.em, {
      resellerId: company.id,
      actorId: ctx.viewer!.userId,
      action: 'certificate.uploaded',
      detail: `${kind} certificate for ${checked.names.join(', ')} (${checked.issuer}, until ${checked.notAfter.toISOString().slice(0, 10)})`,
    });
    await ctx.em.flush();
    await companyCertificateChanged(ctx.em, this.core, this.panelTls, cert);
    await ctx.em.flush();
    this.core.tasks.notify();
    return cert;
  }

  /** The company's own certificates (not its customers' sites'), by kind. */
  list(ctx: Ctx): Promise<Certificate[]> {
    return ctx.em.find(
      Certificate,
      { reseller: ctx.viewer!.resellerId, account: null, site: null },
      { orderBy: { kind: 'asc', id: 'desc' }, limit: COMPANY_CERTIFICATES_MAX },
    );
  }
}
