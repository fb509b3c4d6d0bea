import { quoteRequestRoute } from '../components/stack/quote-request-link.ts';

// Pages that live in one browser: the stack being composed and the composer (which adopts into it),
// comparisons and quote requests read from localStorage or the address's fragment, and the consoles and the buyer's account need a signed-in user.
// The server sends them the shell and the browser renders them; every other page is rendered on the
// server (entry-server.tsx).
const BROWSER_ONLY_PAGES = ['/stack', '/compose', '/compare', '/compare/offerings', quoteRequestRoute];
const BROWSER_ONLY_SECTIONS = ['/account', '/console', '/staff'];

/** Whether a path within its language's site (see language-path.ts) is rendered in the browser only. */
export function rendersInBrowserOnly(path: string): boolean {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return BROWSER_ONLY_PAGES.includes(trimmed) || BROWSER_ONLY_SECTIONS.some((section) => trimmed === section || trimmed.startsWith(`${section}/`));
}
