// Callbacks passed to page.evaluate() and addInitScript() run in the browser, with its globals.
/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import type { Lang } from '../../packages/web/src/i18n/dictionary.ts';
import { pathInLang } from '../../packages/web/src/i18n/language-path.ts';
import { startServer, type ServerOptions, type TestServer } from './server.ts';

/** Debian's Chromium; Playwright's own browser builds cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WEB_DIST = resolve('packages/web/dist');
const SCREENSHOTS = resolve('.tmp/screenshots');

export const MOBILE = 375;
export const DESKTOP = 1280;

export interface OpenPageOptions {
  width?: number;
  /** localStorage entries the page starts with */
  storage?: Record<string, string>;
  /** the site's language: `path` is opened in it (English under /en) */
  lang?: Lang;
  /** what to wait for once loaded; the site's <main> by default */
  ready?: string;
}

/** The console's errors and warnings of each page opened by a Site (React's hydration mismatches among them). */
const consoleProblems = new WeakMap<Page, string[]>();

/** What a page has said on its console as errors or warnings so far. */
export function consoleErrorsAndWarnings(page: Page): string[] {
  return consoleProblems.get(page) ?? [];
}

/** The page's cumulative layout shift so far (see layoutShifts). */
export async function layoutShift(page: Page): Promise<number> {
  return (await layoutShifts(page)).total;
}

/**
 * Waits until React has hydrated (or rendered) the page's content: a page rendered on the server shows its
 * buttons before they work, and a click before hydration would be lost.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // Not the site (GraphiQL, a printable page): nothing to wait for.
    if (!document.querySelector('#main')) return true;
    const content = document.querySelector('#main > *');
    return content !== null && Object.keys(content).some((key) => key.startsWith('__reactFiber$'));
  });
}

export interface Site {
  server: TestServer;
  url: string;
  /** A page in a fresh browser context (its own localStorage), at `path` once the app has rendered. */
  open(path: string, options?: OpenPageOptions): Promise<Page>;
  /**
   * Requests the pages made to any other host, and errors thrown in them, including everything the
   * Content-Security-Policy refused (in the page or its workers); both should stay empty.
   */
  offsiteRequests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Starts the real API serving the built web site over a fresh seeded database, and Chromium to drive it;
 * `settings` for a spec that loads pages faster than a person would (`roomyBudget`).
 */
export async function startSite(settings?: ServerOptions['settings']): Promise<Site> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('packages/web/dist is missing: pnpm build');
  const server = await startServer({ webDist: WEB_DIST, settings });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  const origin = new URL(server.url).origin;
  const contexts: BrowserContext[] = [];
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];

  return {
    server,
    url: server.url,
    offsiteRequests,
    pageErrors,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? DESKTOP, height: 900 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      contexts.push(context);
      // Nothing may load from another host (no CDN, no web fonts).
      context.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) offsiteRequests.push(request.url());
      });
      const storage = options.storage ?? {};
      if (Object.keys(storage).length > 0) {
        await context.addInitScript((entries: Record<string, string>) => {
          if (sessionStorage.getItem('test-storage-seeded')) return;
          sessionStorage.setItem('test-storage-seeded', '1');
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        }, storage);
      }
      // Anything the policy refuses is a fault of the site: the event in the page, the console line in workers.
      await context.exposeBinding('reportPolicyViolation', ({ page }, violation: string) => {
        pageErrors.push(`${page?.url()}: Content-Security-Policy violation: ${violation}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation;
          void report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      // Layout shifts from the start, the server's HTML before the scripts have run included (see layoutShifts).
      await context.addInitScript(() => {
        const shifts: { value: number; sources: string[] }[] = [];
        (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (entry.hadRecentInput) continue;
            const sources = (entry.sources ?? []).map((source) => {
              const node = source.node as Element | undefined;
              return node ? `${node.nodeName.toLowerCase()}.${(node.className || '').toString().split(' ').join('.')}` : '?';
            });
            shifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      consoleProblems.set(page, problems);
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      const policyMessage = (message: ConsoleMessage) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(`${page.url()}: ${message.text()}`);
      };
      page.on('console', policyMessage);
      page.on('worker', (worker) => worker.on('console', policyMessage));
      await page.goto(`${server.url}${options.lang ? pathInLang(path, options.lang) : path}`);
      await page.locator(options.ready ?? 'main#main').waitFor();
      await waitForHydration(page);
      return page;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await server.close();
    },
  };
}

/**
 * With SCREENSHOTS=1, saves a full-page screenshot to .tmp/screenshots/<name>.png, to be looked at; a
 * run without it takes none (they cost a sixth of a browser spec's time and no assertion reads them).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The visible names of the offering cards in the result list, in order. */
export async function offeringNames(page: Page): Promise<string[]> {
  return page.locator('.card-grid .offering-card__name').allInnerTexts();
}

export interface LayoutShift {
  value: number;
  /** the elements that moved, as tag.class */
  sources: string[];
}

/** The page's layout shifts not caused by input, from its first paint (every page site.open gives records them), and their sum, once what it laid out last is painted. */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: LayoutShift[] }> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts);
  return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}
