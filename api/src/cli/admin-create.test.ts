import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeApi, type TestApi } from '../test/api';
import { HELIO, helio, SPAWNS } from '../test/helio';
import { signIn, whoAmI } from '../test/factories';

const needsSetup = async (api: TestApi): Promise<boolean> =>
  (await api.client().ok(`{ branding { needsSetup companyName } }`)).branding.needsSetup;

describeApi('helio admin create (CLI)', (api) => {
  beforeAll(() => {
    if (!fs.existsSync(HELIO))
      throw new Error(`${HELIO} is missing: run \`npm run build -w api\` (npm test -w api does it first)`);
  });

  it('refuses a bad password, creating nothing', SPAWNS, async () => {
    const run = await helio(api, ['admin', 'create', '--login', 'ops', '--email', 'ops@acme.test'], 'short\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('password: must be at least 8 characters');
    expect(run.stderr).not.toContain('short');
    expect(await needsSetup(api)).toBe(true);
  });

  it('creates the master admin with the password from stdin and completes setup', SPAWNS, async () => {
    const run = await helio(
      api,
      [
        'admin',
        'create',
        '--login',
        'Ops',
        '--email',
        'ops@acme.test',
        '--company',
        'Acme Hosting',
        '--password-stdin',
      ],
      'cli-password-123\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/master admin "ops" created \(user ID \d+\); setup is complete/);
    expect(await needsSetup(api)).toBe(false);
    expect((await api.client().ok(`{ branding { companyName } }`)).branding.companyName).toBe('Acme Hosting');

    const admin = await signIn(api, undefined, 'ops', 'cli-password-123');
    expect(await whoAmI(admin)).toMatchObject({ role: 'MASTER_ADMIN', user: { login: 'ops' } });
    // The first-run setup page is closed now.
    const setup = await api
      .client()
      .fails(
        `mutation { setup(input: { companyName: "X", login: "late", email: "l@x.test", password: "long-enough-1" }) { role } }`,
      );
    expect(setup.extensions?.code).toBe('CONFLICT');
  });

  it('a second admin may be added; a taken login is refused', SPAWNS, async () => {
    const second = await helio(
      api,
      ['admin', 'create', '--login', 'ops2', '--email', 'ops2@acme.test'],
      'another-password-1',
    );
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('setup is complete');
    const dup = await helio(
      api,
      ['admin', 'create', '--login', 'OPS', '--email', 'x@acme.test'],
      'another-password-1\n',
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('login: is already taken');
    const admin = await signIn(api, undefined, 'ops2', 'another-password-1');
    const { users } = await admin.ok(`{ users(role: MASTER_ADMIN) { nodes { login } } }`);
    expect(users.nodes.map((u: { login: string }) => u.login).sort()).toEqual(['ops', 'ops2']);
  });
});
