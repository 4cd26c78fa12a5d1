import type { Ctx } from './context';

const memos = new WeakMap<Ctx, Map<string, Promise<unknown>>>();

/** Runs `load` once per request and key; later calls in the same request share its promise. */
export function perRequest<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  let map = memos.get(ctx);
  if (!map) memos.set(ctx, (map = new Map()));
  let hit = map.get(key) as Promise<T> | undefined;
  if (!hit) map.set(key, (hit = load()));
  return hit;
}
