import { defineModule } from '../../module';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { identityModule } from '../identity';
import { plansModule, type PlanService } from '../plans';
import { AccountPlanResolver } from './account-plan.resolver';
import { Account } from './account.entity';
import { AccountsResolver } from './accounts.resolver';
import { AccountService } from './accounts.service';
import { planAccounts } from './plan-accounts';
import { TaskAccountResolver } from './task-account.resolver';
import { ViewerAccountsResolver } from './viewer-accounts.resolver';

declare module '../../events' {
  interface HelioEvents {
    /** An account was suspended, resumed or approved; `account.status` is the new one. In its transaction. */
    'account.statusChanged': { account: Account };
  }
}

/** What the accounts area's parts are given; `accounts` is also what other areas use. */
export interface AccountsApi {
  accounts: AccountService;
  /** The plans area's, for Account.limits. */
  plans: Pick<PlanService, 'limitsView'>;
}

/** Accounts: one control panel under one plan, with its lifecycle (UAD-2). */
export const accountsModule = defineModule<AccountsApi>({
  name: 'accounts',
  entities: [Account],
  migrations: { sqlite, postgresql },
  services: (core, areas) => {
    const accounts = new AccountService(core);
    // The areas below cannot name accounts: a new session starts on the user's first account,
    // and plans look at the accounts on them, through what this area registers.
    areas.get(identityModule).auth.startSessionsOn((em, user) => accounts.firstOwnedBy(em, user));
    const { plans } = areas.get(plansModule);
    plans.lookAtAccountsWith(planAccounts);
    return { accounts, plans };
  },
  resolvers: [AccountsResolver, AccountPlanResolver, ViewerAccountsResolver, TaskAccountResolver],
});

export { Account, AccountStatus } from './account.entity';
export { AccountService, accountNameSchema } from './accounts.service';
export { accountForViewer, accountOf } from './account-for';
export { accountStatusChanged } from './account-status';
export { chosenPlan, createAccount, openAccount, type AccountHolder, type OpenAccountSpec } from './open-account';
export type { AccountNode, AccountRow, UserRow } from './account-reads';
