import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { z } from 'zod';
import { badInput, validate } from '../errors';

@ObjectType({ simpleResolvers: true, description: 'Where a page of a list ends, for cursor pagination.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: 'How many items (1 to 100).' })
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Text to search for (see each list for the fields searched).' })
  search?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page of `T` with its total and where it ends. */
export function ConnectionType<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [item], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, on all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

const pageSchema = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,24}$/, 'is not a cursor from this list')
    .nullish(),
  search: z.string().trim().max(100, 'must be at most 100 characters').nullish(),
});

/** Keyset pagination on descending numeric IDs; the cursor is the last ID seen, opaque to clients. */
export interface Page {
  first: number;
  beforeId: number | null;
  search: string | null;
}

export function parsePage(args: PageArgs): Page {
  const p = validate(pageSchema, args);
  let beforeId: number | null = null;
  if (p.after) {
    const id = Number(Buffer.from(p.after, 'base64url').toString('utf8'));
    if (!Number.isSafeInteger(id) || id < 1)
      throw badInput([{ field: 'after', message: 'is not a cursor from this list' }]);
    beforeId = id;
  }
  return { first: p.first, beforeId, search: p.search ? p.search : null };
}

export function toConnection<T extends { id: number }>(rows: T[], page: Page, totalCount: number): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: last ? Buffer.from(String(last.id)).toString('base64url') : null },
  };
}

/**
 * One page of a list, newest first, with its total. `where` is a function because raw SQL
 * fragments (see db/search.ts) can be used in one query only: each query gets its own.
 */
export async function findPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  page: Page,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any populate hint of T's relations
  options: Pick<FindOptions<T, any>, 'populate'> = {},
): Promise<Connection<T>> {
  const paged = page.beforeId ? ({ $and: [where(), { id: { $lt: page.beforeId } }] } as FilterQuery<T>) : where();
  const [rows, total] = await Promise.all([
    em.find(entity, paged, { ...options, orderBy: { id: 'desc' } as FindOptions<T>['orderBy'], limit: page.first + 1 }),
    em.count(entity, where()),
  ]);
  return toConnection(rows as T[], page, total);
}
