import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import { cacheKeys } from './graphcache-keys.ts';

export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange({ keys: cacheKeys }), fetchExchange],
  // Always POST: a GET /graphql from a browser is answered with the GraphiQL page,
  // and POST needs no CSRF preflight header on the API side.
  preferGetMethod: false,
});
