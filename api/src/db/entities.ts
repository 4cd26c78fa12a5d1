import { Account } from '../modules/accounts/account.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Reseller } from '../modules/resellers/reseller.entity';

/** Every entity, listed explicitly: no folder scanning, so tsc, SWC and bundlers all see the same set. */
export const entities = [Reseller, User, Account, Session];
