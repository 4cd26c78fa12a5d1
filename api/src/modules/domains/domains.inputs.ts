import { Field, ID, InputType } from 'type-graphql';
import { DomainKind } from './enums';

@InputType({ description: 'A new domain of an account (UAD-4).' })
export class AddDomainInput {
  @Field(() => ID, { nullable: true, description: 'The account; your active account when omitted.' })
  accountId?: string | null;

  @Field(() => DomainKind)
  kind!: DomainKind;

  @Field(() => String, {
    nullable: true,
    description:
      'OWN and PARKED: the domain (Unicode or punycode), e.g. example.com. THIRD_LEVEL: the label under the service domain, e.g. shop. Omitted for INSTANT and NO_DOMAIN.',
  })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PARKED: an IPv4/IPv6 address the apex and www point to (optional).',
  })
  targetAddress?: string | null;
}
