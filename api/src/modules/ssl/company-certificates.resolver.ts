import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import { ListBound } from '../../graphql/list-bound';
import { COMPANY_CERTIFICATES_MAX } from './company-certificates.service';
import type { Ctx } from '../../graphql/context';
import { Certificate } from './certificate.entity';
import { CertificateUploadInput } from './certificates.resolver';
import type { CompanyCertificateService } from './company-certificates.service';
import { CertificateKind } from './enums';

/** The company's own certificates (SSL-2..5): its panel's, its service domain's wildcard, the mail service's. */
@Resolver(() => Certificate)
export class CompanyCertificatesResolver {
  constructor(private readonly api: { companyCertificates: CompanyCertificateService }) {}

  @Access('admin')
  @ListBound(COMPANY_CERTIFICATES_MAX)
  @Query(() => [Certificate], {
    description: 'Your company’s own certificates (panel, wildcard, mail; not its customers’ sites’), by kind.',
  })
  companyCertificates(@Context() ctx: Ctx): Promise<Certificate[]> {
    return this.api.companyCertificates.list(ctx);
  }

  @Access('admin')
  @Mutation(() => Certificate, {
    description:
      'Installs one of your company’s own certificates, replacing the one of that kind: PANEL must cover the panel’s host name, WILDCARD `*.` the service domain, MAIL (the master admin only) any names. Checked like a site’s: every problem is a field error and nothing changes.',
  })
  uploadCompanyCertificate(
    @Context() ctx: Ctx,
    @Arg('kind', () => CertificateKind) kind: CertificateKind,
    @Arg('input', () => CertificateUploadInput) input: CertificateUploadInput,
  ): Promise<Certificate> {
    return this.api.companyCertificates.upload(ctx, kind, input);
  }

  @Access('admin')
  @Mutation(() => Certificate, {
    description:
      'Orders one of your company’s own certificates over ACME: PANEL for all its panel hosts, WILDCARD for `*.` its service domain (proved over DNS-01 in its zone), MAIL (the master admin only) for `mail.` the service domain. PENDING until issued; the one installed serves until then.',
  })
  issueCompanyCertificate(
    @Context() ctx: Ctx,
    @Arg('kind', () => CertificateKind) kind: CertificateKind,
  ): Promise<Certificate> {
    return this.api.companyCertificates.issue(ctx, kind);
  }
}
