// GraphiQL for the Mây Việt API, bundled whole (editor, Monaco workers, fonts): nothing loads from another host.
import 'graphiql/setup-workers/vite';
// GraphiQL's styles piece by piece rather than 'graphiql/style.css', which also inlines Monaco's CSS
// (Vite already ships it with the lazily loaded Monaco chunk) and ~260 kB of Roboto as data: URLs
// that would block the first paint. The chrome uses the system font stack (./graphiql.css); the
// editors keep Fira Code, which Monaco is configured with, embedded in the CSS (no font request).
import '@graphiql/react/font/fira-code.css';
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './graphiql.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Same origin: the page itself is served at GET /graphql (or /graphiql.html).
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/**
 * The schema for the docs and autocompletion, from the SDL the API serves. The standard introspection
 * query nests deeper than the API's depth limit allows; GraphiQL falls back to it only without the SDL.
 */
async function loadSchema(): Promise<GraphQLSchema | undefined> {
  try {
    const response = await fetch('/schema.graphql');
    return response.ok ? buildSchema(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

const DEFAULT_QUERY = `# Mây Việt — GraphQL API
# Ctrl+Enter: chạy truy vấn (run)
# Docs: xem lược đồ (schema)

{
  offerings(first: 5, query: "điện toán đám mây") {
    totalCount
    nodes {
      name
      vendor {
        name
      }
      plans {
        name
        monthlyPrice {
          amount
          currencyCode
        }
      }
    }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql element missing');

const schema = await loadSchema();

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        <a className="mv-graphiql-logo" href="/" title="Mây Việt — trang chủ">
          Mây Việt <span>GraphQL API</span>
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
