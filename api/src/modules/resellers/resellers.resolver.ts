import { Arg, Args, Ctx as Context, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { Language, Skin } from '../identity/enums';
import { Reseller } from './reseller.entity';

export const ResellerConnection = ConnectionType(Reseller, 'Reseller');

@InputType({ description: 'A private-label reseller and its first admin login.' })
export class CreateResellerInput {
  @Field(() => String, { description: 'Company name its customers see.' })
  name!: string;

  @Field(() => String, { description: 'Host name of its control panel, e.g. cp.reseller.example.' })
  cpHost!: string;

  @Field(() => String)
  adminLogin!: string;

  @Field(() => String)
  adminEmail!: string;

  @Field(() => String)
  adminPassword!: string;
}

@InputType({ description: 'Your company’s settings; omitted fields stay as they are.' })
export class ResellerSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Skin, { nullable: true, description: 'Skin for users who have not chosen one.' })
  defaultSkin?: Skin | null;

  @Field(() => Language, { nullable: true, description: 'Language for users who have not chosen one.' })
  defaultLanguage?: Language | null;
}

@Resolver(() => Reseller)
export class ResellersResolver {
  @Access('master')
  @Query(() => ResellerConnection, { description: 'Every reseller, newest first. `search` matches name and CP host.' })
  resellers(@Context() ctx: Ctx, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Reseller>> {
    return ctx.services.resellers.list(ctx, parsePage(args));
  }

  @Access('admin')
  @Query(() => Reseller, { description: 'One reseller: any for the master admin, your own for a reseller admin.' })
  reseller(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Reseller> {
    return ctx.services.resellers.get(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Reseller, { description: 'Creates a private-label reseller with its first admin.' })
  createReseller(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateResellerInput) input: CreateResellerInput,
  ): Promise<Reseller> {
    return ctx.services.resellers.create(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Reseller, { description: 'Changes your own company’s settings, such as the default skin.' })
  updateResellerSettings(
    @Context() ctx: Ctx,
    @Arg('input', () => ResellerSettingsInput) input: ResellerSettingsInput,
  ): Promise<Reseller> {
    return ctx.services.resellers.updateOwnSettings(ctx, input);
  }
}
