import type { TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';

export const CREATE = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name status hint expiresAt allowedIps scopes { group access } } } }`;

export type Scope = { group: string; access: 'READ' | 'READ_WRITE' };

/** Creates a token of the signed-in `owner`; answers its id and secret. */
export async function createToken(
  owner: GqlClient,
  input: { name?: string; scopes: Scope[]; expiresInDays?: number; allowedIps?: string[] },
): Promise<{ id: string; secret: string }> {
  const data = await owner.ok(CREATE, { i: { name: input.name ?? 'test token', ...input } });
  return { id: data.createApiToken.token.id, secret: data.createApiToken.secret };
}

/** A client that sends `Authorization: Bearer <secret>` (and no cookie). */
export function bearer(api: TestApi, secret: string, headers: Record<string, string> = {}): GqlClient {
  return api.client(undefined, { authorization: `Bearer ${secret}`, ...headers });
}
