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

/** Where a Relay connection's next page starts; null on its last page. */
export const nextCursor = (pageInfo: { hasNextPage: boolean; endCursor: string | null }) => (pageInfo.hasNextPage ? pageInfo.endCursor : null);

interface ConsolePagerProps {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  /** where the next page starts; null on the last page */
  next: string | null;
  text: { page: (n: number) => string; previous: string; next: string };
}

/** Previous and next buttons around the page's number, for a list paged with useCursorPages; nothing on a single page. */
export function ConsolePager({ label, pages, next, text }: ConsolePagerProps) {
  if (pages.page === 1 && next === null) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {pages.page > 1 && (
        <button type="button" className="button button--secondary" onClick={pages.previous}>
          {text.previous}
        </button>
      )}
      <span className="pagination__page" aria-current="page">
        {text.page(pages.page)}
      </span>
      {next !== null && (
        <button type="button" className="button button--secondary" onClick={() => pages.next(next)}>
          {text.next}
        </button>
      )}
    </nav>
  );
}
