import { useEffect, useState } from 'react';
import { tokenOfFragment } from '../components/stack/quote-request-link.ts';

/**
 * A secret token in the address's fragment (a quote request's access token, a mailed link's token), following
 * it when the reader pastes another link: a fragment never reaches a server's or a proxy's logs.
 */
export function useFragmentToken(): string {
  const [token, setToken] = useState(() => tokenOfFragment(window.location.hash));
  useEffect(() => {
    const follow = () => setToken(tokenOfFragment(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return token;
}
