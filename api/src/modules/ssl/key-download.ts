import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { appError, notFound } from '../../errors';
import { audit } from '../audit';
import { isAdminRole, type AuthService } from '../identity';
import { Certificate } from './certificate.entity';

/**
 * The one way a private key leaves the panel (SSL-1): the key a customer uploaded, given back to
 * them when they ask again with their password. Keys the panel made (signing requests, ACME) never
 * leave it; nor does a customer's key to the company's admins, who keep the panel, not the site.
 */
export class KeyDownloadService {
  constructor(
    private readonly core: Pick<Core, 'secrets'>,
    private readonly auth: Pick<AuthService, 'confirmPassword'>,
  ) {}

  /** The uploaded key, PEM, after the viewer's password (a wrong one: field error on `password`); audited. */
  async privateKey(ctx: Ctx, id: number, password: unknown): Promise<string> {
    const viewer = ctx.viewer!;
    const cert = await ctx.em.findOne(Certificate, { id });
    if (!cert) throw notFound('Certificate');
    if (!cert.keyUploaded)
      throw appError(
        'FORBIDDEN',
        'This key was made in the panel (a signing request or ACME) and never leaves it; only a key you uploaded can be downloaded',
      );
    if (cert.account && isAdminRole(viewer.role))
      throw appError('FORBIDDEN', 'Only the customer who uploaded this key can download it');
    await this.auth.confirmPassword(ctx, password, 'password');
    audit(ctx.em, {
      resellerId: cert.reseller.id,
      accountId: cert.account?.id ?? null,
      actorId: viewer.userId,
      action: 'certificate.keyDownloaded',
      detail: `Private key of certificate ${cert.id} for ${cert.names.join(', ')} downloaded`,
    });
    await ctx.em.flush();
    return this.core.secrets.open(cert.sealedKey);
  }
}
