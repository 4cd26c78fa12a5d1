import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type MasterClient } from '../../test/factories';
import { systemEm } from '../../db/scope';
import { sweepExpired } from './expired-sweep';
import { PendingSignIn } from './pending-sign-in.entity';
import { enrolTotp, passwordStep, TF } from './two-factor.testing';

describeApi('the hourly sweep of expired sign-in leftovers', (api) => {
  let master: MasterClient;

  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('deletes expired pending sign-ins and keeps the live ones', async () => {
    const [ivy, jon] = [await createEndUser(master, api), await createEndUser(master, api)];
    await enrolTotp(ivy);
    await enrolTotp(jon);
    await passwordStep(api, undefined, ivy.login);
    const live = await passwordStep(api, undefined, jon.login);
    const em = () => systemEm(api.orm.em, 'the test reads and ages pending sign-ins');
    await em().nativeUpdate(PendingSignIn, { user: Number(ivy.userId) }, { expiresAt: new Date(Date.now() - 1000) });

    expect(await sweepExpired(em())).toBe(1);
    expect(await em().count(PendingSignIn, { user: Number(ivy.userId) })).toBe(0);
    expect(await em().count(PendingSignIn, { user: Number(jon.userId) })).toBe(1);
    // The live one still works as before.
    expect((await live.fails(TF.verify, { input: { code: '000000' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sweepExpired(em())).toBe(0);
  });
});
