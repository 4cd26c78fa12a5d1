import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { loopBusy, SLICE_MS } from '../db/turns';
import { budgetPlugin, guardFields } from './budget';

/**
 * The turns a long request takes between its fields (budget.ts, guardFields): plain resolvers answer
 * synchronously, so without them a query of many fields runs as one chain of promise callbacks and
 * no other request is read until it ends. A short request never waits for a turn.
 */
function server(): ApolloServer<object> {
  const schema: GraphQLSchema = buildSchema(`
    type Item { a: Int!  b: Int!  c: String! }
    type Query { items(n: Int!): [Item!]! }
  `);
  schema.getQueryType()!.getFields().items!.resolve = (_src, { n }: { n: number }) =>
    Array.from({ length: n }, (_, i) => ({ a: i, b: i * 2, c: `item ${i}` }));
  const limits = { maxCost: 1e12, maxWork: 1e12, timeBudgetMs: 0 };
  return new ApolloServer<object>({
    schema: guardFields(schema),
    plugins: [budgetPlugin(limits, createLogger('silent'))],
  });
}

/** Runs the query and counts the loop's turns (immediates run) before its answer. */
async function turnsDuring(apollo: ApolloServer<object>, query: string, before?: () => void) {
  let turns = 0;
  let ticking = true;
  const tick = () => {
    if (!ticking) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  before?.();
  const t0 = performance.now();
  const res = await apollo.executeOperation({ query }, { contextValue: {} });
  ticking = false;
  expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeUndefined();
  return { turns, ms: performance.now() - t0 };
}

describe('turns between the fields of a long request (graphql/budget.ts)', () => {
  it('a query of many fields lets the loop turn while it runs', async () => {
    const apollo = server();
    await apollo.start();
    try {
      let n = 20_000;
      let run = await turnsDuring(apollo, `{ items(n: ${n}) { a b c } }`);
      while (run.ms < 4 * SLICE_MS && n < 1_000_000) {
        n *= 4; // a fast machine: more fields, until the query takes several slices
        run = await turnsDuring(apollo, `{ items(n: ${n}) { a b c } }`);
      }
      expect(run.ms).toBeGreaterThan(4 * SLICE_MS);
      expect(run.turns).toBeGreaterThan(1);
    } finally {
      await apollo.stop();
    }
  });

  it('a short query does not wait for a turn, even when the loop has been busy', async () => {
    const apollo = server();
    await apollo.start();
    try {
      const spin = () => {
        loopBusy(); // a stretch starts here...
        const until = performance.now() + 3 * SLICE_MS;
        while (performance.now() < until); // ...and the loop is busy well past a slice
        expect(loopBusy()).toBe(true);
      };
      const run = await turnsDuring(apollo, `{ items(n: 20) { a b c } }`, spin);
      expect(run.turns).toBe(0);
    } finally {
      await apollo.stop();
    }
  });
});
