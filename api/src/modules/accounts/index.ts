import { defineModule } from '../../module';
import { Account } from './account.entity';
import { AccountsResolver } from './accounts.resolver';
import { AccountService } from './accounts.service';
import { TaskAccountResolver } from './task-account.resolver';

declare module '../../events' {
  interface HelioEvents {
    /** An account was suspended, resumed or approved; `account.status` is the new one. In its transaction. */
    'account.statusChanged': { account: Account };
  }
}

/** Accounts: one control panel under one plan, with its lifecycle (UAD-2). */
export const accountsModule = defineModule({
  name: 'accounts',
  entities: [Account],
  services: () => ({ accounts: new AccountService() }),
  resolvers: [AccountsResolver, TaskAccountResolver],
});
