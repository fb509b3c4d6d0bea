import type { ReactNode } from 'react';

/** The head of a table of stack lines: a column header each, figures' right-aligned. */
export function StackTableHead({ columns }: { columns: { header: ReactNode; numeric?: boolean }[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
            {column.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}
