import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError, Kind } from 'graphql';
import type { Ctx, Viewer } from '../../graphql/context';
import { conflict } from '../../errors';
import { boolOf, preparedGet } from '../../db/prepared';
import { CompanySecurity } from './company-security.entity';
import { isAdminRole } from './enums';
import { Passkey } from './passkey.entity';
import { UserTotp } from './user-totp.entity';

/** extensions.reason of the FORBIDDEN answer to an admin who must set up a second factor first. */
export const TWO_FACTOR_ENROLMENT_REQUIRED = 'TWO_FACTOR_ENROLMENT_REQUIRED';

/**
 * What an admin who must still set up a second factor may do: see who they are and where, sign
 * out, set up an app or a passkey (and their password and preferences). Everything else is
 * refused until then, whatever is added to the schema later (deny by default).
 */
export const ALLOWED_BEFORE_ENROLMENT: ReadonlySet<string> = new Set([
  '__typename',
  '__schema',
  '__type',
  'branding',
  'viewer',
  'logout',
  'changePassword',
  'updatePreferences',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'startPasskeyRegistration',
  'finishPasskeyRegistration',
]);

/**
 * Whether a company requires its admins to sign in with a second factor. Asked before every admin
 * request (twoFactorPolicyPlugin): a prepared read, one bound statement (db/prepared.ts).
 */
export async function adminsNeedTwoFactor(em: EntityManager, resellerId: number): Promise<boolean> {
  const row = await preparedGet<{ required: unknown }>(
    em,
    'select admins_need_two_factor as required from company_security where reseller_id = ?',
    [resellerId],
  );
  return row ? boolOf(row.required) : false;
}

/** Whether the user has a second factor that signs them in (a confirmed app or a passkey). */
export async function hasSecondFactor(em: EntityManager, userId: number): Promise<boolean> {
  const [totp, passkeys] = await Promise.all([
    em.count(UserTotp, { user: userId, confirmedAt: { $ne: null } }),
    em.count(Passkey, { user: userId }),
  ]);
  return totp + passkeys > 0;
}

/**
 * Whether the viewer is an admin whose company requires a second factor they do not have yet. An
 * admin's session as someone else (impersonation) is the impersonator's business: never held here.
 */
export async function mustEnrol(em: EntityManager, viewer: Viewer | null): Promise<boolean> {
  // A caller known by other means than a session (an API token) is never impersonated: the policy holds it too.
  if (!viewer || !isAdminRole(viewer.role) || viewer.impersonated) return false;
  return (await adminsNeedTwoFactor(em, viewer.resellerId)) && !(await hasSecondFactor(em, viewer.userId));
}

/**
 * Sets the viewer's own company's policy (the master's for the master's admins, a reseller's for
 * its own). Requiring it while the viewer has no second factor is refused: they would lock
 * themselves out of the switch they just used.
 */
export async function setAdminsNeedTwoFactor(
  ctx: Ctx,
  required: boolean,
  changed: (em: EntityManager, what: string) => Promise<void>,
): Promise<void> {
  const viewer = ctx.viewer!;
  if (required && !(await hasSecondFactor(ctx.em, viewer.userId)))
    throw conflict('Set up two-factor sign-in for yourself first, then require it of your admins');
  await ctx.em.transactional(async (em) => {
    await em.upsert(CompanySecurity, {
      reseller: viewer.resellerId,
      adminsNeedTwoFactor: required,
      updatedAt: new Date(),
    });
    await changed(
      em,
      required
        ? 'two-factor sign-in required of the company’s admins'
        : 'two-factor sign-in no longer required of the company’s admins',
    );
  });
  ctx.log.info({ resellerId: viewer.resellerId, userId: viewer.userId, required }, 'admins two-factor policy set');
}

/**
 * Holds the policy at the GraphQL edge, once per request before anything runs: an admin who must
 * enrol is answered FORBIDDEN (reason TWO_FACTOR_ENROLMENT_REQUIRED) for any operation that
 * selects a root field outside ALLOWED_BEFORE_ENROLMENT. Root fragments are refused too.
 */
export const twoFactorPolicyPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        const viewer = contextValue.viewer;
        if (!operation || !viewer || !isAdminRole(viewer.role)) return;
        const allowed = operation.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && ALLOWED_BEFORE_ENROLMENT.has(s.name.value),
        );
        if (allowed || !(await mustEnrol(contextValue.em, viewer))) return;
        throw new GraphQLError('Your company requires its admins to use two-factor sign-in: set it up first', {
          extensions: { code: 'FORBIDDEN', reason: TWO_FACTOR_ENROLMENT_REQUIRED, http: { status: 403 } },
        });
      },
    };
  },
};
