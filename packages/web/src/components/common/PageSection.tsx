import type { ReactNode } from 'react';

interface PageSectionProps {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A section of a page under its own heading, which names it for screen readers (`${id}-title`). */
export function PageSection({ id, title, className = 'section', children }: PageSectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
