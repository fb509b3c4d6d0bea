import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const API = 'http://127.0.0.1:4000';

const page = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

const graphqlProxy: ProxyOptions = {
  target: API,
  // The API answers a browser's GET /graphql with dist/graphiql.html; in dev, Vite serves that page itself.
  bypass(req) {
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET' && accept.includes('text/html')) return '/graphiql.html';
    return undefined;
  },
};

export default defineConfig({
  // Every asset URL is absolute from the site root: the API serves dist/ at / and graphiql.html at /graphql.
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Only graphiql.html's lazily loaded Monaco chunk (~2.8 MB, ~0.7 MB gzip) is this large.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Two pages; index.html must never load GraphiQL, Monaco or graphql-js.
      input: {
        index: page('./index.html'),
        graphiql: page('./graphiql.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL's packages start modules with "use no memo" (a React Compiler hint); harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': graphqlProxy,
      '/schema.graphql': API,
      '/healthz': API,
      '/readyz': API,
    },
  },
  preview: { host: '127.0.0.1' },
});
