import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from './DataTable';
import { LoadError, Loading } from './Page';
import { Pager } from './Pager';
import type { ListParams } from './useListParams';
import type { ListQueryStatus } from './useListQuery';

/** A page of a cursor-paginated list, as the API returns it. */
export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

type ListSource<T> =
  /** A whole list at once. */
  | { rows: readonly T[] | undefined; connection?: never; pager?: never; list?: never }
  /** A page of a longer list, with the pager (`<pager>-next`, `<pager>-first`, `<pager>-count`) under it. */
  | { connection: Connection<T> | undefined; pager: string; list: ListParams; rows?: never };

type ListCardProps<T> = Omit<DataTableProps<T>, 'rows'> &
  ListSource<T> & {
    /** A heading above the table, with something beside it (a count, a limit). */
    title?: ReactNode;
    aside?: ReactNode;
    /** Search box and filters above the table. */
    toolbar?: ReactNode;
    /** The query behind the list: its error, loading state, and a retry (none: the rows are at hand). */
    status?: ListQueryStatus;
    className?: string;
  };

/**
 * The list of every admin page: a card with the search box and filters, the table, and the pager.
 * Until the first answer it shows a spinner (or the error with a retry); while another page or filter
 * loads, the last rows stay, dimmed, instead of an empty table.
 */
export function ListCard<T>(props: ListCardProps<T>) {
  const { title, aside, toolbar, status, className = '', connection, pager, list, ...table } = props;
  const rows = connection ? connection.nodes : props.rows;
  return (
    <div className={`card overflow-hidden ${className}`}>
      {title ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-5 py-3.5 sm:px-6">
          <h2 className="card-title">{title}</h2>
          {aside}
        </div>
      ) : null}
      {toolbar ? <div className="flex flex-wrap items-center gap-3 border-b border-line p-4">{toolbar}</div> : null}
      {status?.error && !rows ? (
        <div className="p-4">
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        </div>
      ) : !rows ? (
        <div className="px-4">
          <Loading />
        </div>
      ) : (
        <>
          <div className={status?.stale ? 'overflow-x-auto opacity-60' : 'overflow-x-auto'} aria-busy={status?.loading}>
            <DataTable {...table} rows={rows} />
          </div>
          {connection && pager && list ? (
            <Pager
              prefix={pager}
              shown={connection.nodes.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              onFirstPage={!list.after}
              onNext={() => list.nextPage(connection.pageInfo.endCursor)}
              onFirst={list.firstPage}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
