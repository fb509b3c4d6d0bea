// The latest catalogue view of this tab, for the "add to stack" buttons of the pages it leads to: a line
// added there carries the search that found it (kept with the stack for the procurement record). Kept in
// sessionStorage, so that a search of another day or tab is not taken for this one's.
import { savedCatalogSearch, type CatalogState, type SavedCatalogSearch } from './catalog-url.ts';

const KEY = 'mayviet.catalogSearch.v1';

/** Notes the catalogue view shown now; an unfiltered view notes that no search led on. */
export function rememberCatalogView(state: CatalogState): void {
  const search = savedCatalogSearch(state);
  try {
    if (search) window.sessionStorage.setItem(KEY, JSON.stringify(search));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (a private mode): the stack is kept without its search.
  }
}

/** The search of the latest catalogue view of this tab; null when it was unfiltered, or none was shown. */
export function latestCatalogSearch(): SavedCatalogSearch | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw === null ? null : (JSON.parse(raw) as SavedCatalogSearch);
  } catch {
    return null;
  }
}
