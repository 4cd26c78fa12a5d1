import { Field, ObjectType } from 'type-graphql';
import { Reseller } from '../resellers';
import { Role } from './enums';
import { Preferences } from './preferences.service';
import { User } from './user.entity';

/**
 * The accounts area adds `activeAccount` and `accounts` (accounts/viewer-accounts.resolver.ts): an
 * area lower than accounts cannot name the Account type.
 */
@ObjectType('Viewer', { description: 'The signed-in user, with the account their panel is showing.' })
export class ViewerType {
  @Field(() => User)
  user!: User;

  @Field(() => Role)
  role!: Role;

  @Field(() => Reseller, { description: 'The hosting company the user belongs to.' })
  reseller!: Reseller;

  @Field(() => Preferences)
  preferences!: Preferences;
}
