import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { describeApi, type TestApi } from '../test/api';
import type { GqlClient } from '../test/client';
import { operationCost } from './cost';
import { getSchema } from '../app';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../test/factories';
import { doublingFragments } from './fragments.testing';

/** The fan-out a hostile end user can nest through their accounts and their owner, four lists deep. */
const FAN_OUT = `{ viewer { accounts { owner { accounts { owner { accounts { owner { accounts {
  id name status createdAt limits { kind used limit } } } } } } } } } }`;

const repeat = (shape: string, aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${shape}`).join(' ')} }`;

function priceOf(query: string): number {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return operationCost({ schema: getSchema(), document, operation, variables: {} });
}

/** Runs `heavy` while a second client keeps asking small questions; returns both timings. */
async function whileOthersAsk(api: TestApi, other: GqlClient, heavy: () => Promise<unknown>) {
  const waits: number[] = [];
  let done = false;
  const pinger = (async () => {
    while (!done) {
      const t0 = performance.now();
      await Promise.all([fetch(`http://127.0.0.1:${api.port}/healthz`), other.ok(`{ viewer { role } }`)]);
      waits.push(performance.now() - t0);
    }
  })();
  const t0 = performance.now();
  const result = await heavy();
  const ms = performance.now() - t0;
  done = true;
  await pinger;
  return { result, ms, slowestOther: Math.max(...waits), others: waits.length };
}

/** This block's time budget: the costliest query is answered or stopped by then, however loaded the machine. */
const TIME_BUDGET_MS = 1000;

describeApi(
  'query budget: the worst query an end user can write',
  (api) => {
    let master: MasterClient;
    let user: EndUserClient;
    let bystander: EndUserClient;

    beforeAll(async () => {
      master = await setupMaster(api);
      user = await createEndUser(master, api, { accounts: 10 });
      bystander = await createEndUser(master, api);
    });

    it('the fan-out through viewer, accounts and owners is refused before it runs, within a second, and others keep being answered', async () => {
      const run = await whileOthersAsk(api, bystander, () => user.gql(FAN_OUT));
      const res = run.result as Awaited<ReturnType<GqlClient['gql']>>;
      if (process.env.BUDGET_FIGURES)
        console.log(`FIG fan-out ${Math.round(run.ms)}ms others ${Math.round(run.slowestOther)}ms`);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/cost/);
      expect(res.data).toBeUndefined();
      expect(run.ms).toBeLessThan(1000);
      expect(run.slowestOther).toBeLessThan(1000);
    });

    it('the costliest queries the price lets through are answered, or stopped by the time budget, while others keep flowing', async () => {
      // Each shape repeated under as many aliases as its price allows (at most the alias limit, 15).
      const shapes = [
        `viewer { accounts { id name status limits { kind used limit } } }`,
        `viewer { accounts { id name owner { id login accounts { id name status } } } }`,
        `domains { id name records { id name type value ttl } }`,
        `invoices(first: 100) { nodes { id number lines { description } payments { id state } } }`,
      ];
      for (const shape of shapes) {
        let aliases = 15;
        while (aliases > 1 && priceOf(repeat(shape, aliases)) > api.config.graphql.maxCost) aliases--;
        const query = repeat(shape, aliases);
        const fits = priceOf(query) <= api.config.graphql.maxCost; // else even one is refused, before it runs
        const run = await whileOthersAsk(api, bystander, () => user.gql(query));
        const res = run.result as Awaited<ReturnType<GqlClient['gql']>>;
        const code = res.errors?.[0]?.extensions?.code ?? null;
        if (process.env.BUDGET_FIGURES)
          console.log(
            `FIG ${shape.slice(0, 40)} x${aliases} ${code} ${Math.round(run.ms)}ms others ${Math.round(run.slowestOther)}ms n=${run.others}`,
          );
        // Answered, or stopped once its real work or its time passes the budget; never left running.
        // The others take their turns meanwhile (db/turns.ts), so the heavy one is slower than it
        // would be alone: its answer comes by the time budget and what it had started by then.
        expect({ shape, aliases, code }).toEqual({
          shape,
          aliases,
          code: fits ? expect.toBeOneOf([null, 'QUERY_BUDGET_EXCEEDED']) : 'GRAPHQL_VALIDATION_FAILED',
        });
        expect(run.ms).toBeLessThan(TIME_BUDGET_MS + 500);
        expect(run.slowestOther).toBeLessThan(1000);
      }
    });

    it('fragments spread into each other many times over are refused at once, by their depth', async () => {
      const fragments = doublingFragments(40); // 2^40 spreads of the last one if expanded naively
      const run = await whileOthersAsk(api, bystander, () =>
        user.gql(`{ viewer { accounts { ...F0 } } } ${fragments}`),
      );
      const res = run.result as Awaited<ReturnType<GqlClient['gql']>>;
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/depth/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect(run.ms).toBeLessThan(1000);
      expect(run.slowestOther).toBeLessThan(1000);
    });

    it('a page size given as a variable is priced by its value', async () => {
      const query = `query($n: Int!) { users(first: $n) { nodes { id accounts { id name owner { accounts { id name } } } } } }`;
      expect((await master.gql(query, { n: 1 })).errors).toBeUndefined();
      const big = await master.gql(query, { n: 100 });
      expect(big.status).toBe(400);
      expect(big.errors?.[0]?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        maxCost: api.config.graphql.maxCost,
      });
      expect(big.errors?.[0]?.extensions?.cost).toBeGreaterThan(api.config.graphql.maxCost);
    });

    it('a mutation whose selection is priced over the limit does nothing', async () => {
      const before = (await master.ok(`{ users { totalCount } }`)).users.totalCount;
      const res =
        await master.gql(`mutation { createUser(input: { login: "fanout1", email: "f@x.test", password: "long-enough-1", accountName: "f" }) {
      accounts { owner { accounts { owner { accounts { owner { accounts { id } } } } } } } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await master.ok(`{ users { totalCount } }`)).users.totalCount).toBe(before);
    });
  },
  { GRAPHQL_TIME_BUDGET_MS: String(TIME_BUDGET_MS) },
);

describeApi(
  'query budget: work actually done',
  (api) => {
    let user: EndUserClient;
    beforeAll(async () => {
      user = await createEndUser(await setupMaster(api), api, { accounts: 10 });
    });

    it('a request that does more work than allowed is stopped with one error, not a partial answer', async () => {
      const small = await user.gql(`{ viewer { accounts { id } } }`); // 1 + 1 + 10 fields: 12 units
      expect(small.errors).toBeUndefined();
      const res = await user.gql(`{ viewer { accounts { id name status createdAt limits { kind used limit } } } }`); // six queries (600 units) for each account's limits
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([
        {
          message: expect.stringMatching(/stopped after 100 units of work/),
          extensions: { code: 'QUERY_BUDGET_EXCEEDED', reason: 'WORK' },
        },
      ]);
    });
  },
  { GRAPHQL_MAX_WORK: '100' },
);

describeApi(
  'query budget: time',
  (api) => {
    let master: MasterClient;
    beforeAll(async () => {
      master = await setupMaster(api);
      for (let i = 0; i < 5; i++) await createEndUser(master, api, { accounts: 2 });
    });

    it('a query still running when its time is up is stopped (503); a mutation is not timed', async () => {
      const res = await master.gql(
        repeat(`accounts(first: 20) { nodes { id name status limits { kind used limit } } }`, 3),
      );
      expect(res.status).toBe(503);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([
        {
          message: expect.stringMatching(/stopped after 1 ms/),
          extensions: { code: 'QUERY_BUDGET_EXCEEDED', reason: 'TIME' },
        },
      ]);

      const created = await master.gql(
        `mutation { createUser(input: { login: "timed1", email: "t@x.test", password: "long-enough-1", accountName: "t" }) { id login accounts { id name } } }`,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data.createUser.login).toBe('timed1');
    });
  },
  { GRAPHQL_TIME_BUDGET_MS: '1' },
);
