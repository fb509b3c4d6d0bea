import type { ComponentProps, ReactNode } from 'react';

/** One term of a <dl> and what it says; the rest of the props go to the <dd>. */
export function Fact({ term, children, ...value }: { term: ReactNode } & ComponentProps<'dd'>) {
  return (
    <div>
      <dt>{term}</dt>
      <dd {...value}>{children}</dd>
    </div>
  );
}
