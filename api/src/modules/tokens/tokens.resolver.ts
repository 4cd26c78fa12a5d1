import { wrap } from '@mikro-orm/core';
import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId, parseOptionalId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { User } from '../identity';
import { ApiToken } from './api-token.entity';
import { ApiTokenScope, ApiTokenStatus, CreateApiTokenInput, CreatedApiToken } from './tokens.inputs';
import { allowedIpsOf, scopesOf, statusOf, TOKEN_PREFIX, type TokenService } from './tokens.service';

/** API tokens (API-1): a signed-in person manages their own; admins see and revoke their company's users'. No token manages tokens. */
@Resolver(() => ApiToken)
export class TokensResolver {
  constructor(private readonly api: { tokens: TokenService }) {}

  @Access('signedIn')
  @ListBound(200)
  @Query(() => [ApiToken], {
    description: 'Your API tokens, newest first (revoked and expired ones too); the first 200.',
  })
  apiTokens(@Context() ctx: Ctx): Promise<ApiToken[]> {
    return this.api.tokens.own(ctx);
  }

  @Access('admin')
  @ListBound(500)
  @Query(() => [ApiToken], {
    description: 'The API tokens of your company’s users (or of one of them), newest first; the first 500.',
  })
  companyApiTokens(
    @Context() ctx: Ctx,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
  ): Promise<ApiToken[]> {
    return this.api.tokens.company(ctx, parseOptionalId(userId, 'userId'));
  }

  @Access('signedIn')
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates an API token of yours and answers its secret, this once. It acts with your rights, narrowed by its scopes.',
  })
  createApiToken(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return this.api.tokens.create(ctx, input);
  }

  @Access('signedIn')
  @Mutation(() => ApiToken, {
    description:
      'Revokes an API token at once: one of yours, or as an admin one of your company’s users’. NOT_FOUND otherwise.',
  })
  revokeApiToken(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return this.api.tokens.revoke(ctx, parseId(id));
  }

  @ListBound(7)
  @FieldResolver(() => [ApiTokenScope], { description: 'What it may do, per group of the API.' })
  scopes(@Root() token: ApiToken): ApiTokenScope[] {
    return scopesOf(token);
  }

  @ListBound(50)
  @FieldResolver(() => [String], {
    description: 'The client addresses and CIDR ranges it may be used from; empty: any.',
  })
  allowedIps(@Root() token: ApiToken): string[] {
    return allowedIpsOf(token);
  }

  @FieldResolver(() => ApiTokenStatus, { description: 'Whether it still works.' })
  status(@Root() token: ApiToken): ApiTokenStatus {
    return statusOf(token);
  }

  @FieldResolver(() => String, {
    description: 'The start of its secret (`helio_` and the part that finds it), to tell tokens apart.',
  })
  hint(@Root() token: ApiToken): string {
    return `${TOKEN_PREFIX}${token.lookup}…`;
  }

  @FieldResolver(() => User, { description: 'Whose token it is: it acts with their rights.' })
  async owner(@Root() token: ApiToken, @Context() ctx: Ctx): Promise<User> {
    if (wrap(token.user).isInitialized()) return token.user;
    return ctx.em.findOneOrFail(User, { id: token.user.id });
  }
}
