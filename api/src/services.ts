import type { Config } from './config';
import { SecretBox } from './secrets';
import { AccountService } from './modules/accounts/accounts.service';
import { AuthService } from './modules/identity/auth.service';
import { PreferencesService } from './modules/identity/preferences.service';
import { SessionService } from './modules/identity/sessions.service';
import { LoginThrottle } from './modules/identity/throttle';
import { ResellerService } from './modules/resellers/resellers.service';
import { UserService } from './modules/users/users.service';

/** One instance of each service per process; they hold no request state (that is in Ctx). */
export function createServices(config: Config) {
  const sessions = new SessionService(config);
  return {
    sessions,
    secrets: new SecretBox(config),
    auth: new AuthService(new LoginThrottle(config.throttle)),
    preferences: new PreferencesService(),
    accounts: new AccountService(),
    users: new UserService(),
    resellers: new ResellerService(),
  };
}
export type Services = ReturnType<typeof createServices>;
