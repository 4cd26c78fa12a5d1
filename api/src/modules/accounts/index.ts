import { defineModule } from '../../module';
import { Account } from './account.entity';
import { AccountsResolver } from './accounts.resolver';

/** Accounts: one control panel under one plan, with its lifecycle (UAD-2). */
export const accountsModule = defineModule({ name: 'accounts', entities: [Account], resolvers: [AccountsResolver] });
