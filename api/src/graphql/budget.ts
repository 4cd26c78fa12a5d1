import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import type { Logger } from '../logger';
import { loopBusy, nextTurn } from '../db/turns';
import { priceOf, priceOperation } from './cost';

export interface BudgetLimits {
  /** The most a query may cost, priced before it runs (see cost.ts). */
  maxCost: number;
  /** The most work a request may do while it runs: each field it resolves counts its price (1 unless it declares one). */
  maxWork: number;
  /** The most time a query (not a mutation) may run before it is stopped; 0: no limit. */
  timeBudgetMs: number;
}

export const BUDGET_EXCEEDED = 'QUERY_BUDGET_EXCEEDED';

/**
 * A request that has done this much work since it last waited for a turn waits for one before its
 * next field whenever the loop has been busy too long (db/turns.ts). A page's request (a few hundred
 * fields at most) never waits: pausing every field under load instead spread the short requests
 * over many turns, and the admin search's p99 doubled under 50 connections.
 */
const SLICE_WORK = 500;

type StopReason = 'TIME' | 'WORK';

/** One running operation's account: the work it has done and its deadline. */
interface Run {
  limits: BudgetLimits;
  work: number;
  /** `work` when the request last waited for a turn (or started). */
  workAtTurn: number;
  deadline: number;
  stopped: { reason: StopReason; error: GraphQLError } | null;
}

/** Keyed by the request's context object, which every resolver of the request receives. */
const runs = new WeakMap<object, Run>();

/**
 * Guards against a query that would stall the process: its price, computed from the document and
 * its variables before anything runs (refused with 400 when over `maxCost`: lists priced at their
 * bounds, so nesting multiplies), and, while it runs, the work it actually does (`maxWork`: the
 * price of each field it resolves, so what the data really holds) and the time it takes. A request
 * past either is stopped at the first field over: no new field starts, and the answer is one error
 * instead of a partial result. The running checks live in the schema's resolvers (guardFields).
 *
 * Mutations are priced too, but not timed: a mutation's own field may wait on a gateway, and its
 * effect must not be hidden from the caller by a stopwatch.
 */
export function budgetPlugin<C extends object>(limits: BudgetLimits, log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let run: Run | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo refuses the request itself
          const cost = priceOperation({ schema, document, operation, variables: request.variables });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the maximum cost of ${limits.maxCost}: each list counts as many times as the items it can return (its \`first\`, or its most items), so ask for smaller pages or fewer nested lists`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: limits.maxCost, http: { status: 400 } },
              },
            );
          }
        },
        async executionDidStart({ operation, contextValue }) {
          const now = performance.now();
          // No operation (an operationName that names none, e.g. ""): graphql-js refuses it; never a crash here.
          const timed = operation?.operation === 'query' && limits.timeBudgetMs > 0;
          run = {
            limits,
            work: 0,
            workAtTurn: 0,
            deadline: timed ? now + limits.timeBudgetMs : Infinity,
            stopped: null,
          };
          runs.set(contextValue, run);
        },
        async willSendResponse({ response, operationName }) {
          const stopped = run?.stopped;
          if (!stopped || response.body.kind !== 'single') return;
          log.warn({ operationName, reason: stopped.reason, work: run!.work }, 'request budget exceeded');
          response.body.singleResult = {
            errors: [{ message: stopped.error.message, extensions: { code: BUDGET_EXCEEDED, reason: stopped.reason } }],
          };
          response.http.status = stopped.reason === 'TIME' ? 503 : 400;
        },
      };
    },
  };
}

function stop(run: Run, reason: StopReason): Promise<never> {
  if (!run.stopped) {
    const message =
      reason === 'TIME'
        ? `The request was stopped after ${run.limits.timeBudgetMs} ms; ask for fewer items or try again later`
        : `The request was stopped after ${run.limits.maxWork} units of work; ask for fewer items or fewer nested lists`;
    run.stopped = { reason, error: new GraphQLError(message, { extensions: { code: BUDGET_EXCEEDED } }) };
  }
  // Rejected, never thrown: graphql-js leaves the sibling items of a list unobserved when one item
  // throws synchronously, and their later failures would be unhandled rejections.
  return Promise.reject(run.stopped.error);
}

const guarded = Symbol('budgetGuardedFields');

/**
 * Wraps every field of the schema (once) with the running checks of its request's budget: the
 * work so far against `maxWork`, and the deadline. And lets other requests in: resolvers over the
 * embedded database answer synchronously, so a query of many fields would otherwise run as one
 * unbroken chain of promise callbacks and keep the event loop from every other request until it
 * ends; once the loop has been busy too long without a turn, each field of a long request
 * (SLICE_WORK since its last turn) waits for one first. Statements take their turns themselves
 * (db/turns.ts): a field that starts many of them has started before any runs.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  if ((schema as unknown as Record<symbol, boolean>)[guarded]) return schema;
  Object.defineProperty(schema, guarded, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const price = priceOf(field);
      field.resolve = (source, args, context: object, info) => {
        const run = runs.get(context);
        if (!run) return resolve(source, args, context, info);
        if (run.stopped) return stop(run, run.stopped.reason);
        run.work += price;
        if (run.work > run.limits.maxWork) return stop(run, 'WORK');
        const now = performance.now();
        if (now > run.deadline) return stop(run, 'TIME');
        if (run.work - run.workAtTurn >= SLICE_WORK && loopBusy(now)) {
          run.workAtTurn = run.work;
          return nextTurn().then(() => resolve(source, args, context, info));
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
