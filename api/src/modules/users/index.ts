import { defineModule } from '../../module';
import { UsersResolver } from './users.resolver';
import { UserService } from './users.service';

/** Users as admins manage them: the list, creation, password resets. */
export const usersModule = defineModule({
  name: 'users',
  services: () => ({ users: new UserService() }),
  resolvers: [UsersResolver],
});
