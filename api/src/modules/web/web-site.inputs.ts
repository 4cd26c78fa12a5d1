import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A site’s HTTPS switches; they apply to the names a certificate covers.' })
export class SiteHttpsInput {
  @Field(() => Boolean, { description: 'Redirect plain HTTP to HTTPS (ACME challenges excepted).' })
  redirect!: boolean;

  @Field(() => Boolean, {
    description: 'Send Strict-Transport-Security (one year) on HTTPS answers: browsers then use HTTPS only.',
  })
  hsts!: boolean;
}
