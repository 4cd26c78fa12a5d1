import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query may cost at most, priced before it runs: every field the answer can hold counts 1,
 * and a list multiplies what is selected inside it by the most items it can return. A connection's
 * `nodes` are bounded by the `first` it was given (a variable counts as its value); any other list
 * by the `maxItems` its field declares with `@ListBound(n)` (list-bound.ts; it never returns more).
 * A list that declares nothing is priced at UNDECLARED_LIST_BOUND, and a schema test refuses it.
 */

/** The field extension a list declares its most items with. */
export const MAX_ITEMS = 'maxItems';
/** The field extension for a field that costs more than one (it queries the database per parent, say). */
export const FIELD_COST = 'cost';
/** Price of a list that declares no bound: high, so that an undeclared list cannot be nested cheaply. */
export const UNDECLARED_LIST_BOUND = 1000;

/** Field extensions for `@Extensions(...)`: the most items a list field returns. */
export const listBound = (maxItems: number) => ({ [MAX_ITEMS]: maxItems });

/**
 * Field extensions for `@Extensions(...)`: a field that does more than read a value. One unit is
 * about what a plain field costs (a few microseconds); a database round trip is about 100.
 */
export const fieldCost = (units: number) => ({ [FIELD_COST]: units });

type AnyField = GraphQLField<unknown, unknown>;

/** The bound a list field declares, or null. */
export function declaredBound(field: AnyField): number | null {
  const n = field.extensions?.[MAX_ITEMS];
  return typeof n === 'number' && n >= 0 ? n : null;
}

/** What resolving the field once costs, before what is selected inside it. */
export function priceOf(field: AnyField): number {
  const units = field.extensions?.[FIELD_COST];
  return typeof units === 'number' ? units : 1;
}

/** True for `XConnection` types: their `nodes` are bounded by the connection field's `first`. */
const isConnection = (type: GraphQLCompositeType): boolean =>
  type.name.endsWith('Connection') && 'getFields' in type && 'nodes' in type.getFields();

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
}

export function operationCost({ schema, document, operation, variables = {} }: CostInput): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  /** `first` of a connection field, from a literal, a variable or its default; unknown: the largest page. */
  const pageSize = (field: AnyField, node: FieldNode): number => {
    try {
      const args = getArgumentValues(field, node, variables as Record<string, unknown>);
      const first = args.first;
      return typeof first === 'number' && first > 0 ? first : 0;
    } catch {
      return UNDECLARED_LIST_BOUND; // a variable that does not coerce: execution will refuse it anyway
    }
  };

  // A fragment's price depends only on it and on the page it is spread in: each is priced once, so a
  // document that spreads fragments into each other many times over takes linear time to price.
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (frag: FragmentDefinitionNode, page: number): number => {
    const key = `${frag.name.value}:${page}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    fragmentCosts.set(key, 0); // a cycle (validation refuses them) adds nothing
    const on = schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined;
    const cost = on ? selectionCost(on, frag.selectionSet, page) : 0;
    fragmentCosts.set(key, cost);
    return cost;
  };

  /** `spread`: the named fragments already spread in this selection, which execution also takes once. */
  const selectionCost = (
    type: GraphQLCompositeType,
    set: SelectionSetNode,
    page: number,
    spread = new Set<string>(),
  ): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition
          ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined)
          : type;
        if (on) total += selectionCost(on, sel.selectionSet, page, spread);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || spread.has(frag.name.value)) continue; // validation refuses unknown fragments
        spread.add(frag.name.value);
        total += fragmentCost(frag, page);
      } else {
        total += fieldCost(type, sel, page);
      }
    }
    return total;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, page: number): number => {
    if (node.name.value.startsWith('__')) return node.name.value === '__typename' ? 0 : 1;
    const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined; // a union has no fields of its own
    if (!field) return 1;
    const own = priceOf(field);
    const named = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(named)) return own;
    const childPage = isConnection(named) ? pageSize(field, node) : 0;
    const inner = selectionCost(named, node.selectionSet, childPage);
    if (!isListType(getNullableType(field.type))) return own + inner;
    const bound =
      node.name.value === 'nodes' && isConnection(parent) ? page : (declaredBound(field) ?? UNDECLARED_LIST_BOUND);
    return own + bound * inner;
  };

  return selectionCost(root, operation.selectionSet, 0);
}

/** Prices of operations by their variables (JSON): an operation sent again with the same variables is not walked again. */
const prices = new WeakMap<OperationDefinitionNode, Map<string, number>>();
/** Variables longer than this (as JSON) are priced every time: keeping them would cost more than walking. */
const MAX_KEY = 1024;
/** Price variants kept per operation (the first ones seen: a query's usual pages and searches). */
const MAX_VARIANTS = 64;

/**
 * `operationCost`, once per operation and variables: Apollo keeps one parsed document per query
 * text, so a query sent again with the same variables (a page reloaded, a search typed again) is
 * not walked again.
 */
export function priceOperation(input: CostInput): number {
  const key = input.operation.variableDefinitions?.length ? JSON.stringify(input.variables ?? {}) : '';
  if (key.length > MAX_KEY) return operationCost(input);
  let known = prices.get(input.operation);
  if (!known) prices.set(input.operation, (known = new Map()));
  let price = known.get(key);
  if (price === undefined) {
    price = operationCost(input);
    if (known.size < MAX_VARIANTS) known.set(key, price);
  }
  return price;
}
