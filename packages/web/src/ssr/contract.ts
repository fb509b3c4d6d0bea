// What the API and the web site's server entry (entry-server.tsx, built to dist-ssr/) agree on. Types only:
// the API imports them without compiling the site.

/** A GraphQL answer as the API gives it. */
export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/**
 * Runs one GraphQL operation of the page in the API's own process, within the request: every operation of
 * one page reads the same snapshot and is charged to the visitor's query budget. It rejects when the API
 * refused or failed (the page is then left to the browser).
 */
export type ExecuteOperation = (query: string, variables: Record<string, unknown> | undefined) => Promise<OperationResult>;

export interface RenderRequest {
  /** the path and query string asked for, e.g. /en/catalog?kind=iaas */
  url: string;
  /** the origin of absolute links: SITE_URL, else the request's own */
  origin: string;
  execute: ExecuteOperation;
  /** aborted when the render has run out of time */
  signal?: AbortSignal;
}

interface RenderedParts {
  lang: 'vi' | 'en';
  /** the <head> tags that replace the template's title and description */
  head: string;
  /** the JSON of the page's <script type="application/json"> data block, safe to put inside it as it is */
  state: string;
}

export type RenderedPage =
  /** a page the browser renders from the shell (the stack being composed, the consoles) */
  | (RenderedParts & { kind: 'shell' })
  /** a page rendered here, to be hydrated in the browser */
  | (RenderedParts & { kind: 'page'; status: number; html: string });

/** What dist-ssr/entry-server.js exports. */
export interface ServerEntry {
  /** The page at the address: rendered whole, or the shell for a page the browser renders. */
  render(request: RenderRequest): Promise<RenderedPage>;
  /** The shell for the address, for the browser to render: when rendering failed or ran out of time. */
  renderShell(request: Pick<RenderRequest, 'url' | 'origin'>): RenderedPage;
}
