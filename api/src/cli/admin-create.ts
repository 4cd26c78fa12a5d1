import type { MikroORM } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { systemEm } from '../db/scope';
import { badInput, validate } from '../errors';
import { Role, hashPassword, User, emailSchema, loginSchema, nameSchema, passwordSchema } from '../modules/identity';
import { Reseller } from '../modules/resellers';

const schema = z.object({
  login: loginSchema,
  email: emailSchema,
  password: passwordSchema,
  companyName: nameSchema(100).optional(),
});

/** `helio admin create`: the shell's way to the same result as the first-run setup page. */
export async function createMasterAdmin(
  orm: MikroORM,
  input: { login: string; email: string; password: string; companyName?: string },
) {
  const v = validate(schema, input);
  const passwordHash = await hashPassword(v.password);
  const em = systemEm(orm, 'the CLI has no viewer: it finds the company and creates its admin');
  try {
    return await em.transactional(async (tx) => {
      const root = await tx.findOneOrFail(Reseller, { isRoot: true });
      const completedSetup = root.setupCompletedAt === null;
      if (completedSetup) root.setupCompletedAt = new Date();
      if (v.companyName) root.name = v.companyName;
      const user = tx.create(User, {
        reseller: root,
        login: v.login,
        email: v.email,
        passwordHash,
        role: Role.MASTER_ADMIN,
      });
      await tx.flush();
      return { id: user.id, login: user.login, completedSetup };
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw badInput([{ field: 'login', message: 'is already taken' }]);
    throw err;
  }
}
