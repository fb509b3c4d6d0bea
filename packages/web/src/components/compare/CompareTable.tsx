import type { ReactNode } from 'react';

interface CompareTableProps {
  id: string;
  caption: string;
  className: string;
  /** the first column's header, over the rows' names */
  corner: ReactNode;
  /** one column per thing compared */
  columns: { key: string; header: ReactNode }[];
  /** the table's body */
  children: ReactNode;
}

/**
 * A comparison's table: a column per thing compared, captioned for screen readers, scrolling sideways on a
 * phone in a region the keyboard can reach.
 */
export function CompareTable({ id, caption, className, corner, columns, children }: CompareTableProps) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
