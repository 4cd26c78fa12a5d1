import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { validate } from '../../errors';
import { Reseller } from '../resellers';
import { Language, Skin } from '../../graphql/presentation';
import { User } from './user.entity';

@ObjectType({ description: 'How the panel looks for the signed-in user: their choice, or their reseller’s default.' })
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

/** LF-3: skin and language are stored server-side on the user, so they follow them across logins and devices. */
export class PreferencesService {
  async effective(ctx: Ctx, user: User): Promise<Preferences> {
    const reseller = await ctx.em.findOneOrFail(Reseller, { id: user.reseller.id });
    return {
      skin: user.skin ?? reseller.defaultSkin,
      textOnly: user.textOnly,
      language: user.language ?? reseller.defaultLanguage,
      skinChosen: user.skin !== null,
    };
  }

  async update(ctx: Ctx, input: unknown): Promise<Preferences> {
    const v = validate(schema, input);
    const user = await ctx.em.findOneOrFail(User, { id: ctx.viewer!.user.id });
    if (v.resetSkin) user.skin = null;
    else if (v.skin) user.skin = v.skin;
    if (typeof v.textOnly === 'boolean') user.textOnly = v.textOnly;
    if (v.language) user.language = v.language;
    await ctx.em.flush();
    return this.effective(ctx, user);
  }
}
