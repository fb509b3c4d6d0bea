import { useCallback, useState } from 'react';

/** Forward cursors for a Relay connection, with the way back remembered: the API pages forward only. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const next = useCallback((endCursor: string) => setCursors((known) => [...known, endCursor]), []);
  const previous = useCallback(() => setCursors((known) => (known.length > 1 ? known.slice(0, -1) : known)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after, page: cursors.length, next, previous, reset };
}

interface ConsolePagerProps {
  label: string;
  page: number;
  pageLabel: string;
  previousLabel: string;
  nextLabel: string;
  hasNextPage: boolean;
  endCursor: string | null;
  onPrevious: () => void;
  onNext: (endCursor: string) => void;
}

export function ConsolePager({ label, page, pageLabel, previousLabel, nextLabel, hasNextPage, endCursor, onPrevious, onNext }: ConsolePagerProps) {
  if (page === 1 && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 && (
        <button type="button" className="button button--secondary" onClick={onPrevious}>
          {previousLabel}
        </button>
      )}
      <span className="pagination__page" aria-current="page">
        {pageLabel}
      </span>
      {hasNextPage && endCursor !== null && (
        <button type="button" className="button button--secondary" onClick={() => onNext(endCursor)}>
          {nextLabel}
        </button>
      )}
    </nav>
  );
}
