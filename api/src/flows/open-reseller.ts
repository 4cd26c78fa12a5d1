import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { Arg, Ctx as Context, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { badInput, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import { emailSchema, hashPassword, loginSchema, nameSchema, passwordSchema, Role, User } from '../modules/identity';
import { hostNameSchema, Reseller } from '../modules/resellers';

/**
 * Opening a reseller: the master admin creates a private-label company (resellers) together with
 * its first admin login (identity), in one transaction.
 */

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

const createSchema = z.object({
  name: nameSchema(100),
  cpHost: hostNameSchema,
  adminLogin: loginSchema,
  adminEmail: emailSchema,
  adminPassword: passwordSchema,
});

/** Creates the reseller and its first admin (a RESELLER_ADMIN), committed together. */
export async function openReseller(em: EntityManager, input: unknown): Promise<Reseller> {
  const v = validate(createSchema, input);
  const passwordHash = await hashPassword(v.adminPassword);
  try {
    return await em.transactional(async (tx) => {
      const reseller = tx.create(Reseller, { name: v.name, cpHost: v.cpHost });
      tx.create(User, {
        reseller,
        login: v.adminLogin,
        email: v.adminEmail,
        passwordHash,
        role: Role.RESELLER_ADMIN,
      });
      await tx.flush();
      return reseller;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw badInput([{ field: 'cpHost', message: 'is already used by another reseller' }]);
    throw err;
  }
}

@Resolver()
export class OpenResellerResolver {
  @Access('master')
  @Mutation(() => Reseller, { description: 'Creates a private-label reseller with its first admin.' })
  createReseller(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateResellerInput) input: CreateResellerInput,
  ): Promise<Reseller> {
    return openReseller(ctx.em, input);
  }
}
