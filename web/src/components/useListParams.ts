import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Rows per page of every admin list. */
export const PAGE_SIZE = 25;

/**
 * Search text, filters and the page cursor of a list, kept in the URL so Back and reload keep the
 * view. Changing the search or a filter starts again at the first page.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';

  const update = useCallback(
    (changes: Record<string, string | null>, keepCursor = false) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (!keepCursor) next.delete('after');
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      });
    },
    [setParams],
  );

  return {
    search: get('q'),
    after: get('after'),
    get,
    setSearch: (q: string) => update({ q: q.trim() || null }),
    setFilter: (name: string, value: string) => update({ [name]: value || null }),
    nextPage: (cursor: string | null | undefined) => update({ after: cursor ?? null }, true),
    firstPage: () => update({}),
  };
}

export type ListParams = ReturnType<typeof useListParams>;
