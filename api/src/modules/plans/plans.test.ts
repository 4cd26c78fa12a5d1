import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { B, P, planInput, signupOn } from '../billing/testing';

/* Plans through GraphQL (BIL-1): the editor, its validation, and who sees which plans. */
describeApi('plans', (api) => {
  let master: MasterClient;
  let acme: ResellerAdminClient;
  let other: ResellerAdminClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    acme = await createReseller(master, api);
    other = await createReseller(master, api);
  });

  const full = (over: Record<string, unknown> = {}) =>
    planInput({
      name: 'Business',
      description: 'For shops',
      setupFee: '9.99',
      recurringFee: '10',
      periods: [{ months: 12, discountPercent: '12.5' }, { months: 1 }],
      resources: [
        { kind: 'DOMAIN', maxUnits: 5, freeUnits: 1, recurringFee: '0.33', setupFee: '2.04' },
        { kind: 'TRAFFIC_GB', freeUnits: 100, usagePrice: '0.05' },
      ],
      ...over,
    });

  it('an admin creates, reads, updates and deletes a plan; prices and period prices come back exact', async () => {
    const created = (await acme.ok(P.create, { i: full() })).createPlan;
    expect(created).toMatchObject({
      name: 'Business',
      description: 'For shops',
      platform: 'UNIX',
      signupEnabled: true,
      moderated: false,
      setupFee: { amount: '9.99' },
      recurringFee: { amount: '10.00' },
      // 12 × 10.00 less 12.5 % = 105.00; 12 × 0.33 = 3.96 less 12.5 % = 3.465 → 3.47 (half up)
      periods: [
        { months: 1, discountPercent: '0', price: { amount: '10.33', currency: 'USD' } },
        { months: 12, discountPercent: '12.5', price: { amount: '108.47', currency: 'USD' } },
      ],
      resources: [
        {
          kind: 'DOMAIN',
          maxUnits: 5,
          freeUnits: 1,
          setupFee: { amount: '2.04' },
          recurringFee: { amount: '0.33' },
          usagePrice: { amount: '0.00' },
        },
        {
          kind: 'TRAFFIC_GB',
          maxUnits: null,
          freeUnits: 100,
          setupFee: { amount: '0.00' },
          recurringFee: { amount: '0.00' },
          usagePrice: { amount: '0.05' },
        },
      ],
    });
    expect((await acme.ok(P.plan, { id: created.id })).plan).toEqual(created);

    const updated = (
      await acme.ok(P.update, {
        id: created.id,
        i: full({
          name: 'Business 2',
          moderated: true,
          signupEnabled: false,
          periods: [{ months: 3, discountPercent: '5' }],
          resources: [{ kind: 'MYSQL_DATABASE', maxUnits: 2 }],
        }),
      })
    ).updatePlan;
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Business 2',
      moderated: true,
      signupEnabled: false,
      periods: [{ months: 3, discountPercent: '5', price: { amount: '28.50' } }],
      resources: [{ kind: 'MYSQL_DATABASE', maxUnits: 2, freeUnits: 0 }],
    });
    expect((await acme.ok(P.plan, { id: created.id })).plan).toEqual(updated);

    expect((await acme.ok(P.delete, { id: created.id })).deletePlan).toEqual({ id: created.id, name: 'Business 2' });
    expect((await acme.fails(P.plan, { id: created.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await acme.ok(P.plans)).plans.map((p: any) => p.id)).not.toContain(created.id);
  });

  it('bad input names each wrong field and writes nothing', async () => {
    const base = full({ name: 'Refused' });
    const res = (i: number, over: Record<string, unknown>) => ({
      resources: [{ kind: 'DOMAIN', maxUnits: 5 }, { kind: 'TRAFFIC_GB' }].map((r, j) =>
        j === i ? { ...r, ...over } : r,
      ),
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ periods: [] }, 'periods'],
      [{ periods: [{ months: 5 }] }, 'periods.0.months'],
      [{ periods: [{ months: 1 }, { months: 1 }] }, 'periods.1.months'],
      [{ periods: [{ months: 1, discountPercent: '101' }] }, 'periods.0.discountPercent'],
      [{ periods: [{ months: 1, discountPercent: '-1' }] }, 'periods.0.discountPercent'],
      [{ periods: [{ months: 1, discountPercent: '1.255' }] }, 'periods.0.discountPercent'],
      [res(0, { setupFee: '-1' }), 'resources.0.setupFee'],
      [res(0, { setupFee: '1.234' }), 'resources.0.setupFee'],
      [res(1, { usagePrice: '1e3' }), 'resources.1.usagePrice'],
      [res(1, { recurringFee: '½' }), 'resources.1.recurringFee'],
      [{ setupFee: '-0.01' }, 'setupFee'],
      [{ recurringFee: '0.001' }, 'recurringFee'],
      [{ resources: [{ kind: 'DOMAIN' }, { kind: 'DOMAIN' }] }, 'resources.1.kind'],
      [res(0, { freeUnits: 6 }), 'resources.0.freeUnits'],
      [res(0, { maxUnits: -1 }), 'resources.0.maxUnits'],
      [{ name: '  ' }, 'name'],
    ];
    const before = (await acme.ok(P.plans)).plans;
    for (const [over, field] of cases) {
      const err = await acme.fails(P.create, { i: { ...base, ...over } });
      expect(err.extensions?.code, JSON.stringify(over)).toBe('BAD_USER_INPUT');
      expect(
        (err.extensions?.fields ?? []).map((f) => f.field),
        JSON.stringify(over),
      ).toContain(field);
    }
    // Several wrong fields at once are all named.
    const many = await acme.fails(P.create, { i: { ...base, setupFee: 'x', periods: [{ months: 2 }] } });
    expect(many.extensions?.fields?.map((f) => f.field).sort()).toEqual(['periods.0.months', 'setupFee']);
    expect((await acme.ok(P.plans)).plans).toEqual(before);

    // An update with bad input leaves the plan as it was; a duplicate name is refused on `name`.
    const kept = (await acme.ok(P.create, { i: full({ name: 'Kept' }) })).createPlan;
    expect(
      (await acme.fails(P.update, { id: kept.id, i: full({ name: 'Kept', periods: [{ months: 7 }] }) })).extensions
        ?.fields?.[0]?.field,
    ).toBe('periods.0.months');
    await acme.ok(P.create, { i: full({ name: 'Taken' }) });
    expect((await acme.fails(P.update, { id: kept.id, i: full({ name: 'Taken' }) })).extensions?.fields).toEqual([
      { field: 'name', message: 'is already the name of another plan' },
    ]);
    expect((await acme.fails(P.create, { i: full({ name: 'Taken' }) })).extensions?.fields?.[0]?.field).toBe('name');
    expect((await acme.ok(P.plan, { id: kept.id })).plan).toEqual(kept);
  });

  it('a plan an account is on cannot be deleted (CONFLICT); other companies never see or touch it', async () => {
    const id = (await acme.ok(P.create, { i: full({ name: 'In use' }) })).createPlan.id;
    await signupOn(api, acme.cpHost, id, 1);
    const err = await acme.fails(P.delete, { id });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(err.message).toContain('1 account(s) are on plan In use');
    expect((await acme.ok(P.plan, { id })).plan.name).toBe('In use');
    // The account is billed by its 1-month period: that period stays while it is in use; the rest may change.
    const dropped = await acme.fails(P.update, { id, i: full({ name: 'In use', periods: [{ months: 12 }] }) });
    expect(dropped.extensions).toMatchObject({ code: 'CONFLICT', field: 'periods' });
    expect(dropped.message).toContain('billed for 1 month(s) on this plan');
    expect((await acme.ok(P.plan, { id })).plan.periods.map((p: any) => p.months)).toEqual([1, 12]);
    const kept = (
      await acme.ok(P.update, { id, i: full({ name: 'In use', periods: [{ months: 1, discountPercent: '0' }] }) })
    ).updatePlan;
    expect(kept.periods.map((p: any) => p.months)).toEqual([1]);

    expect((await other.ok(P.plans)).plans.map((p: any) => p.id)).not.toContain(id);
    expect((await other.fails(P.plan, { id })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.fails(P.update, { id, i: full({ name: 'Hijacked' }) })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.fails(P.delete, { id })).extensions?.code).toBe('NOT_FOUND');
    expect((await acme.ok(P.plan, { id })).plan.name).toBe('In use');
  });

  it('end users see the plans open for signup and their own plan, nothing else; they cannot edit plans', async () => {
    const open = (await other.ok(P.create, { i: full({ name: 'Open', signupEnabled: true }) })).createPlan.id;
    const closed = (await other.ok(P.create, { i: full({ name: 'Closed', signupEnabled: true }) })).createPlan.id;
    const hidden = (await other.ok(P.create, { i: full({ name: 'Hidden', signupEnabled: false }) })).createPlan.id;
    const customer = await signupOn(api, other.cpHost, closed, 1);
    await other.ok(P.update, { id: closed, i: full({ name: 'Closed', signupEnabled: false }) });

    const seen = (await customer.client.ok(P.plans)).plans.map((p: any) => p.name).sort();
    expect(seen).toEqual(['Closed', 'Open']);
    expect((await customer.client.ok(P.plan, { id: closed })).plan.name).toBe('Closed');
    expect((await customer.client.fails(P.plan, { id: hidden })).extensions?.code).toBe('NOT_FOUND');
    expect((await customer.client.ok(P.account, { id: customer.accountId })).account.plan).toEqual({
      id: closed,
      name: 'Closed',
    });

    // Another end user of the same company does not see the closed plan; the signup page lists only open ones.
    const stranger = await createEndUser(other, api);
    expect((await stranger.ok(P.plans)).plans.map((p: any) => p.name)).toEqual(['Open']);
    expect((await api.client(other.cpHost).ok(P.signupPlans)).signupPlans).toEqual([{ id: open, name: 'Open' }]);
    expect((await api.client(acme.cpHost).ok(P.signupPlans)).signupPlans.map((p: any) => p.id)).not.toContain(open);

    for (const [op, vars] of [
      [P.create, { i: full({ name: 'Mine' }) }],
      [P.update, { id: open, i: full({ name: 'Mine' }) }],
      [P.delete, { id: open }],
    ] as const) {
      expect((await customer.client.fails(op, vars)).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await other.ok(P.plan, { id: open })).plan.name).toBe('Open');
    expect(
      (await customer.client.fails(B.addAccount, { i: { planId: hidden, periodMonths: 1, name: 'Second' } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });
});
