import { useId, type ReactNode } from 'react';

export interface TableRow {
  key: string;
  /** The first cell names the row (a row header); the others hold its figures. */
  cells: ReactNode[];
}

interface ReportTableProps {
  caption: string;
  columns: { header: string; numeric?: boolean }[];
  rows: TableRow[];
  /** A totals row. */
  foot?: TableRow;
  /** Wide tables (money) scroll sideways on a phone, in a region the keyboard can reach. */
  scrollable?: boolean;
}

/** A chart's figures as a table: a caption, column and row headers. */
export function ReportTable({ caption, columns, rows, foot, scrollable = false }: ReportTableProps) {
  const captionId = useId();
  const cellClass = (index: number) => (columns[index]?.numeric ? 'num' : undefined);
  const row = ({ key, cells }: TableRow) => (
    <tr key={key}>
      {cells.map((cell, index) =>
        index === 0 ? (
          <th key={index} scope="row">
            {cell}
          </th>
        ) : (
          <td key={index} className={cellClass(index)}>
            {cell}
          </td>
        ),
      )}
    </tr>
  );
  const table = (
    <table className="report-table">
      <caption id={captionId}>
        <span className="report-table__caption">{caption}</span>
      </caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column.header} scope="col" className={cellClass(index)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
      {foot && <tfoot>{row(foot)}</tfoot>}
    </table>
  );
  return scrollable ? (
    <div className="report-table-wrap report-table-wrap--scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  ) : (
    <div className="report-table-wrap">{table}</div>
  );
}
