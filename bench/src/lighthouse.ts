// Browsers' globals: axe-core and the page callbacks run in the page.
/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result, type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { AxeResults } from 'axe-core';
// The server as `pnpm start` runs it, in its own process (the tests' helper; it needs no test runner).
import { startProcess, type ServerProcess } from '../../tests/support/process.ts';
import { benchRoot, resultsDir } from './databases.ts';
import { machineInfo } from './machine.ts';

// pnpm bench:lighthouse (from the repository root: builds the site first)
//   Lighthouse (mobile, its default with simulated throttling, and desktop) and axe-core on the built site,
//   served by the real API over a fresh seeded embedded database.
//   CHROME_PATH          the Chromium to drive (default /usr/bin/chromium)
//   LIGHTHOUSE_RUNS      runs of each page and preset, of which the median one (Lighthouse's own choice:
//                        closest to the median first paint and time to interactive) is shown (default 3)
//   LIGHTHOUSE_PAGES     comma-separated page names to run (default: all)
//   Each page's full Lighthouse report goes to bench/results/lighthouse-<preset>-<page>.json, the table's
//   figures to bench/results/lighthouse-<date>.json.

const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3));
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const webDist = resolve(benchRoot, '../packages/web/dist');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the site keeps in localStorage (packages/web/src/components/stack/stack-model.ts, saved-stacks.ts). */
const STACK_KEY = 'mayviet.stack.v1';
const SAVED_STACKS_KEY = 'mayviet.savedStacks.v1';

interface Page {
  name: string;
  path: string;
  /** localStorage the visit starts with; none otherwise */
  storage?: Record<string, string>;
}

interface Row {
  page: string;
  path: string;
  preset: 'mobile' | 'desktop';
  width: number;
  /** the lowest and highest Performance score of the runs */
  performanceRange: [number, number];
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  /**
   * The longest task on the page's main thread after its first contentful paint, in the thread's CPU time
   * at the machine's full speed (Lighthouse's phone is 4× slower): unlike TBT, other work on the machine
   * barely changes it.
   */
  longestTaskCpuMs: number;
  cls: number;
  /** axe-core's violations in the page at this width: rule id × nodes */
  axe: string[];
  /** the site's own JavaScript files the page loaded, each gzipped as the build left it */
  initialJsGzipKiB: number;
  /** Lighthouse's failing audits outside Performance (score below 1), by id */
  failing: string[];
  warnings: string[];
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data;
}

interface PlanRef {
  id: string;
  monthlyPrice: { amount: string };
}

/**
 * The pages measured. /stack holds five lines (the stack of tests/browser/stack.spec.ts's screens: four
 * offerings' first plans and a one-time licence) and remembers two saved stacks.
 */
async function pages(url: string): Promise<Page[]> {
  const slugs = ['misa-accounting-self-hosted', 'cyradar-soc', 'viettel-cloud-server', 'alibaba-ecs-singapore'];
  const offerings = await Promise.all(
    slugs.map((slug) =>
      gql<{ offering: { vendor: { slug: string }; plans: PlanRef[] } | null }>(url, 'query($slug: String!) { offering(slug: $slug) { vendor { slug } plans { id monthlyPrice { amount } } } }', { slug }),
    ),
  );
  const plans = offerings.map(({ offering }, index) => {
    if (!offering) throw new Error(`the seed has no published offering ${slugs[index]}`);
    return offering.plans;
  });
  const licence = plans[0]!.find((plan) => plan.monthlyPrice.amount === '0');
  if (!licence) throw new Error(`${slugs[0]} has no one-time plan`);
  const items = [...plans.map((list) => ({ planId: list[0]!.id, quantity: 1 })), { planId: licence.id, quantity: 1 }];
  const saved = [];
  for (const [name, lines] of [
    ['Cổng dịch vụ công của tỉnh', items],
    ['Cổng dịch vụ công (phương án 2)', items.slice(0, 2)],
  ] as const) {
    const { saveStack } = await gql<{ saveStack: { stack: { id: string; createdAt: string } | null; userErrors: { message: string }[] } }>(
      url,
      'mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id createdAt } userErrors { message } } }',
      { input: { name, items: lines } },
    );
    if (!saveStack.stack) throw new Error(`saveStack: ${saveStack.userErrors.map((error) => error.message).join('; ')}`);
    saved.unshift({ id: saveStack.stack.id, name, savedAt: saveStack.stack.createdAt });
  }
  const vendor = offerings[2]!.offering!.vendor.slug;
  return [
    { name: 'home', path: '/' },
    { name: 'catalogue', path: '/catalog' },
    { name: 'offering', path: `/offerings/${slugs[2]}` },
    { name: 'vendor', path: `/vendors/${vendor}` },
    {
      name: 'stack (5 lines)',
      path: '/stack',
      storage: { [STACK_KEY]: JSON.stringify({ name: 'Cổng dịch vụ công của tỉnh', items }), [SAVED_STACKS_KEY]: JSON.stringify(saved) },
    },
    { name: 'report', path: '/report' },
  ];
}

