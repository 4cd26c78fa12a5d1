import crypto from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { audit } from '../audit';
import { serviceDomainFor } from '../dns';
import { WebSite } from '../web';
import { Certificate } from './certificate.entity';
import { checkCertificate, installedFields } from './check-certificate';
import { createCsr } from './csr';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from './enums';
import { MAX_PEM_BYTES } from './pem';
import { reinstallSite } from './site-tls';
import { assertCertificateAllowed } from './plan-limit';
import { companyCertificateChanged } from './company-certificate-changed';
import type { PanelTlsSource } from './panel-tls';

const pem = (field: string) =>
  z
    .string()
    .max(MAX_PEM_BYTES * 2, `${field} must be at most ${MAX_PEM_BYTES / 1024} KiB`)
    .nullish();
export const uploadSchema = z.object({
  certificate: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_PEM_BYTES * 2, `must be at most ${MAX_PEM_BYTES / 1024} KiB`),
  privateKey: pem('the key'),
  chain: pem('the chain'),
});

/**
 * Sites' certificates (SSL-1): an uploaded one (certificate, key, chain: checked whole by
 * check-certificate.ts), or a signing request made here whose signed certificate is uploaded later
 * without a key. One certificate per site: a new one replaces the last. The key is sealed.
 */
export class CertificateService {
  constructor(
    private readonly core: Pick<Core, 'secrets' | 'tasks'>,
    private readonly panelTls: PanelTlsSource,
  ) {}

  /** The site, as the viewer may see it (another tenant's: NOT_FOUND). */
  async site(ctx: Ctx, siteId: number): Promise<WebSite> {
    const site = await ctx.em.findOne(WebSite, { id: siteId }, { populate: ['account', 'reseller'] });
    if (!site) throw notFound('Web site');
    return site;
  }

  /**
   * The names a site's own certificate is for: its server names but those under the service domain
   * (its instant-access address), which the shared wildcard certificate covers (SSL-2).
   */
  async ownNames(ctx: Ctx, site: WebSite): Promise<string[]> {
    const svc = await serviceDomainFor(ctx.em, site.reseller);
    return site.serverNames.filter((n) => !svc || !n.endsWith(`.${svc.domain}`));
  }

  async uploadForSite(ctx: Ctx, siteId: number, input: unknown): Promise<Certificate> {
    const v = validate(uploadSchema, input);
    const site = await this.site(ctx, siteId);
    const rows = await ctx.em.find(Certificate, { site: site.id });
    const requested = rows.find((c) => c.state === CertificateState.REQUESTED);
    // A certificate signed for the panel's own request needs no key: the request's key is the one.
    const ownKey = requested ? crypto.createPrivateKey(this.core.secrets.open(requested.sealedKey)) : null;
    const checked = checkCertificate(v, await this.ownNames(ctx, site), ownKey);
    await assertCertificateAllowed(ctx.em, site);
    const keyUploaded = !!v.privateKey?.trim();
    // One certificate per site: it replaces the one installed and the request it answers.
    const sealedKey = keyUploaded ? this.core.secrets.seal(checked.keyPem) : requested!.sealedKey;
    for (const old of rows) ctx.em.remove(old);
    const cert = ctx.em.create(Certificate, {
      ...this.blank(site, checked.keyType),
      source: CertificateSource.UPLOADED,
      ...installedFields(checked),
      sealedKey,
      keyUploaded,
    });
    audit(ctx.em, {
      resellerId: site.reseller.id,
      accountId: site.account.id,
      actorId: ctx.viewer!.userId,
      action: 'certificate.uploaded',
      detail: `Certificate for ${checked.names.join(', ')} (${checked.issuer}, until ${checked.notAfter.toISOString().slice(0, 10)}) on site ${site.id}`,
    });
    await ctx.em.flush();
    await reinstallSite(ctx.em, this.core, site.id);
    await ctx.em.flush();
    this.core.tasks.notify();
    return cert;
  }

  /**
   * A key made and sealed here, and a signing request for the site's names to give a certificate
   * authority. The site keeps its installed certificate until the signed one is uploaded; a newer
   * request replaces an older one.
   */
  async requestForSite(ctx: Ctx, siteId: number, keyType: KeyType): Promise<Certificate> {
    const site = await this.site(ctx, siteId);
    const names = await this.ownNames(ctx, site);
    const { csrPem, keyPem } = await createCsr(names, keyType);
    const older = await ctx.em.find(Certificate, { site: site.id, state: CertificateState.REQUESTED });
    for (const old of older) ctx.em.remove(old);
    const cert = ctx.em.create(Certificate, {
      ...this.blank(site, keyType),
      names,
      state: CertificateState.REQUESTED,
      csrPem,
      sealedKey: this.core.secrets.seal(keyPem),
    });
    await ctx.em.flush();
    return cert;
  }

  private blank(site: WebSite, keyType: KeyType) {
    return {
      reseller: site.reseller,
      account: site.account,
      site,
      kind: CertificateKind.SITE,
      source: CertificateSource.UPLOADED,
      names: site.serverNames,
      keyType,
      sealedKey: '',
    };
  }

  /** The site's installed certificate, else its pending signing request. */
  async ofSite(ctx: Ctx, siteId: number): Promise<Certificate | null> {
    const rows = await ctx.em.find(Certificate, { site: siteId }, { orderBy: { id: 'desc' } });
    return rows.find((c) => c.state !== CertificateState.REQUESTED) ?? rows[0] ?? null;
  }

  /** The site's signing request not answered yet, if any. */
  requestOfSite(ctx: Ctx, siteId: number): Promise<Certificate | null> {
    return ctx.em.findOne(
      Certificate,
      { site: siteId, state: CertificateState.REQUESTED },
      { orderBy: { id: 'desc' } },
    );
  }

  /** The domain whose site the certificate secures (the site read once per request: the identity map keeps it). */
  async domainIdOf(ctx: Ctx, cert: Certificate): Promise<string | null> {
    if (!cert.site) return null;
    const site = await ctx.em.findOne(WebSite, { id: cert.site.id });
    return site ? String(site.domain.id) : null;
  }

  async get(ctx: Ctx, id: number): Promise<Certificate> {
    const cert = await ctx.em.findOne(Certificate, { id });
    if (!cert) throw notFound('Certificate');
    return cert;
  }

  /** Certificates the viewer may see, newest first; of one account when `accountId` is given. */
  list(ctx: Ctx, page: Page, accountId: number | null): Promise<Connection<Certificate>> {
    return findPage(ctx.em, Certificate, () => (accountId ? { account: accountId } : {}), page);
  }

  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const cert = await this.get(ctx, id);
    await ctx.em.remove(cert).flush();
    if (cert.state !== CertificateState.ACTIVE) return true;
    // Its site stops serving it (plain HTTP, or the shared certificate, for those names); a company's, likewise.
    if (cert.site) await reinstallSite(ctx.em, this.core, cert.site.id);
    else await companyCertificateChanged(ctx.em, this.core, this.panelTls, cert);
    await ctx.em.flush();
    this.core.tasks.notify();
    return true;
  }
}
