import { Arg, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Access } from '../../../graphql/access';
import type { Ctx } from '../../../graphql/context';
import { parseId } from '../../../errors';
import { Certificate } from '../certificate.entity';
import { KeyType } from '../enums';
import { LETS_ENCRYPT, LETS_ENCRYPT_STAGING } from '../settings';
import type { AcmeAccount } from './acme-account.entity';
import type { AcmeService } from './acme.service';

@ObjectType({
  description: 'The ACME certificate authority free certificates are ordered from, and the panel’s account there.',
})
export class AcmeSettings {
  @Field(() => String, { description: 'The directory URL (RFC 8555), e.g. Let’s Encrypt’s.' })
  directoryUrl!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The contact address the authority writes to about expiring certificates.',
  })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The account at the directory, once registered (on the first order).',
  })
  accountUrl!: string | null;

  @Field(() => String, { description: 'Let’s Encrypt’s production directory.' })
  letsEncrypt!: string;

  @Field(() => String, { description: 'Let’s Encrypt’s staging directory (untrusted certificates, for trials).' })
  letsEncryptStaging!: string;
}

@InputType()
export class AcmeSettingsInput {
  @Field(() => String, { description: 'Any RFC 8555 directory, over https.' })
  directoryUrl!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

const view = (a: AcmeAccount): AcmeSettings => ({
  directoryUrl: a.directoryUrl,
  email: a.email,
  accountUrl: a.accountUrl,
  letsEncrypt: LETS_ENCRYPT,
  letsEncryptStaging: LETS_ENCRYPT_STAGING,
});

/** Free certificates (ACME): a site's, a renewal now, and the master admin's choice of authority. */
@Resolver()
export class AcmeResolver {
  constructor(private readonly api: { acme: AcmeService }) {}

  @Access('user')
  @Mutation(() => Certificate, {
    description:
      'Orders a free certificate for the site’s own names over ACME (HTTP-01 through its web server); it is PENDING until issued, then installed. Its instant-access name is the shared certificate’s.',
  })
  issueSiteCertificate(
    @Context() ctx: Ctx,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('keyType', () => KeyType, { defaultValue: KeyType.EC_P256 }) keyType: KeyType,
  ): Promise<Certificate> {
    return this.api.acme.issueForSite(ctx, parseId(siteId, 'siteId'), keyType);
  }

  @Access('user')
  @Mutation(() => Certificate, {
    description:
      'Orders a certificate from ACME again now: a failed one, or a renewal before its time (the current one serves until the new one is installed).',
  })
  reissueCertificate(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Certificate> {
    return this.api.acme.reissue(ctx, parseId(id));
  }

  @Access('master')
  @Query(() => AcmeSettings)
  async acmeSettings(@Context() ctx: Ctx): Promise<AcmeSettings> {
    return view(await this.api.acme.settings(ctx));
  }

  @Access('master')
  @Mutation(() => AcmeSettings, {
    description: 'Chooses the ACME directory and contact address; the next order registers the account there.',
  })
  async setAcmeSettings(
    @Context() ctx: Ctx,
    @Arg('input', () => AcmeSettingsInput) input: AcmeSettingsInput,
  ): Promise<AcmeSettings> {
    return view(await this.api.acme.choose(ctx, input));
  }
}
