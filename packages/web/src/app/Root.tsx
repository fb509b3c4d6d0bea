import type { Client } from 'urql';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { PageContext, type PageHead } from '../lib/page-meta.tsx';
import { App } from './App.tsx';

interface RootProps {
  client: Client;
  /** the server's collector of the page's head tags and status; null in the browser */
  head: PageHead | null;
  origin: string;
  /** the address rendered on the server; the browser reads its own */
  location?: { path: string; search: string };
}

/** The whole site: one tree on the server and in the browser, so that hydration finds what was rendered. */
export function Root({ client, head, origin, location }: RootProps) {
  return (
    <PageContext head={head} origin={origin}>
      <Provider value={client}>
        <Router ssrPath={location?.path} ssrSearch={location?.search}>
          <App />
        </Router>
      </Provider>
    </PageContext>
  );
}
