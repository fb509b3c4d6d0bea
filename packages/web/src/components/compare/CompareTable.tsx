import type { ReactNode } from 'react';

/** A comparison's table, captioned for screen readers, that scrolls sideways on a phone in a region the keyboard can reach. */
export function CompareTable({ id, caption, className, children }: { id: string; caption: string; className: string; children: ReactNode }) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
