/**
 * What a server holds compared with what the panel's database says it should (a re-sync's first
 * step): `missing` should be there and is not, `different` is there but not as the panel writes it,
 * `unknown` is there and the panel knows nothing of it (left alone, listed for the admin).
 */
export interface Survey<Key> {
  missing: Key[];
  different: Key[];
  unknown: string[];
}
