import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { badInput, validate } from '../../errors';
import { Reseller } from '../resellers';
import { Language, Skin } from '../../graphql/presentation';
import { User } from './user.entity';

@ObjectType({
  simpleResolvers: true,
  description: 'How the panel looks for the signed-in user: their choice, or their reseller’s default.',
})
export class Preferences {
  @Field(() => Skin, { description: 'The skin in effect.' })
  skin!: Skin;

  @Field(() => Boolean, { description: 'Text-only variant: icons become text links.' })
  textOnly!: boolean;

  @Field(() => Language, { description: 'The language in effect.' })
  language!: Language;

  @Field(() => Boolean, {
    description: 'False when the skin comes from the reseller’s default rather than the user’s choice.',
  })
  skinChosen!: boolean;

  @Field(() => Boolean, { description: 'Whether the company lets its users choose their skin (LF-3).' })
  canChooseSkin!: boolean;

  @Field(() => Boolean, { description: 'Whether the company lets its users choose their language (LF-3).' })
  canChooseLanguage!: boolean;
}

@InputType({
  description: 'Preference changes; omitted fields stay as they are. Set `resetSkin` to go back to the default skin.',
})
export class PreferencesInput {
  @Field(() => Skin, { nullable: true })
  skin?: Skin | null;

  @Field(() => Boolean, { nullable: true })
  textOnly?: boolean | null;

  @Field(() => Language, { nullable: true })
  language?: Language | null;

  @Field(() => Boolean, { nullable: true, description: 'Forget the chosen skin and follow the reseller’s default.' })
  resetSkin?: boolean | null;
}

const schema = z.object({
  skin: z.enum(Skin).nullish(),
  textOnly: z.boolean().nullish(),
  language: z.enum(Language).nullish(),
  resetSkin: z.boolean().nullish(),
});

/** The preferences in effect for a user of a company (entities, or plain rows shaped like them). */
export function preferencesOf(
  user: Pick<User, 'skin' | 'textOnly' | 'textOnlyChosen' | 'language'>,
  company: Pick<
    Reseller,
    'usersChooseSkin' | 'usersChooseLanguage' | 'defaultSkin' | 'defaultTextOnly' | 'defaultLanguage'
  >,
): Preferences {
  const ownSkin = company.usersChooseSkin && user.skin !== null;
  return {
    skin: ownSkin ? user.skin! : company.defaultSkin,
    textOnly: company.usersChooseSkin && user.textOnlyChosen ? user.textOnly : company.defaultTextOnly,
    language: (company.usersChooseLanguage ? user.language : null) ?? company.defaultLanguage,
    skinChosen: ownSkin,
    canChooseSkin: company.usersChooseSkin,
    canChooseLanguage: company.usersChooseLanguage,
  };
}

/**
 * LF-3: skin and language are stored server-side on the user, so they follow them across logins and
 * devices. The company decides whether its users may choose: when it does not, everyone has its
 * defaults (a choice made earlier is kept, unused, in case it allows choosing again).
 */
export class PreferencesService {
  async effective(ctx: Ctx, user: User): Promise<Preferences> {
    return preferencesOf(user, await ctx.em.findOneOrFail(Reseller, { id: user.reseller.id }));
  }

  async update(ctx: Ctx, input: unknown): Promise<Preferences> {
    const v = validate(schema, input);
    const user = await ctx.em.findOneOrFail(User, { id: ctx.viewer!.userId });
    const company = await ctx.em.findOneOrFail(Reseller, { id: user.reseller.id });
    const refused: string[] = [];
    if (!company.usersChooseSkin && v.skin) refused.push('skin');
    if (!company.usersChooseSkin && v.textOnly != null) refused.push('textOnly');
    if (!company.usersChooseLanguage && v.language) refused.push('language');
    if (refused.length)
      throw badInput(refused.map((field) => ({ field, message: `${company.name} sets this for all its users` })));
    if (v.resetSkin) {
      user.skin = null;
      user.textOnlyChosen = false;
    } else if (v.skin) user.skin = v.skin;
    if (typeof v.textOnly === 'boolean') {
      user.textOnly = v.textOnly;
      user.textOnlyChosen = true;
    }
    if (v.language) user.language = v.language;
    await ctx.em.flush();
    return this.effective(ctx, user);
  }
}
