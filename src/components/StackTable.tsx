/**
 * A table rendered by the build, no script, that a phone shows as one block a row, each cell under its
 * column's name (the report's files and rejects: ten columns do not fit 390 px, and a table scrolled sideways
 * does not say it scrolls). The column names are written once, for the heading and for each cell's label.
 */
import type { ReactNode } from 'react';

export interface StackColumn<R> {
  readonly label: string;
  readonly numeric?: boolean;
  readonly cell: (row: R) => ReactNode;
}

interface Props<R> {
  readonly columns: readonly StackColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** Attributes of each row (data-file, data-code): what tests and readers find a row by. */
  readonly rowAttrs?: (row: R) => Record<`data-${string}`, string>;
}

export function StackTable<R>({ columns, rows, rowKey, rowAttrs }: Props<R>) {
  return (
    <div className="table-wrap stack">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} className={c.numeric ? 'n' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} {...rowAttrs?.(r)}>
              {columns.map((c) => (
                <td key={c.label} className={c.numeric ? 'n' : undefined} data-label={c.label}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
