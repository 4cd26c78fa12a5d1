import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { Reseller } from '../resellers/reseller.entity';
import { Role } from './enums';
import { Preferences } from './preferences.service';
import { User } from './user.entity';
import { ListBound } from '../../graphql/list-bound';

@ObjectType('Viewer', { description: 'The signed-in user, with the account their panel is showing.' })
export class ViewerType {
  @Field(() => User)
  user!: User;

  @Field(() => Role)
  role!: Role;

  @Field(() => Reseller, { description: 'The hosting company the user belongs to.' })
  reseller!: Reseller;

  @Field(() => Account, {
    nullable: true,
    description: 'The account the panel is working on; switch with `switchAccount`.',
  })
  activeAccount!: Account | null;

  @ListBound(100)
  @Field(() => [Account], { description: 'Every account this user owns (the account switcher).' })
  accounts!: Account[];

  @Field(() => Preferences)
  preferences!: Preferences;
}
