/** The `{name}` placeholders of a message, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Keys of a catalog whose messages have no placeholders: safe to keep in data (menus). */
export type PlainKeysOf<C> = {
  [K in keyof C & string]: C[K] extends string ? ([Placeholders<C[K]>] extends [never] ? K : never) : never;
}[keyof C & string];
