import type { Ctx } from '../../graphql/context';

type LoadMany<V> = (ids: number[]) => Promise<Map<number, V>>;

/**
 * A minimal DataLoader: the IDs asked for while GraphQL resolves one level of a list are
 * collected until the event loop turns, then loaded with one query. Results are kept for the
 * rest of the request, so a field asked twice for the same row costs nothing.
 */
class Batcher<V> {
  private readonly cache = new Map<number, Promise<V | undefined>>();
  private queue: number[] = [];
  private next: Promise<Map<number, V>> | null = null;

  constructor(private readonly loadMany: LoadMany<V>) {}

  get(id: number): Promise<V | undefined> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    this.next ??= new Promise<Map<number, V>>((resolve, reject) => {
      setImmediate(() => {
        const ids = this.queue;
        this.queue = [];
        this.next = null;
        this.loadMany(ids).then(resolve, reject);
      });
    });
    this.queue.push(id);
    const value = this.next.then((map) => map.get(id));
    this.cache.set(id, value);
    return value;
  }
}

const perCtx = new WeakMap<Ctx, Map<string, Batcher<unknown>>>();

/** `loadMany` batched per request and `name`; resolves to undefined for an ID it did not return. */
export function batched<V>(ctx: Ctx, name: string, id: number, loadMany: LoadMany<V>): Promise<V | undefined> {
  let byName = perCtx.get(ctx);
  if (!byName) perCtx.set(ctx, (byName = new Map()));
  let batcher = byName.get(name) as Batcher<V> | undefined;
  if (!batcher) byName.set(name, (batcher = new Batcher<V>(loadMany)));
  return batcher.get(id);
}

/** Groups rows by a numeric key, for one-to-many batches. */
export function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
