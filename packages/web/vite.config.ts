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

// The site's routes (src/app/AppRoutes.tsx), in Vietnamese at the root and in English under /en
// (src/i18n/language-path.ts), and the lazily loaded page each one shows.
const LANDING_PAGES: Record<string, string> = {
  '^(/en)?/?$': 'HomePage',
  '^(/en)?/catalog$': 'CatalogPage',
  '^(/en)?/offerings/[^/]+$': 'OfferingPage',
  '^(/en)?/vendors/[^/]+$': 'VendorPage',
  '^(/en)?/stack$': 'StackPage',
  '^(/en)?/stacks/[^/]+$': 'SharedStackPage',
  '^(/en)?/compare$': 'CompareStacksPage',
  '^(/en)?/report$': 'ReportPage',
};

/**
 * Starts fetching the landing page's chunk beside the entry instead of after it has run: one round trip
 * less before the first content on a slow link. A small classic script, served from /assets like every
 * other file (the Content-Security-Policy allows no inline script), picks the chunk for the address. The
 * page's own stylesheets block rendering like the entry's: a page rendered on the server is painted styled.
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
        const cssOf = (chunk: Rollup.OutputChunk | undefined) => [...(chunk?.viteMetadata?.importedCss ?? [])];
        const loadedCss = new Set([entry, ...chunks.filter((chunk) => loaded.has(chunk.fileName))].flatMap(cssOf));
        const files: Record<string, [modules: string[], styles: string[]]> = {};
        for (const [pattern, name] of Object.entries(LANDING_PAGES)) {
          const page = chunks.find((chunk) => chunk.isDynamicEntry && chunk.name === name);
          if (!page) throw new Error(`no chunk for ${name}`);
          const modules = [page.fileName, ...page.imports].filter((file) => !loaded.has(file));
          const styles = chunks.filter((chunk) => modules.includes(chunk.fileName)).flatMap(cssOf);
          files[pattern] = [modules, [...new Set(styles)].filter((file) => !loadedCss.has(file))];
        }
        const script =
          `{ const add = (rel, file) => { const link = Object.assign(document.createElement('link'), { rel, crossOrigin: '', href: '/' + file });` +
          ` if (rel === 'stylesheet') link.setAttribute('blocking', 'render'); document.head.append(link); };\n` +
          `for (const [pattern, [modules, styles]] of Object.entries(${JSON.stringify(files)})) if (new RegExp(pattern).test(location.pathname)) {` +
          ` for (const file of modules) add('modulepreload', file); for (const file of styles) add('stylesheet', file); } }\n`;
        // Vite runs index.html's transforms while it writes the bundle, with the bundle's plugin context.
        const fileName = `assets/landing-preload-${createHash('sha256').update(script).digest('base64url').slice(0, 8)}.js`;
        (this as unknown as Rollup.PluginContext).emitFile({ type: 'asset', fileName, source: script });
        // Before the stylesheet, which a later script would wait for; after the <meta> tags.
        return html.replace('</title>', `</title>\n    <script src="/${fileName}"></script>`);
      },
    },
  };
}

// Two builds: the site for browsers (dist/, served as it is) and, with --ssr, the server's entry
// (src/entry-server.tsx → dist-ssr/, which the API loads to render pages; never served).
export default defineConfig(({ isSsrBuild }) => ({
  // Every asset URL is absolute from the site root: the API serves dist/ at / and graphiql.html at /graphql.
  base: '/',
  plugins: [react(), preloadLandingPage()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: !isSsrBuild,
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
  optimizeDeps: {
    // GraphiQL's worker setup imports Monaco's workers with ?worker, which the dev server's dependency
    // optimizer cannot bundle (it stopped `vite` at start-up): served as they are, Vite's worker plugin
    // handles them, as the build does.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
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
}));
