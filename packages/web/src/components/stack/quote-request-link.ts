// A buyer reads a quote request back at /requests#<access token>. The token rides in the fragment, which
// a browser never sends: it stays out of the server's and any proxy's or CDN's access logs and out of
// Referer headers, and reaches the API only in the body of the POST that reads the request.

export const quoteRequestRoute = '/requests';

export function quoteRequestPath(accessToken: string): string {
  return `${quoteRequestRoute}#${encodeURIComponent(accessToken)}`;
}

/** The token a fragment carries ('' when none). */
export function tokenOfFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}
