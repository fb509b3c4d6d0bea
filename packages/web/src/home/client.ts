import { Client, cacheExchange, fetchExchange } from 'urql';

export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  // Always POST: a GET /graphql from a browser is answered with the GraphiQL page,
  // and POST needs no CSRF preflight header on the API side.
  preferGetMethod: false,
});
