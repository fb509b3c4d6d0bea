import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { catalogPath, PAGE_SIZE, type CatalogState } from './catalog-url.ts';

/** A numbered page the API offers, and the cursor that opens it. */
export interface PageCursor {
  page: number;
  cursor: string | null;
  isCurrent: boolean;
}

// Another page of results starts at the top, like a new page.
const toTop = () => window.scrollTo(0, 0);

interface PaginationProps {
  state: CatalogState;
  totalCount: number;
  /** how many results come before this page */
  countBefore: number;
  /** how many this page shows */
  shown: number;
  pages: readonly PageCursor[];
}

/**
 * "21–40 of 14,513", then previous, numbered and next pages. Each link carries the cursor the API gave
 * for that page (keyset cursors stay the only way to open one), so a page opened from a link offers the
 * same numbers as one reached by clicking through.
 */
export function Pagination({ state, totalCount, countBefore, shown, pages }: PaginationProps) {
  const { t, lang } = useI18n();
  if (countBefore === 0 && shown >= totalCount) return null;
  const starts = (page: PageCursor) => (page.page - 1) * PAGE_SIZE;
  const previous = pages.filter((page) => starts(page) < countBefore).at(-1);
  const next = pages.find((page) => starts(page) > countBefore);
  const to = (page: PageCursor) => catalogPath({ ...state, after: page.cursor, page: page.page });
  return (
    <nav className="pagination pagination--numbered" aria-label={t.catalog.pagination}>
      <p className="pagination__range">
        {t.catalogMore.rangeOf(formatCount(countBefore + 1, lang), formatCount(countBefore + shown, lang), formatCount(totalCount, lang))}
      </p>
      <ul className="pagination__pages">
        {previous && (
          <li>
            <Link className="button button--secondary" rel="prev" onClick={toTop} to={to(previous)}>
              {t.catalog.previous}
            </Link>
          </li>
        )}
        {pages.map((page, index) => (
          <li key={page.page} className="pagination__number">
            {index > 0 && page.page > pages[index - 1]!.page + 1 && (
              <span className="pagination__gap" aria-hidden="true">
                …
              </span>
            )}
            {page.isCurrent ? (
              <span className="pagination__current" aria-current="page">
                {formatCount(page.page, lang)}
              </span>
            ) : (
              <Link className="pagination__link" onClick={toTop} to={to(page)} aria-label={t.catalog.page(page.page)}>
                {formatCount(page.page, lang)}
              </Link>
            )}
          </li>
        ))}
        {next && (
          <li>
            <Link className="button button--secondary" rel="next" onClick={toTop} to={to(next)}>
              {t.catalog.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
