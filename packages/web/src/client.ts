import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange, ssrExchange, type SSRData } from 'urql';
import { cacheKeys } from './graphcache-keys.ts';

/**
 * The site's GraphQL client. A page rendered on the server comes with the answers it was rendered with:
 * the first render reads them (the same HTML, nothing fetched again), and Graphcache keeps them.
 */
export function createClient(serverResults: SSRData | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange({ keys: cacheKeys }), ssrExchange({ isClient: true, initialState: serverResults ?? undefined }), fetchExchange],
    // Always POST: a GET /graphql from a browser is answered with the GraphiQL page,
    // and POST needs no CSRF preflight header on the API side.
    preferGetMethod: false,
  });
}
