// The site rendered on the server (built by `vite build --ssr` to dist-ssr/, loaded by the API): a page's
// whole HTML once every lazily loaded screen and every query has answered, its head tags and status, and
// the answers the browser hydrates it with.
import { Client, makeErrorResult, makeResult, ssrExchange, stringifyDocument, type Exchange, type Operation } from 'urql';
import { prerender } from 'react-dom/static';
import { filter, fromPromise, merge, mergeMap, pipe, takeUntil } from 'wonka';
import { Root } from './app/Root.tsx';
import { rendersInBrowserOnly } from './app/browser-only.ts';
import { dictionaries } from './i18n/dictionary.ts';
import { langOfPath, pathWithinLang } from './i18n/language-path.ts';
import { newPageHead } from './lib/page-meta.tsx';
import type { ExecuteOperation, ServerEntry } from './ssr/contract.ts';
import { headTags, shellHeadTags } from './ssr/head-tags.ts';
import { serializeServerState } from './ssr/server-state.ts';

/** Queries run in the API's process (no HTTP); a failure is kept, to give the page up, and answered as an error. */
function inProcessExchange(execute: ExecuteOperation, failures: unknown[]): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const isQuery = (operation: Operation) => operation.kind === 'query';
      const run = async (operation: Operation) => {
        try {
          return makeResult(operation, await execute(stringifyDocument(operation.query), operation.variables as Record<string, unknown> | undefined));
        } catch (error) {
          failures.push(error);
          return makeErrorResult(operation, error instanceof Error ? error : new Error(String(error)));
        }
      };
      const results$ = pipe(
        operations$,
        filter(isQuery),
        mergeMap((operation) =>
          pipe(
            fromPromise(run(operation)),
            takeUntil(pipe(operations$, filter((other) => other.kind === 'teardown' && other.key === operation.key))),
          ),
        ),
      );
      return merge([results$, forward(pipe(operations$, filter((operation) => !isQuery(operation))))]);
    };
}

export const renderShell: ServerEntry['renderShell'] = ({ url, origin }) => {
  const { pathname } = new URL(url, 'http://localhost');
  const lang = langOfPath(pathname);
  return { kind: 'shell', lang, head: shellHeadTags(lang, pathname, origin), state: serializeServerState({ origin, results: null }) };
};

export const render: ServerEntry['render'] = async ({ url, origin, execute, signal }) => {
  const { pathname, search } = new URL(url, 'http://localhost');
  const lang = langOfPath(pathname);
  if (rendersInBrowserOnly(pathWithinLang(pathname))) return renderShell({ url, origin });
  const failures: unknown[] = [];
  const ssr = ssrExchange({ isClient: false });
  const client = new Client({ url: '/graphql', suspense: true, exchanges: [ssr, inProcessExchange(execute, failures)] });
  const head = newPageHead();
  const { prelude } = await prerender(<Root client={client} head={head} origin={origin} location={{ path: pathname, search }} />, {
    signal,
    // Every boundary inline, however large: React would otherwise send a large one apart, to be put in
    // place by an inline script, which the Content-Security-Policy does not run.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => {
      failures.push(error);
    },
  });
  const html = await new Response(prelude).text();
  signal?.throwIfAborted();
  if (failures.length > 0) throw failures[0];
  return {
    kind: 'page',
    status: head.status,
    lang,
    head: headTags(head.meta ?? { title: dictionaries[lang].siteTitle }, lang, origin),
    html,
    state: serializeServerState({ origin, results: ssr.extractData() }),
  };
};
