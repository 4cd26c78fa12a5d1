import { z } from 'zod';
import type { Ctx } from '../../../graphql/context';
import type { Core } from '../../../module';
import { badInput, conflict, validate } from '../../../errors';
import { ProvisionState } from '../../../tasks/provision-state';
import { audit } from '../../audit';
import { Certificate } from '../certificate.entity';
import type { CertificateService } from '../certificates.service';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from '../enums';
import type { AcmeDirectory } from './directory';
import { queueIssue } from './issue.handler';
import { assertCertificateAllowed } from '../plan-limit';

const settingsSchema = z.object({
  directoryUrl: z
    .string()
    .trim()
    .max(2000)
    .url('must be a URL')
    .refine((u) => u.startsWith('https://'), 'must be an https:// URL (RFC 8555 requires HTTPS)'),
  email: z.string().trim().max(254).email('must be an e-mail address').nullish(),
});

/**
 * Free certificates over ACME: a site's "issue free certificate" (its own names; the instant-access
 * name is the shared wildcard's), a renewal asked for now, and the master admin's choice of
 * directory. The order itself runs as a task (issue.handler.ts).
 */
export class AcmeService {
  constructor(
    private readonly core: Pick<Core, 'tasks'>,
    private readonly certificates: CertificateService,
    private readonly directory: AcmeDirectory,
  ) {}

  async issueForSite(ctx: Ctx, siteId: number, keyType: KeyType): Promise<Certificate> {
    const site = await this.certificates.site(ctx, siteId);
    if (site.state !== ProvisionState.ACTIVE)
      throw conflict('The site is not on its web server yet; issue its certificate once it is active');
    const names = await this.certificates.ownNames(ctx, site);
    if (names.length === 0)
      throw badInput([
        {
          field: 'siteId',
          message: 'the site has no names of its own: its instant-access name is covered by the shared certificate',
        },
      ]);
    const pending = await ctx.em.findOne(Certificate, { site: site.id, state: CertificateState.PENDING });
    if (pending) throw conflict(`A certificate for ${pending.names.join(', ')} is being issued already`);
    await assertCertificateAllowed(ctx.em, site);
    const cert = ctx.em.create(Certificate, {
      reseller: site.reseller,
      account: site.account,
      site,
      kind: CertificateKind.SITE,
      source: CertificateSource.ACME,
      state: CertificateState.PENDING,
      names,
      keyType,
      sealedKey: '', // made when the order runs, a new one for each renewal
    });
    await ctx.em.flush();
    queueIssue(ctx.em, this.core, cert, false);
    audit(ctx.em, {
      resellerId: site.reseller.id,
      accountId: site.account.id,
      actorId: ctx.viewer!.userId,
      action: 'certificate.ordered',
      detail: `Free certificate ordered for ${names.join(', ')} on site ${site.id}`,
    });
    await ctx.em.flush();
    this.core.tasks.notify();
    return cert;
  }

  /** Orders an ACME certificate again now: a failed first issue, or a renewal before its time. */
  async reissue(ctx: Ctx, id: number): Promise<Certificate> {
    const cert = await this.certificates.get(ctx, id);
    if (cert.source !== CertificateSource.ACME)
      throw badInput([{ field: 'id', message: 'only certificates from ACME are renewed by the panel' }]);
    const busy = cert.state === CertificateState.PENDING;
    if (busy) throw conflict('The certificate is being issued already');
    const renewal = cert.state === CertificateState.ACTIVE;
    if (!renewal) cert.state = CertificateState.PENDING; // FAILED or EXPIRED: a first issue again
    queueIssue(ctx.em, this.core, cert, renewal);
    await ctx.em.flush();
    this.core.tasks.notify();
    return cert;
  }

  async settings(ctx: Ctx) {
    return this.directory.account(ctx.em);
  }

  async choose(ctx: Ctx, input: unknown) {
    const v = validate(settingsSchema, input);
    const account = await this.directory.choose(ctx.em, v.directoryUrl, v.email || null);
    audit(ctx.em, {
      resellerId: ctx.viewer!.resellerId,
      accountId: null,
      actorId: ctx.viewer!.userId,
      action: 'acme.settings',
      detail: `ACME directory ${v.directoryUrl}${v.email ? `, contact ${v.email}` : ''}`,
    });
    await ctx.em.flush();
    return account;
  }
}
