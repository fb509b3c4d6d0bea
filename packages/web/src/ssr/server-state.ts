import type { SSRData } from 'urql';

// What the server hands the browser with a page, in a JSON data block (the Content-Security-Policy runs
// no inline script; a data block is no script): the site's origin and, for a page rendered on the
// server, the answers it was rendered with, so the browser's first render is the server's.

export const SERVER_STATE_ID = 'mv-state';

export interface ServerState {
  origin: string;
  /** urql's ssrExchange data of a page rendered on the server; null for a page the browser renders */
  results: SSRData | null;
}

/** JSON that stays inside its <script> element: no "</script>" or "<!--" can end or bend it. */
export function serializeServerState(state: ServerState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

/** The state the server sent with this page, if it did (not on Vite's development server). */
export function readServerState(): ServerState | null {
  const element = document.getElementById(SERVER_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as ServerState;
  } catch {
    return null;
  }
}
