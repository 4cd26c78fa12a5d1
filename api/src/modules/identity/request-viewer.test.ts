import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { systemEm } from '../../db/scope';
import { setupMaster, type MasterClient } from '../../test/factories';
import { Reseller } from '../resellers';
import { identityModule } from './index';
import { User } from './user.entity';

/*
 * A signed-in request makes the viewer's entities from the cached session only when it first asks
 * for them, possibly after it has loaded and changed the same rows itself: what it holds wins over
 * the cached row, which may be older (a change would otherwise be overwritten before its flush).
 */
describeApi('the viewer’s entities, made late', (api) => {
  let master: MasterClient;
  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('keeps the user and company the request already holds, with its unflushed changes', async () => {
    const token = master.sessionCookie!;
    const sessions = api.app.areas.get(identityModule).sessions;
    // Cached by a first lookup.
    const first = await sessions.resolve(() => systemEm(api.orm, 'test'), token);
    expect(first).not.toBeNull();

    const em = systemEm(api.orm, 'test');
    const found = await sessions.resolve(() => em, token);
    const user = await em.findOneOrFail(User, { id: found!.userId });
    const company = await em.findOneOrFail(Reseller, { id: found!.companyId });
    user.email = 'changed-in-this-request@example.test';
    company.name = 'Renamed in this request';

    const [session, viewerUser] = found!.entities();
    expect(viewerUser).toBe(user);
    expect(session.user).toBe(user);
    expect(viewerUser.reseller).toBe(company);
    expect(user.email).toBe('changed-in-this-request@example.test');
    expect(company.name).toBe('Renamed in this request');
  });

  it('answers a query’s viewer from the cached session without making entities, and a mutation from the entities', async () => {
    const query = `{ viewer { user { login email } preferences { language } } }`;
    const before = await master.ok(query);
    expect(before.viewer.user.login).toBe('master');
    const changed = await master.ok(`mutation { updatePreferences(input: { language: DE }) { language } }`);
    expect(changed.updatePreferences.language).toBe('DE');
    // The change reached the cache (or the next read): the next query shows it.
    expect((await master.ok(query)).viewer.preferences.language).toBe('DE');
  });
});
