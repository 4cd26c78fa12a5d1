import { createContext, Fragment, useContext, type ReactNode, type TdHTMLAttributes } from 'react';

/** One column of a table: its heading, and what a row shows in it. */
export interface Column<T> {
  /** `actions` is the row's buttons: on narrow screens they make the foot of the row's card. */
  id: string;
  header: ReactNode;
  /** The heading as text, where `header` is not a string: labels the value in a narrow screen's card. */
  label?: string;
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
  /** Draws a whole `<tr>` instead of the column cells, for rows with state of their own (cells: `DataCell`). */
  renderRow?(row: T): ReactNode;
  /** Shown across the table when there are no rows. */
  empty: ReactNode;
}

export function visibleColumns<T>(columns: DataTableProps<T>['columns']): Column<T>[] {
  return columns.filter((c): c is Column<T> => !!c);
}

/** What a cell needs of its column: the label a narrow screen shows before the value, and its role. */
interface CellColumn {
  label?: string;
  actions: boolean;
}

export function cellColumn(column: Pick<Column<unknown>, 'id' | 'header' | 'label'>): CellColumn {
  const label = column.label ?? (typeof column.header === 'string' ? column.header : undefined);
  return { label: label || undefined, actions: column.id === 'actions' };
}

/** The attributes the stacked (narrow screen) layout reads: `data-label`, and `data-cell="actions"`. */
function cellAttributes(column: CellColumn | undefined): Record<string, string | undefined> {
  if (!column) return {};
  return column.actions ? { 'data-cell': 'actions' } : { 'data-label': column.label };
}

const ColumnsContext = createContext<ReadonlyMap<string, CellColumn>>(new Map());

function cellClass(className: string | undefined, align: 'right' | undefined): string | undefined {
  const classes = [className, align === 'right' ? 'text-right' : undefined].filter(Boolean);
  return classes.length ? classes.join(' ') : undefined;
}

type DataCellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /** The id of the column this cell is in. */
  column: string;
  'data-test-id'?: string;
};

/** A cell of a row drawn by `renderRow`: a `<td>` that knows its column's label for narrow screens. */
export function DataCell({ column, children, ...rest }: DataCellProps) {
  const info = useContext(ColumnsContext).get(column);
  return (
    <td {...cellAttributes(info)} {...rest}>
      {children}
    </td>
  );
}

/**
 * A table of rows: headings from the columns, one row per item, a message when there are none. Below
 * Tailwind's `md` it stacks (`.table-stack` in index.css): each row a card of label: value pairs with
 * its actions at the foot, so nothing runs off a phone's screen.
 */
export function DataTable<T>({ testId, columns, rows, rowKey, rowAttributes, renderRow, empty }: DataTableProps<T>) {
  const shown = visibleColumns(columns);
  const byId = new Map(shown.map((c) => [c.id, cellColumn(c as Column<unknown>)]));
  return (
    <ColumnsContext.Provider value={byId}>
      {/* max-md:block: the `table` class is also Tailwind's display utility, which the stacked layout must override. */}
      <table className="table table-stack max-md:block" data-test-id={testId}>
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
                  <td key={c.id} className={cellClass(c.className, c.align)} {...cellAttributes(byId.get(c.id))}>
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
    </ColumnsContext.Provider>
  );
}
