import { beforeAll, describe, expect, it } from 'vitest';
import { AREAS, getSchema } from '../../app';
import { areaOf } from '../../graphql/schema';
import { describeApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { createStaff, setupMaster } from '../../test/factories';
import { callOf, operations, type Op } from '../../test/schema-calls';
import { ApiScopeAccess, ApiScopeGroup, AREA_GROUPS, FIELD_GROUPS, grants, scopeOf, TOKEN_FORBIDDEN } from './scopes';
import { bearer, createToken } from './testing';

const groupOf = (op: Op) => scopeOf(op.field.name, areaOf(op.field));

describe('every operation belongs to exactly one scope group, or to none a token may call', () => {
  it('each Query and Mutation field is derived from the area that declares it', () => {
    const unknown = operations()
      .filter((op) => groupOf(op) === undefined)
      .map((op) => `${op.kind} ${op.field.name} (area ${areaOf(op.field) ?? '?'})`);
    expect(unknown).toEqual([]);
  });

  it('the group table names only areas and operations that exist', () => {
    const areas = new Set(AREAS.map((a) => a.name));
    expect(Object.keys(AREA_GROUPS).filter((a) => !areas.has(a))).toEqual([]);
    const schema = getSchema();
    const fields = new Set([
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ]);
    expect(Object.keys(FIELD_GROUPS).filter((f) => !fields.has(f))).toEqual([]);
    // Every area that declares an operation has a group (the flows are placed field by field).
    const declaring = new Set(operations().map((op) => areaOf(op.field)));
    expect([...declaring].filter((a) => a !== 'flows' && !(a! in AREA_GROUPS))).toEqual([]);
  });

  it('as reviewed: the groups of a few operations, and what no token may call', () => {
    const byName = new Map(operations().map((op) => [op.field.name, groupOf(op)]));
    expect(
      Object.fromEntries(
        ['domains', 'addDnsRecord', 'addDomain', 'certificates', 'mysqlDatabases'].map((f) => [f, byName.get(f)]),
      ),
    ).toEqual({
      domains: 'DOMAINS',
      addDnsRecord: 'DOMAINS',
      addDomain: 'DOMAINS',
      certificates: 'DOMAINS',
      mysqlDatabases: 'DATABASES',
    });
    expect(byName.get('invoices')).toBe('BILLING');
    expect(byName.get('tickets')).toBe('SUPPORT');
    expect(byName.get('tasks')).toBe('CLUSTER');
    expect(byName.get('viewer')).toBe('ACCOUNTS');
    expect(byName.get('branding')).toBe('COMPANY');
    const forbidden = operations()
      .filter((op) => groupOf(op) === TOKEN_FORBIDDEN)
      .map((op) => op.field.name)
      .sort();
    // Signing in and the viewer's own security (password and its recovery, e-mail address, second factors, the
    // admins' 2FA rule) are a person's, never a script's.
    expect(forbidden).toEqual([
      'apiTokens',
      'changeEmail',
      'changePassword',
      'companyApiTokens',
      'confirmTotpEnrolment',
      'createApiToken',
      'disableTotp',
      'endImpersonation',
      'finishPasskeyRegistration',
      'impersonateUser',
      'login',
      'logout',
      'redeemImpersonation',
      'regenerateRecoveryCodes',
      'removePasskey',
      'requestPasswordReset',
      'resendVerificationEmail',
      'resetPassword',
      'resetUserTwoFactor',
      'revokeApiToken',
      'secondFactorPasskeyOptions',
      'setAdminsNeedTwoFactor',
      'setup',
      'startPasskeyRegistration',
      'startTotpEnrolment',
      'switchAccount',
      'updatePreferences',
      'verifyEmail',
      'verifySecondFactor',
    ]);
  });
});

/**
 * Every query and mutation of the schema, called through a token of each single scope (7 groups ×
 * read or read-write): exactly those its scope allows get past the scope check (any answer but the
 * check's FORBIDDEN with `tokenScope`). The tokens are a support staff login's, so what passes the
 * check stops at the role check or runs with harmless generated arguments.
 */
describeApi(
  'API token scopes: every operation with every scope',
  (api) => {
    const tokens: { group: ApiScopeGroup; access: ApiScopeAccess; client: GqlClient }[] = [];

    beforeAll(async () => {
      const master = await setupMaster(api);
      const staff = await createStaff(master, api);
      for (const group of Object.values(ApiScopeGroup))
        for (const access of Object.values(ApiScopeAccess)) {
          const { secret } = await createToken(staff, { name: `${group} ${access}`, scopes: [{ group, access }] });
          tokens.push({ group, access, client: bearer(api, secret) });
        }
    });

    it('exactly the allowed operations get past the scope check', { timeout: 600_000 }, async () => {
      const calls = operations().flatMap((op) => tokens.map((token) => ({ op, token })));
      expect(calls.length).toBeGreaterThan(14 * 200);
      const wrong: string[] = [];
      let passed = 0;
      const run = async ({ op, token }: (typeof calls)[number]) => {
        const group = groupOf(op);
        const allowed =
          group !== undefined && group !== TOKEN_FORBIDDEN && grants([token], group, op.kind === 'mutation');
        const res = await token.client.gql(callOf(op));
        const refused = res.errors?.some((e) => e.extensions?.tokenScope !== undefined) ?? false;
        if (refused && res.status !== 403)
          wrong.push(`${op.field.name} with ${token.group}:${token.access}: HTTP ${res.status}`);
        if (
          res.errors?.some(
            (e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'TOO_MANY_REQUESTS',
          )
        )
          wrong.push(`${op.field.name} with ${token.group}:${token.access}: ${res.errors[0]!.extensions!.code}`);
        if (refused === allowed)
          wrong.push(
            `${op.kind} ${op.field.name} with ${token.group}:${token.access}: ${allowed ? 'refused' : 'let through'}`,
          );
        if (!refused) passed++;
      };
      for (let i = 0; i < calls.length; i += 8) await Promise.all(calls.slice(i, i + 8).map(run));
      expect(wrong).toEqual([]);
      // Each group's operations pass with its own scope: queries with READ and READ_WRITE, mutations with READ_WRITE.
      const expected = operations().reduce((n, op) => {
        const group = groupOf(op);
        if (group === undefined || group === TOKEN_FORBIDDEN) return n;
        return n + (op.kind === 'query' ? 2 : 1);
      }, 0);
      expect(passed).toBe(expected);
    });
  },
  { API_REQUESTS_PER_IP_PER_MINUTE: '1000000', API_REQUESTS_PER_TOKEN_PER_MINUTE: '1000000' },
);
