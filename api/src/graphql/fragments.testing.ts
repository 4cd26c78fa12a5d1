/**
 * `levels` fragments, each spreading the next twice (F0 → F1 twice → F2 twice …): 2^levels spreads
 * of the last one if expanded naively. Spread it with `...F0` on an Account.
 */
export function doublingFragments(levels: number): string {
  return Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Account { id }`
      : `fragment F${i} on Account { ...F${i + 1} ... on Account { ...F${i + 1} } }`,
  ).join(' ');
}
