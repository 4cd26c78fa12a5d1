import { defineModule } from '../../module';
import { accountsModule } from '../accounts';
import { identityModule } from '../identity';
import { UsersResolver } from './users.resolver';
import { UserService } from './users.service';

/** Users as admins manage them: the list, creation, password resets. */
export const usersModule = defineModule({
  name: 'users',
  services: (core, areas) => ({
    users: new UserService(core, areas.get(identityModule).sessions),
    accounts: areas.get(accountsModule).accounts,
  }),
  resolvers: [UsersResolver],
});
