import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, repoRoot } from '../config';
import { declaredBound, operationCost, UNDECLARED_LIST_BOUND } from './cost';
import { getSchema } from '../app';
import { doublingFragments } from './fragments.testing';

const schema = getSchema();
const maxCost = loadConfig({}).graphql.maxCost;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost({ schema, document, operation, variables });
}

/** Every operation the panel sends, as codegen compiled them from web/src. */
function panelOperations(): { name: string; document: DocumentNode; operation: OperationDefinitionNode }[] {
  const file = path.join(repoRoot, 'web/src/graphql/generated/graphql.ts');
  const found = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/.exec(line);
    if (!m) continue;
    const document = JSON.parse(m[2]!) as DocumentNode;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operation) found.push({ name: m[1]!, document, operation });
  }
  return found;
}

describe('query cost: every list priced by the most items it can return', () => {
  it('a connection costs its page size, whether `first` is a literal, a variable or the default', () => {
    const q = (first: string) => `query($n: Int!) { users(first: ${first}) { totalCount nodes { id login } } }`;
    // users + totalCount + nodes + n × (id + login)
    expect(cost(q('10'))).toBe(3 + 10 * 2);
    expect(cost(q('$n'), { n: 100 })).toBe(3 + 100 * 2);
    expect(cost(q('$n'), { n: 7 })).toBe(3 + 7 * 2);
    expect(cost(`{ users { nodes { id } } }`)).toBe(2 + 25); // the declared default page, 25
  });

  it('an unpaginated list costs its declared bound, and nesting multiplies', () => {
    const accounts = schema.getType('Viewer');
    const bound = declaredBound((accounts as import('graphql').GraphQLObjectType).getFields().accounts!)!;
    expect(bound).toBeGreaterThan(0);
    expect(cost(`{ viewer { accounts { id } } }`)).toBe(2 + bound);
    expect(cost(`{ viewer { accounts { owner { accounts { id } } } } }`)).toBe(2 + bound * (2 + bound));
  });

  it('fragments and inline fragments are priced where they are spread', () => {
    const plain = cost(`{ viewer { accounts { id name } } }`);
    expect(cost(`{ viewer { accounts { ...A } } } fragment A on Account { id name }`)).toBe(plain);
    expect(cost(`{ viewer { accounts { ... on Account { id name } } } }`)).toBe(plain);
    expect(cost(`{ viewer { __typename accounts { id name __typename } } }`)).toBe(plain);
  });

  it('fragments spread into each other many times over are priced in linear time, once each as execution takes them', () => {
    const fragments = doublingFragments(40); // 2^40 spreads of the last one if expanded naively
    const t0 = performance.now();
    const price = cost(`{ viewer { accounts { ...F0 } } } ${fragments}`);
    expect(performance.now() - t0).toBeLessThan(1000); // naively, 2^40 spreads: it would never end
    expect(price).toBe(cost(`{ viewer { accounts { id } } }`));
  });

  it('the fan-out an end user could nest through viewer, accounts and owners is priced far above the limit', () => {
    const q = `{ viewer { accounts { owner { accounts { owner { accounts { owner { accounts { id name status createdAt limits { kind used limit } } } } } } } } } }`;
    expect(cost(q)).toBeGreaterThan(100 * maxCost);
  });

  it('every list field of the schema is a connection page or declares the most items it returns', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isObjectType(getNamedType(field.type))) continue;
        if (field.name === 'nodes' && type.name.endsWith('Connection')) continue;
        if (declaredBound(field) === null) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(
      undeclared,
      `declare @ListBound(n) on these lists (undeclared ones cost ${UNDECLARED_LIST_BOUND} each)`,
    ).toEqual([]);
  });

  it('every operation the panel sends fits the default limit with its largest pages', () => {
    const operations = panelOperations();
    expect(operations.length).toBeGreaterThan(50);
    const over = operations
      .map(({ name, document, operation }) => {
        // Variables the panel fills at run time: pages at their largest (100), anything else absent.
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? [])
            .filter((v) => v.variable.name.value === 'first')
            .map((v) => [v.variable.name.value, 100]),
        );
        return { name, cost: operationCost({ schema, document, operation, variables }) };
      })
      .filter((o) => o.cost > maxCost);
    expect(over).toEqual([]);
  });
});
