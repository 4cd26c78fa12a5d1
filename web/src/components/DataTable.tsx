import { Fragment, type ReactNode } from 'react';

/** One column of a table: its heading, and what a row shows in it. */
export interface Column<T> {
  id: string;
  header: ReactNode;
  /** The cell of one row; not needed when the table draws whole rows (`renderRow`). */
  cell?: (row: T) => ReactNode;
  /** Classes of the column's cells. */
  className?: string;
  /** Right-aligned heading and cells (figures, row actions). */
  align?: 'right';
}

/** `data-*` attributes of a row: its test id, and the values page objects find it by. */
export type RowAttributes = { 'data-test-id': string } & { [name: `data-${string}`]: string | undefined };

export interface DataTableProps<T> {
  /** Test id of the `<table>`, e.g. `users-table`. */
  testId: string;
  /** Columns in order; `false`/`null` entries are left out, so a column can depend on a condition. */
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey(row: T): string;
  rowAttributes?(row: T): RowAttributes;
  /** Draws a whole `<tr>` instead of the column cells, for rows with state of their own. */
  renderRow?(row: T): ReactNode;
  /** Shown across the table when there are no rows. */
  empty: ReactNode;
}

export function visibleColumns<T>(columns: DataTableProps<T>['columns']): Column<T>[] {
  return columns.filter((c): c is Column<T> => !!c);
}

function cellClass<T>(column: Column<T>): string | undefined {
  const classes = [column.className, column.align === 'right' ? 'text-right' : undefined].filter(Boolean);
  return classes.length ? classes.join(' ') : undefined;
}

/** A table of rows: headings from the columns, one row per item, a message when there are none. */
export function DataTable<T>({ testId, columns, rows, rowKey, rowAttributes, renderRow, empty }: DataTableProps<T>) {
  const shown = visibleColumns(columns);
  return (
    <table className="table" data-test-id={testId}>
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c.id} scope="col" className={c.align === 'right' ? 'text-right' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) =>
          renderRow ? (
            <Fragment key={rowKey(row)}>{renderRow(row)}</Fragment>
          ) : (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {shown.map((c) => (
                <td key={c.id} className={cellClass(c)}>
                  {c.cell?.(row)}
                </td>
              ))}
            </tr>
          ),
        )}
        {rows.length === 0 ? (
          <tr>
            <td colSpan={shown.length} className="py-8 text-center text-muted" data-test-id={`${testId}-empty`}>
              {empty}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
