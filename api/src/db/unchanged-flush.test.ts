import { expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { setupMaster } from '../test/factories';
import { entities } from '../app';
import { systemScope } from './scope';

// MikroORM 6 on SQLite compares `type: 'datetime'` properties as a Date against a number, so every
// loaded row looked changed and each flush rewrote its dates. Entities declare `type: 'Date'`.
describeApi('loading rows does not make them dirty', (api) => {
  it('a flush after loading every row of every table writes nothing', async () => {
    await setupMaster(api); // a reseller, a user, a session: rows with dates to load
    const em = api.orm.em.fork();
    em.setFilterParams('scope', systemScope);
    let loaded = 0;
    for (const entity of entities) loaded += (await em.find(entity, {})).length;
    expect(loaded).toBeGreaterThanOrEqual(3);
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    expect(uow.getChangeSets().map((c) => ({ entity: c.name, changed: c.payload }))).toEqual([]);
  });
});