/** Leaves the origin's localStorage holding exactly `storage`, in the browser's default profile Lighthouse uses. */
async function setStorage(context: BrowserContext, origin: string, storage: Record<string, string>): Promise<void> {
  const tab = await context.newPage();
  // A path the site answers quickly without calling the API.
  await tab.goto(`${origin}/favicon.svg`);
  await tab.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  await tab.close();
}

/** axe-core's violations once the page has rendered and gone quiet, its source evaluated through the DevTools protocol (the CSP allows no injected script). */
async function axeViolations(browser: Browser, url: string, page: Page, width: number, height: number, mobile: boolean): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const storage = page.storage ?? {};
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
    const tab = await context.newPage();
    await tab.goto(`${url}${page.path}`, { waitUntil: 'networkidle' });
    await tab.locator('main#main').waitFor();
    await tab.evaluate(axeSource);
    const results = await tab.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
    return results.violations.map((violation) => `${violation.id}×${violation.nodes.length}`);
  } finally {
    await context.close();
  }
}

/** The gzip size of the site's own scripts among `urls`, as built (the server sends brotli, a little smaller). */
function gzipKiB(origin: string, urls: string[]): number {
  let bytes = 0;
  for (const url of new Set(urls)) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) continue;
    const file = join(webDist, parsed.pathname);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

function row(lhr: Result, runs: Result[], longestTaskCpu: number, page: Page, preset: Row['preset'], origin: string, axe: string[]): Row {
  const score = (id: string, of: Result = lhr) => Math.round((of.categories[id]?.score ?? 0) * 100);
  const performances = runs.map((run) => score('performance', run));
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
  const failing = Object.entries(lhr.categories)
    .filter(([id]) => id !== 'performance')
    .flatMap(([, category]) => category.auditRefs.map((ref) => ref.id))
    .filter((id) => {
      const audit = lhr.audits[id]!;
      return audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual';
    });
  return {
    page: page.name,
    path: page.path,
    preset,
    width: lhr.configSettings.screenEmulation.width,
    performanceRange: [Math.min(...performances), Math.max(...performances)],
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    longestTaskCpuMs: longestTaskCpu,
    cls: numeric('cumulative-layout-shift'),
    axe,
    initialJsGzipKiB: gzipKiB(origin, requests.filter((request) => request.resourceType === 'Script').map((request) => request.url)),
    failing: [...new Set(failing)],
    warnings: lhr.runWarnings,
  };
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** See Row.longestTaskCpuMs; the page's main thread is the one that ran the site's own scripts. */
function longestTaskCpuMs(trace: { traceEvents: unknown[] }, origin: string): number {
  const events = trace.traceEvents as TraceEvent[];
  const script = events.find((event) => (event.name === 'EvaluateScript' || event.name === 'v8.compile') && event.args?.data?.url?.startsWith(`${origin}/assets/`));
  if (!script) return Number.NaN;
  const paint = events.find((event) => event.name === 'firstContentfulPaint' && event.pid === script.pid);
  const tasks = events.filter((event) => event.name === 'RunTask' && event.pid === script.pid && event.tid === script.tid && event.ts >= (paint?.ts ?? 0));
  return Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000));
}

