import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApiToken } from './api-token.entity';
import { ApiScopeAccess, ApiScopeGroup } from './scopes';

@InputType({ description: 'Access to one group of the API.' })
export class ApiTokenScopeInput {
  @Field(() => ApiScopeGroup)
  group!: ApiScopeGroup;

  @Field(() => ApiScopeAccess)
  access!: ApiScopeAccess;
}

@InputType({ description: 'A new API token of yours.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Its name, 1–100 characters, e.g. "deploy script".' })
  name!: string;

  @Field(() => [ApiTokenScopeInput], { description: 'What it may do: at least one group, each once.' })
  scopes!: ApiTokenScopeInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Days until it expires, 1 to API_TOKEN_MAX_DAYS (365 by default); default 90 or that, if shorter.',
  })
  expiresInDays?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Client addresses and CIDR ranges it may be used from (IPv4, IPv6; at most 50); none: any.',
  })
  allowedIps?: string[] | null;
}

@ObjectType({ description: 'Access to one group of the API.' })
export class ApiTokenScope {
  @Field(() => ApiScopeGroup)
  group!: ApiScopeGroup;

  @Field(() => ApiScopeAccess)
  access!: ApiScopeAccess;
}

export enum ApiTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(ApiTokenStatus, { name: 'ApiTokenStatus', description: 'Whether a token still works.' });

@ObjectType({ description: 'A token just created, with its secret: shown this once, never again.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field(() => String, {
    description: 'The secret to send as `Authorization: Bearer <secret>`. Only its hash is kept: copy it now.',
  })
  secret!: string;
}
