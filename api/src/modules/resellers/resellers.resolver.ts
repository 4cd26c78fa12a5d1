import {
  Arg,
  Args,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ListBound } from '../../graphql/list-bound';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { Language, Skin } from '../../graphql/presentation';
import { Reseller } from './reseller.entity';
import { MAX_HOST_ALIASES, type ResellerService } from './resellers.service';

export const ResellerConnection = ConnectionType(Reseller, 'Reseller');

@InputType({
  description: 'A company’s details (RES-1), shown to its customers; omitted fields stay, empty ones are cleared.',
})
export class CompanyDetailsInput {
  @Field(() => String, { nullable: true, description: 'Registered company name, for invoices.' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address; line breaks allowed.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT or tax number.' })
  taxId?: string | null;

  @Field(() => String, { nullable: true })
  supportEmail?: string | null;

  @Field(() => String, { nullable: true })
  supportPhone?: string | null;
}

@InputType({ description: 'What the master admin changes of a reseller; omitted fields stay as they are.' })
export class UpdateResellerInput extends CompanyDetailsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Host name of its control panel (links in mail use it).' })
  cpHost?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Other host names its panel answers on (at most 10); given, they replace the list.',
  })
  cpHostAliases?: string[] | null;
}

@InputType({ description: 'Your company’s settings; omitted fields stay as they are.' })
export class ResellerSettingsInput extends CompanyDetailsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'The master’s company only: name the product (Heliosphere) under the sign-in form.',
  })
  productCredit?: boolean | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Skin, { nullable: true, description: 'Skin for users who have not chosen one.' })
  defaultSkin?: Skin | null;

  @Field(() => Language, { nullable: true, description: 'Language for users who have not chosen one.' })
  defaultLanguage?: Language | null;
}

/** Companies: the master admin's list, and an admin's own company. (Opening one is a flow: flows/open-reseller.ts.) */
@Resolver(() => Reseller)
export class ResellersResolver {
  constructor(private readonly api: { resellers: ResellerService }) {}

  @Access('master')
  @Query(() => ResellerConnection, { description: 'Every reseller, newest first. `search` matches name and CP host.' })
  resellers(@Context() ctx: Ctx, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Reseller>> {
    return this.api.resellers.list(ctx, parsePage(args));
  }

  @Access('admin')
  @Query(() => Reseller, { description: 'One reseller: any for the master admin, your own for a reseller admin.' })
  reseller(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Reseller> {
    return this.api.resellers.get(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Reseller, { description: 'Changes a reseller’s name, control-panel host and company details.' })
  updateReseller(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateResellerInput) input: UpdateResellerInput,
  ): Promise<Reseller> {
    return this.api.resellers.update(ctx, parseId(id), input);
  }

  @Access('admin')
  @Mutation(() => Reseller, {
    description: 'Changes your own company’s settings, such as the default skin, and its company details.',
  })
  updateResellerSettings(
    @Context() ctx: Ctx,
    @Arg('input', () => ResellerSettingsInput) input: ResellerSettingsInput,
  ): Promise<Reseller> {
    return this.api.resellers.updateOwnSettings(ctx, input);
  }

  @ListBound(MAX_HOST_ALIASES)
  @FieldResolver(() => [String], {
    description: 'Other host names its panel answers on, beside `cpHost` (RES-1).',
  })
  cpHostAliases(@Root() reseller: Reseller, @Context() ctx: Ctx): Promise<string[]> {
    return this.api.resellers.aliasesOf(ctx, reseller);
  }
}
