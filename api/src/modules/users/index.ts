import { defineModule } from '../../module';
import { UsersResolver } from './users.resolver';

/** Users as admins manage them: the list, creation, password resets. */
export const usersModule = defineModule({ name: 'users', resolvers: [UsersResolver] });
