import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions, type Rollup } from 'vite';

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

// The site's routes (src/app/AppRoutes.tsx) and the lazily loaded page each one shows.
const LANDING_PAGES: Record<string, string> = {
  '^/$': 'HomePage',
  '^/catalog$': 'CatalogPage',
  '^/offerings/[^/]+$': 'OfferingPage',
  '^/vendors/[^/]+$': 'VendorPage',
  '^/stack$': 'StackPage',
  '^/stacks/[^/]+$': 'SharedStackPage',
  '^/compare$': 'CompareStacksPage',
  '^/report$': 'ReportPage',
};

/**
 * Starts fetching the landing page's chunk beside the entry instead of after it has run: one round trip
 * less before the first content on a slow link. A small classic script, served from /assets like every
 * other file (the Content-Security-Policy allows no inline script), picks the chunk for the address.
 */
function preloadLandingPage(): Plugin {
  return {
    name: 'mayviet:preload-landing-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        const chunks = Object.values(context.bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId === context.filename);
        const loaded = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const files: Record<string, string[]> = {};
        for (const [pattern, name] of Object.entries(LANDING_PAGES)) {
          const page = chunks.find((chunk) => chunk.isDynamicEntry && chunk.name === name);
          if (!page) throw new Error(`no chunk for ${name}`);
          files[pattern] = [page.fileName, ...page.imports].filter((file) => !loaded.has(file));
        }
        const script =
          `for (const [pattern, files] of Object.entries(${JSON.stringify(files)}))` +
          ` if (new RegExp(pattern).test(location.pathname)) for (const file of files)` +
          ` document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href: '/' + file }));\n`;
        // Vite runs index.html's transforms while it writes the bundle, with the bundle's plugin context.
        const fileName = `assets/landing-preload-${createHash('sha256').update(script).digest('base64url').slice(0, 8)}.js`;
        (this as unknown as Rollup.PluginContext).emitFile({ type: 'asset', fileName, source: script });
        // Before the stylesheet, which a later script would wait for; after the <meta> tags.
        return html.replace('</title>', `</title>\n    <script src="/${fileName}"></script>`);
      },
    },
  };
}

export default defineConfig({
  // Every asset URL is absolute from the site root: the API serves dist/ at / and graphiql.html at /graphql.
  base: '/',
  plugins: [react(), preloadLandingPage()],
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
