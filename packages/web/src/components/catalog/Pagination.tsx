import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { catalogPath, type CatalogState } from './catalog-url.ts';

/** What the browser's history entry remembers: the cursors of the pages before this one. */
export interface CatalogHistoryState {
  previousCursors: (string | null)[];
}

export function previousCursorsOf(historyState: unknown): (string | null)[] | null {
  if (typeof historyState !== 'object' || historyState === null) return null;
  const { previousCursors } = historyState as Partial<CatalogHistoryState>;
  return Array.isArray(previousCursors) ? previousCursors : null;
}

// Another page of results starts at the top, like a new page.
const toTop = () => window.scrollTo(0, 0);

interface PaginationProps {
  state: CatalogState;
  hasNextPage: boolean;
  endCursor: string | null;
  /** null when this page was opened from a link, so the pages before it are not known */
  previousCursors: (string | null)[] | null;
}

/**
 * Forward pages by cursor (the API pages forward only). The way back is remembered in history state, so
 * "previous" works after paging forward; a page opened from a link offers the first page instead.
 */
export function Pagination({ state, hasNextPage, endCursor, previousCursors }: PaginationProps) {
  const { t } = useI18n();
  if (state.page === 1 && !hasNextPage) return null;
  const known = previousCursors ?? (state.page === 2 ? [null] : null);
  const previousCursor = known?.at(-1);
  return (
    <nav className="pagination" aria-label={t.catalog.pagination}>
      {state.page > 1 && previousCursor !== undefined && known && (
        <Link
          className="button button--secondary"
          rel="prev"
          onClick={toTop}
          to={catalogPath({ ...state, after: previousCursor, page: state.page - 1 })}
          state={{ previousCursors: known.slice(0, -1) } satisfies CatalogHistoryState}
        >
          {t.catalog.previous}
        </Link>
      )}
      {state.page > 1 && previousCursor === undefined && (
        <Link className="button button--secondary" to={catalogPath({ ...state, after: null, page: 1 })} onClick={toTop}>
          {t.catalog.first}
        </Link>
      )}
      <span className="pagination__page" aria-current="page">
        {t.catalog.page(state.page)}
      </span>
      {hasNextPage && endCursor !== null && (
        <Link
          className="button button--secondary"
          rel="next"
          onClick={toTop}
          to={catalogPath({ ...state, after: endCursor, page: state.page + 1 })}
          state={{ previousCursors: [...(known ?? []), state.after] } satisfies CatalogHistoryState}
        >
          {t.catalog.next}
        </Link>
      )}
    </nav>
  );
}
