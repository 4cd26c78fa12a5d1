import { defineModule } from '../../module';
import { accountsModule } from '../accounts';
import { ApiToken } from './api-token.entity';
import { identifyByToken, type FirstAccount } from './identify';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { tokenScopePlugin } from './scope-check';
import { tokenSettings } from './settings';
import { TokensResolver } from './tokens.resolver';
import { TokenService } from './tokens.service';

interface TokensApi {
  tokens: TokenService;
  /** The accounts area's: the account a token's requests work on unless they name one. */
  firstAccount: FirstAccount;
}

/**
 * API tokens (API-1): third parties script the GraphQL API with `Authorization: Bearer <token>`,
 * acting as the token's owner narrowed by its scopes (per group of areas, read or read-write), until
 * it expires or is revoked, from the addresses it allows; rate-limited per token and per address;
 * every change made through one is in the audit trail with its name.
 */
export const tokensModule = defineModule<TokensApi>({
  name: 'tokens',
  settings: tokenSettings,
  entities: [ApiToken],
  migrations: { sqlite, postgresql },
  services: (core, areas) => {
    const { accounts } = areas.get(accountsModule);
    return {
      tokens: new TokenService(tokenSettings.of(core.config)),
      firstAccount: (em, user) => accounts.firstOwnedBy(em, user),
    };
  },
  resolvers: [TokensResolver],
  identify: (api, core) =>
    identifyByToken({ settings: tokenSettings.of(core.config), limits: core.limits, firstAccount: api.firstAccount }),
  graphqlPlugins: [tokenScopePlugin()],
});

export { ApiToken } from './api-token.entity';
export { ApiScopeAccess, ApiScopeGroup, AREA_GROUPS, FIELD_GROUPS, scopeOf, TOKEN_FORBIDDEN } from './scopes';
