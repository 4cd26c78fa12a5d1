import type { MikroORM } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * Letting other requests in. The embedded database answers synchronously: a statement "awaited"
 * on SQLite resolves in a microtask, so a request that runs many statements (one per item of a
 * list it loads) or resolves many fields is one unbroken chain of microtasks, and no other socket
 * is read until it ends (a customer's query of fifteen aliases held the loop for 250 ms at once).
 * Once the loop has been busy for SLICE_MS without a turn, the next statement, or the next field of
 * a long request (graphql/budget.ts), waits for one first: every request already read gets its turn,
 * and new ones are read.
 */
export const SLICE_MS = 10;

/*
 * How long the loop has been busy without a turn, over every request of the process: a stretch
 * starts at the first check after a turn (when an immediate is queued to mark the next turn) and
 * ends when that immediate runs. Not one request's wall time: under load, other requests' work
 * between its steps is not its own.
 */
let stretchStart = 0;
let turnPending = false;
let waiting: Promise<void> | null = null;
const markTurn = () => {
  turnPending = false;
};

/** True when the loop has been busy for more than SLICE_MS since it last turned (or a wait is on). */
export function loopBusy(now = performance.now()): boolean {
  if (waiting) return true;
  if (!turnPending) {
    turnPending = true;
    stretchStart = now;
    setImmediate(markTurn);
    return false;
  }
  return now - stretchStart > SLICE_MS;
}

/** One turn of the event loop, shared by everything that asks for it meanwhile. */
export function nextTurn(): Promise<void> {
  // Two immediates: the second is queued from the check phase, so the poll phase, where other
  // requests' sockets are read, runs in between.
  waiting ??= new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(() => {
    waiting = null;
  });
  return waiting;
}

type Acquire = () => Promise<unknown>;
const gated = new WeakSet<object>();

/**
 * SQLite: every statement outside a transaction (the ORM's, and db/prepared.ts's) takes the pool's
 * one connection through the knex client, so the turn is taken there, when the statement has the
 * connection and is about to run. Checked before it queued instead, statements started together
 * (one per item of a list) would all pass at once and then run back to back. A statement inside a
 * transaction goes on at once (its transaction holds the connection). PostgreSQL needs none of this:
 * its statements are network round trips, and the loop turns while they are out.
 */
export function takeTurnsBeforeStatements(orm: MikroORM): void {
  const client = (orm.em.getConnection() as unknown as { getKnex(): Knex }).getKnex().client as {
    acquireConnection: Acquire;
  };
  if (gated.has(client)) return;
  gated.add(client);
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = async () => {
    const conn = await acquire();
    if (loopBusy()) await nextTurn();
    return conn;
  };
}
