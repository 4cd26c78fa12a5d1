import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Ctx } from './context';
import { listBound } from './cost';

/**
 * Declares the most items a list field returns, and holds it to that: the query price (cost.ts)
 * multiplies what is selected inside the list by `maxItems`, so the list must never be longer.
 * Where the data can outgrow it, the first `maxItems` are returned (in the list's own order) and
 * the cut is logged; the field's description says so.
 */
export function ListBound(maxItems: number): MethodDecorator & PropertyDecorator {
  const cap: MiddlewareFn<Ctx> = async ({ context, info }, next) => {
    const result: unknown = await next();
    if (!Array.isArray(result) || result.length <= maxItems) return result;
    context.log.warn(
      { field: `${info.parentType.name}.${info.fieldName}`, items: result.length, maxItems },
      'list cut to its bound',
    );
    return result.slice(0, maxItems);
  };
  const extensions = Extensions(listBound(maxItems));
  const middleware = UseMiddleware(cap);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    extensions(target, key, descriptor as TypedPropertyDescriptor<unknown>);
    middleware(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
