import {
  Arg,
  Args,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { WebSite } from '../web';
import { Certificate } from './certificate.entity';
import type { CertificateService } from './certificates.service';
import { KeyType } from './enums';

export const CertificateConnection = ConnectionType(Certificate, 'Certificate');

@InputType({ description: 'A certificate to install: PEM texts, at most 64 KiB each.' })
export class CertificateUploadInput {
  @Field(() => String, { description: 'The certificate itself (one PEM block).' })
  certificate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its private key, unencrypted PEM; omit it for a certificate signed for this site’s signing request.',
  })
  privateKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The intermediates, PEM, from the one that signed the certificate.',
  })
  chain?: string | null;
}

/** Certificates of sites (SSL-1): upload, a signing request made here, list, delete. */
@Resolver(() => Certificate)
export class CertificatesResolver {
  constructor(private readonly api: { certificates: CertificateService }) {}

  @Access('user')
  @Query(() => CertificateConnection, {
    description: 'Certificates you may see (your accounts’; an admin’s: the company’s), newest first.',
  })
  certificates(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<Connection<Certificate>> {
    return this.api.certificates.list(ctx, parsePage(args), parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Query(() => Certificate)
  certificate(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Certificate> {
    return this.api.certificates.get(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => Certificate, {
    description:
      'Installs a certificate on a site: it must match its key, build to the chain given, cover the site’s names and be valid now; every problem is a field error and nothing changes.',
  })
  uploadSiteCertificate(
    @Context() ctx: Ctx,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => CertificateUploadInput) input: CertificateUploadInput,
  ): Promise<Certificate> {
    return this.api.certificates.uploadForSite(ctx, parseId(siteId, 'siteId'), input);
  }

  @Access('user')
  @Mutation(() => Certificate, {
    description:
      'Makes a key (kept sealed) and a signing request (CSR) for the site’s names, to give a certificate authority; upload the signed certificate without a key.',
  })
  requestSiteCertificate(
    @Context() ctx: Ctx,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('keyType', () => KeyType, { defaultValue: KeyType.EC_P256 }) keyType: KeyType,
  ): Promise<Certificate> {
    return this.api.certificates.requestForSite(ctx, parseId(siteId, 'siteId'), keyType);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Removes a certificate (and its sealed key).' })
  deleteCertificate(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.certificates.delete(ctx, parseId(id));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The site it secures, if a site’s.' })
  siteId(@Root() cert: Certificate): string | null {
    return cert.site ? String(cert.site.id) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The account whose site it secures; null for the company’s own.',
  })
  accountId(@Root() cert: Certificate): string | null {
    return cert.account ? String(cert.account.id) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The domain of the site it secures (its page shows the certificate).',
  })
  async domainId(@Root() cert: Certificate, @Context() ctx: Ctx): Promise<string | null> {
    return this.api.certificates.domainIdOf(ctx, cert);
  }
}

/** A site's certificate on the site (its SSL card). */
@Resolver(() => WebSite)
export class SiteCertificateResolver {
  constructor(private readonly api: { certificates: CertificateService }) {}

  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'The site’s installed certificate, else its pending signing request.',
  })
  certificate(@Root() site: WebSite, @Context() ctx: Ctx): Promise<Certificate | null> {
    return this.api.certificates.ofSite(ctx, site.id);
  }

  @FieldResolver(() => Certificate, {
    nullable: true,
    description:
      'A signing request made for the site and not answered yet (its signed certificate is uploaded without a key).',
  })
  certificateRequest(@Root() site: WebSite, @Context() ctx: Ctx): Promise<Certificate | null> {
    return this.api.certificates.requestOfSite(ctx, site.id);
  }
}
