import type { ReactNode } from 'react';

/** A comparison's page: its header, then what it compares or why it cannot. */
export function ComparePage({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <div className="page compare-page">
      {header}
      {children}
    </div>
  );
}