/** One Lighthouse run of `page`, its storage set first; a run whose trace broke (it happens on a busy machine) is tried again, twice. */
async function measure(port: number, profile: BrowserContext, origin: string, page: Page, preset: Row['preset']): Promise<RunnerResult> {
  for (let attempt = 1; ; attempt++) {
    await setStorage(profile, origin, page.storage ?? {});
    const flags: Flags = { port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(`${origin}${page.path}`, flags, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const error = result.lhr.runtimeError;
    if (!error) return result;
    if (attempt === 3) throw new Error(`${page.path}: ${error.code} ${error.message}`);
    console.log(`  ${preset} ${page.name}: ${error.code}, once more`);
  }
}

function table(rows: Row[]): string {
  const head = '| page | width | Performance (range) | Accessibility | Best Practices | SEO | LCP | TBT | longest task (CPU) | CLS | axe violations | initial JS (gzip) |';
  const lines = rows.map(
    (r) =>
      `| ${r.page} | ${r.width} | ${r.scores.performance} (${r.performanceRange.join('–')}) | ${r.scores.accessibility} | ${r.scores.bestPractices} | ${r.scores.seo} | ${(r.lcpMs / 1000).toFixed(1)} s | ${Math.round(r.tbtMs)} ms | ${Math.round(r.longestTaskCpuMs)} ms | ${r.cls.toFixed(3)} | ${r.axe.length ? r.axe.join(', ') : '0'} | ${r.initialJsGzipKiB.toFixed(1)} KiB |`,
  );
  return [head, '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: |', ...lines].join('\n');
}

async function main() {
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('packages/web/dist is missing: pnpm build');
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH`);
  const machine = machineInfo();
  const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((name) => name.trim());
  const startedAt = new Date().toISOString();
  let server: ServerProcess | undefined;
  let chrome: LaunchedChrome | undefined;
  let browser: Browser | undefined;
  try {
    // The helper finds packages/api from the repository root, where the tests run.
    process.chdir(resolve(benchRoot, '..'));
    server = await startProcess({ PGLITE_DATA_DIR: 'memory://', SEED: 'always', WEB_DIST: webDist, LOG_LEVEL: 'info' });
    const origin = new URL(server.url).origin;
    console.log(`site: ${origin} (embedded database, seeded) · load average ${machine.loadAverage.join(' ')} · ${machine.nproc} cores`);
    const measured = (await pages(origin)).filter((page) => !only || only.includes(page.name.split(' ')[0]!));
    chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const profile = browser.contexts()[0]!;
    const rows: Row[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const page of measured) {
        const results: RunnerResult[] = [];
        for (let run = 0; run < RUNS; run++) results.push(await measure(chrome.port, profile, origin, page, preset));
        const runs = results.map((result) => result.lhr);
        const lhr = computeMedianRun(runs);
        const trace = results[runs.indexOf(lhr)]!.artifacts.Trace;
        mkdirSync(resultsDir, { recursive: true });
        writeFileSync(join(resultsDir, `lighthouse-${preset}-${page.name.split(' ')[0]}.json`), JSON.stringify(lhr));
        const { width, height, mobile } = lhr.configSettings.screenEmulation;
        const axe = await axeViolations(browser, origin, page, width, height, mobile);
        const done = row(lhr, runs, longestTaskCpuMs(trace, origin), page, preset, origin, axe);
        rows.push(done);
        console.log(`  ${preset} ${page.name}: performance ${done.scores.performance} (${done.performanceRange.join('–')}), LCP ${(done.lcpMs / 1000).toFixed(1)} s, TBT ${Math.round(done.tbtMs)} ms, longest task ${Math.round(done.longestTaskCpuMs)} ms of CPU, CLS ${done.cls.toFixed(3)}${done.failing.length ? ` · failing: ${done.failing.join(', ')}` : ''}`);
      }
    }
    const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
    const chromeVersion = (await browser.version()) || 'unknown';
    const finishedLoad = machineInfo().loadAverage;
    console.log(`\nLighthouse ${lighthouseVersion}, Chromium ${chromeVersion}, axe-core ${(createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version}`);
    console.log(`load average at the start ${machine.loadAverage.join(' ')}, at the end ${finishedLoad.join(' ')} (${machine.nproc} cores, ${machine.cpuModel})\n`);
    console.log(table(rows));
    const file = join(resultsDir, `lighthouse-${startedAt.replaceAll(':', '-')}.json`);
    writeFileSync(file, JSON.stringify({ startedAt, finishedAt: new Date().toISOString(), lighthouseVersion, chromeVersion, machine, loadAverageAtEnd: finishedLoad, rows }, null, 2));
    console.log(`\nresults: ${file}`);
  } finally {
    await browser?.close();
    chrome?.kill();
    server?.kill();
  }
}

await main();
