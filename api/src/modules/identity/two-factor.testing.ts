import { generate } from 'otplib';
import { expect } from 'vitest';
import type { TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { PASSWORD } from '../../test/factories';

/* Helpers of the two-factor tests (identity and policy). */

export const TF = {
  login: `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { login } } }`,
  start: `mutation { startTotpEnrolment { secret otpauthUri } }`,
  confirm: `mutation($code: String!) { confirmTotpEnrolment(input: { code: $code }) { codes } }`,
  verify: `mutation($input: SecondFactorInput!) { verifySecondFactor(input: $input) { user { login } role } }`,
  disable: `mutation($input: TwoFactorProofInput!) { disableTotp(input: $input) }`,
  regenerate: `mutation($input: TwoFactorProofInput!) { regenerateRecoveryCodes(input: $input) { codes } }`,
  state: `{ viewer { twoFactor { totpEnabled recoveryCodesLeft methods enrolmentRequired passkeys { id name } } } }`,
};

/** The code an authenticator app shows `steps` thirty-second steps from now. */
export const codeAt = (secret: string, steps = 0): Promise<string> =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up an authenticator app for a signed-in client, with the code of the step before now; answers the secret and codes. */
export async function enrolTotp(client: GqlClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = (await client.ok(TF.start)).startTotpEnrolment as { secret: string };
  const { codes } = (await client.ok(TF.confirm, { code: await codeAt(secret, -1) })).confirmTotpEnrolment as {
    codes: string[];
  };
  return { secret, recoveryCodes: codes };
}

/** Gives the password in a new browser on `host`: must be answered SECOND_FACTOR_REQUIRED; answers that browser. */
export async function passwordStep(api: TestApi, host: string | undefined, login: string): Promise<GqlClient> {
  const browser = api.client(host);
  const err = await browser.fails(TF.login, { login, password: PASSWORD });
  expect(err.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
  return browser;
}
