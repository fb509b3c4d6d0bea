// The site's public pages as a search engine or a link preview reads them: plain HTTP, no script run.
import { request } from 'node:http';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dictionaries } from '../../packages/web/src/i18n/dictionary.ts';
import { formatCount, formatVnd } from '../../packages/web/src/lib/format.ts';
import { sql } from 'drizzle-orm';
import { requestDatabase } from '../../packages/api/src/http/request-database.ts';
import { postgresBudgets } from '../../packages/api/src/http/budget.ts';
import { createLogger } from '@mayviet/api';
import { capturedLog } from '../support/log.ts';
import { freshDatabase, startServer, type TestServer } from '../support/server.ts';

const webDist = resolve('packages/web/dist');
const vi = dictionaries.vi;
const en = dictionaries.en;

let server: TestServer;
let stackId: string;
beforeAll(async () => {
  server = await startServer({ webDist });
  const { data } = await server.gql(`{ offering(slug: "viettel-cloud-server") { plans { id } } }`);
  const saved = await server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
    input: { name: 'Hạ tầng Sở Y tế', items: [{ planId: data.offering.plans[0].id, quantity: 3 }] },
  });
  stackId = saved.data.saveStack.stack.id;
});
afterAll(() => server.close());

interface Page {
  status: number;
  headers: Headers;
  html: string;
  document: Document;
  /** the text inside <main>, spaces collapsed */
  main: string;
}

async function get(path: string, base = server.url): Promise<Page> {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const { document } = parseHTML(html);
  const main = (document.querySelector('main')?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
  return { status: response.status, headers: response.headers, html, document, main };
}

/** What the <head> tells a crawler. */
function headOf(document: Document) {
  const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
  const link = (selector: string) => document.querySelector(`link[${selector}]`)?.getAttribute('href') ?? null;
  return {
    lang: document.documentElement.getAttribute('lang'),
    title: document.querySelector('title')?.textContent ?? null,
    description: meta('name="description"'),
    robots: meta('name="robots"'),
    canonical: link('rel="canonical"'),
    alternates: Object.fromEntries(
      Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]')).map((element) => [element.getAttribute('hreflang'), element.getAttribute('href')]),
    ),
    og: Object.fromEntries(Array.from(document.querySelectorAll('meta[property^="og:"]')).map((element) => [element.getAttribute('property'), element.getAttribute('content')])),
    twitterCard: meta('name="twitter:card"'),
    jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((element) => JSON.parse(element.textContent ?? '')),
  };
}

/** Every script is a file or a data block: the Content-Security-Policy runs no inline code. */
function expectNoInlineCode(document: Document) {
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = script.getAttribute('type');
    if (type === 'application/json' || type === 'application/ld+json') continue;
    expect(script.getAttribute('src'), script.outerHTML.slice(0, 200)).toBeTruthy();
    expect(script.textContent).toBe('');
  }
  expect(document.querySelector('[style]')).toBeNull();
}

/** The page's address in both languages, and the default. */
function expectAlternates(head: ReturnType<typeof headOf>, base: string, path: string) {
  const english = path === '/' ? '/en' : `/en${path}`;
  expect(head.alternates).toEqual({ vi: `${base}${path}`, en: `${base}${english}`, 'x-default': `${base}${path}` });
}

const offeringQuery = `{ offering(slug: "viettel-cloud-server") {
  name nameEn summary summaryEn description descriptionEn vendor { name } category { name nameEn }
  plans { name nameEn unit price { amount } }
} }`;

describe('an offering page', () => {
  it('carries its name, plans with their VND prices, and its own head tags, in Vietnamese at the root', async () => {
    const { data } = await server.gql(offeringQuery);
    const offering = data.offering;
    const page = await get('/offerings/viettel-cloud-server');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.document.querySelector('h1')?.textContent).toBe(offering.name);
    expect(page.main).toContain(vi.offeringPage.plans);
    expect(offering.plans.length).toBeGreaterThan(1);
    for (const plan of offering.plans) {
      expect(page.main).toContain(plan.name);
      expect(page.main).toContain(formatVnd(plan.price.amount));
    }
    expectNoInlineCode(page.document);

    const head = headOf(page.document);
    const url = `${server.url}/offerings/viettel-cloud-server`;
    expect(head.lang).toBe('vi');
    expect(head.title).toBe(`${offering.name} — Mây Việt`);
    expect(head.description).toBe(offering.summary);
    expect(head.canonical).toBe(url);
    expect(head.robots).toBeNull();
    expectAlternates(head, server.url, '/offerings/viettel-cloud-server');
    expect(head.og).toMatchObject({
      'og:title': offering.name,
      'og:description': offering.summary,
      'og:url': url,
      'og:site_name': 'Mây Việt',
      'og:locale': 'vi_VN',
    });
    expect(head.og['og:type']).toBeTruthy();
    expect(head.twitterCard).toBe('summary');

    const product = head.jsonLd.find((item) => item['@type'] === 'Product');
    expect(product).toMatchObject({ '@context': 'https://schema.org', name: offering.name, description: offering.summary, url });
    expect(product.offers).toHaveLength(offering.plans.length);
    offering.plans.forEach((plan: { name: string; price: { amount: string } }, index: number) => {
      expect(product.offers[index]).toMatchObject({
        '@type': 'Offer',
        name: plan.name,
        price: Number(plan.price.amount),
        priceCurrency: 'VND',
        seller: { '@type': 'Organization', name: offering.vendor.name, url: `${server.url}/vendors/viettel-idc` },
      });
    });
    expect(head.jsonLd.find((item) => item['@type'] === 'BreadcrumbList').itemListElement.map((item: { name: string }) => item.name)).toEqual([
      vi.nav.home,
      vi.nav.catalog,
      offering.category.name,
      offering.name,
    ]);
  });

  it('is in English under /en: its text, its language, its head tags', async () => {
    const { data } = await server.gql(offeringQuery);
    const offering = data.offering;
    const page = await get('/en/offerings/viettel-cloud-server');
    expect(page.status).toBe(200);
    expect(page.main).toContain(en.offeringPage.plans);
    expect(page.main).not.toContain(vi.offeringPage.plans);
    expect(page.main).toContain(offering.summaryEn);
    // The partner's English texts, not the Vietnamese ones.
    expect(page.document.querySelector('h1')?.textContent).toBe(offering.nameEn);
    expect(page.main).toContain(offering.descriptionEn);
    expect(page.main).not.toContain(offering.description);
    for (const plan of offering.plans) expect(page.main).toContain(formatVnd(plan.price.amount));
    const head = headOf(page.document);
    expect(head.title).toBe(`${offering.nameEn} — Mây Việt`);
    const product = head.jsonLd.find((item) => item['@type'] === 'Product');
    expect(product.name).toBe(offering.nameEn);
    expect(product.offers.map((offer: { name: string }) => offer.name)).toEqual(offering.plans.map((plan: { name: string; nameEn: string | null }) => plan.nameEn ?? plan.name));
    expect(head.lang).toBe('en');
    expect(head.description).toBe(offering.summaryEn);
    expect(head.canonical).toBe(`${server.url}/en/offerings/viettel-cloud-server`);
    expect(head.og['og:locale']).toBe('en_US');
    expect(head.og['og:url']).toBe(`${server.url}/en/offerings/viettel-cloud-server`);
    expectAlternates(head, server.url, '/offerings/viettel-cloud-server');
    expect(page.document.querySelector('.lang-switch')?.getAttribute('href')).toBe('/offerings/viettel-cloud-server');
  });

  it('is rendered in at most 2 SQL statements, read in one snapshot, and says how many', async () => {
    const page = await get('/offerings/viettel-cloud-server');
    const statements = Number(page.headers.get('x-sql-statements'));
    expect(statements).toBeGreaterThan(0);
    // offering(slug:) reads the relations the page shows with the offering (tests/api/offering-page.spec.ts)
    expect(statements).toBeLessThanOrEqual(2);
    expect(page.headers.get('server-timing')).toMatch(/render;dur=[\d.]+/);
  });
});

describe('a vendor page', () => {
  it('carries the profile and its offerings, with an Organization for search engines', async () => {
    const { data } = await server.gql(`{ vendor(slug: "viettel-idc") { name description descriptionEn website offerings(first: 100) { totalCount nodes { name nameEn } } } }`);
    const vendor = data.vendor;
    for (const lang of ['vi', 'en'] as const) {
      const prefix = lang === 'en' ? '/en' : '';
      const page = await get(`${prefix}/vendors/viettel-idc`);
      expect(page.status).toBe(200);
      expect(page.document.querySelector('h1')?.textContent).toBe(vendor.name);
      expect(page.main).toContain(dictionaries[lang].vendorPage.offerings(formatCount(vendor.offerings.totalCount, lang)));
      for (const offering of vendor.offerings.nodes) expect(page.main).toContain(lang === 'en' ? (offering.nameEn ?? offering.name) : offering.name);
      const description = lang === 'en' && vendor.descriptionEn ? vendor.descriptionEn : vendor.description;
      const head = headOf(page.document);
      expect(head.lang).toBe(lang);
      expect(head.title).toBe(`${vendor.name} — Mây Việt`);
      expect(head.description).toBe(description);
      expect(head.canonical).toBe(`${server.url}${prefix}/vendors/viettel-idc`);
      expectAlternates(head, server.url, '/vendors/viettel-idc');
      expect(head.jsonLd.find((item) => item['@type'] === 'Organization')).toMatchObject({
        '@context': 'https://schema.org',
        name: vendor.name,
        url: vendor.website,
        description,
      });
    }
  });
});

describe('the catalogue', () => {
  it('carries the first page of results for the address’s filters and their count', async () => {
    const { data } = await server.gql(`{ offerings(filter: { kinds: [IAAS] }, first: 20) { totalCount nodes { name lowestPrice { price { amount } } } } }`);
    const page = await get('/catalog?kind=iaas');
    expect(page.status).toBe(200);
    expect(page.main).toContain(vi.catalog.results(formatCount(data.offerings.totalCount, 'vi')));
    const names = Array.from(page.document.querySelectorAll('.card-grid .offering-card__name')).map((element) => element.textContent?.trim());
    expect(names).toEqual(data.offerings.nodes.map((node: { name: string }) => node.name));
    for (const node of data.offerings.nodes) if (node.lowestPrice) expect(page.main).toContain(formatVnd(node.lowestPrice.price.amount));
    const head = headOf(page.document);
    expect(head.title).toBe(`${vi.catalog.title} — Mây Việt`);
    expect(head.canonical).toBe(`${server.url}/catalog?kind=iaas`);
    expect(head.robots).toBeNull();
    expect(head.description).toContain(formatCount(data.offerings.totalCount, 'vi'));
    expectAlternates(head, server.url, '/catalog?kind=iaas');

    const english = await get('/en/catalog?kind=iaas');
    expect(english.main).toContain(en.catalog.results(formatCount(data.offerings.totalCount, 'en')));
    expect(headOf(english.document).lang).toBe('en');
  });

  it('gives a view one canonical address and keeps searches out of the index', async () => {
    const reordered = headOf((await get('/catalog?vn=1&kind=iaas&utm_source=mail')).document);
    expect(reordered.canonical).toBe(`${server.url}/catalog?kind=iaas&vn=1`);
    const search = await get('/catalog?q=m%C3%A1y%20ch%E1%BB%A7');
    expect(search.status).toBe(200);
    expect(search.main).toMatch(/dịch vụ phù hợp với “máy chủ”/);
    expect(headOf(search.document).robots).toBe('noindex, follow');
  });
});

describe('the home page and the report', () => {
  it('home: the figures, recent offerings and a WebSite with its search', async () => {
    const { data } = await server.gql(`{ offerings(first: 6, sort: UPDATED_DESC) { totalCount nodes { name } } }`);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.main).toContain(vi.home.heroTitle);
    expect(page.main).toContain(vi.home.figureOfferings);
    for (const node of data.offerings.nodes) expect(page.main).toContain(node.name);
    const head = headOf(page.document);
    expect(head.title).toBe(vi.siteTitle);
    expect(head.canonical).toBe(`${server.url}/`);
    expectAlternates(head, server.url, '/');
    expect(head.jsonLd.find((item) => item['@type'] === 'WebSite')).toMatchObject({
      url: `${server.url}/`,
      potentialAction: { '@type': 'SearchAction', target: `${server.url}/catalog?q={search_term_string}` },
    });
    const english = await get('/en');
    expect(english.main).toContain(en.home.heroTitle);
    expect(headOf(english.document)).toMatchObject({ lang: 'en', title: en.siteTitle, canonical: `${server.url}/en` });
  });

  it('report: its figures in tables, as the site writes them', async () => {
    const { data } = await server.gql(`{ ecosystemReport { publishedOfferings offeringsByCategory { category { name } count } } }`);
    const page = await get('/report');
    expect(page.status).toBe(200);
    expect(page.document.querySelector('h1')?.textContent).toBe(vi.report.title);
    expect(page.main).toContain(formatCount(data.ecosystemReport.publishedOfferings, 'vi'));
    for (const row of data.ecosystemReport.offeringsByCategory) expect(page.main).toContain(row.category.name);
    const head = headOf(page.document);
    expect(head.title).toBe(`${vi.report.title} — Mây Việt`);
    expect(head.description).toBe(vi.report.lead);
    expect(head.canonical).toBe(`${server.url}/report`);
  });
});

describe('a shared stack', () => {
  it('carries its name, lines and totals from the API, kept out of search indexes', async () => {
    const { data } = await server.gql(`query($id: ID!) { stack(id: $id) { name items { plan { name } } evaluation { monthlyTotal { amount } } } }`, { id: stackId });
    const page = await get(`/stacks/${stackId}`);
    expect(page.status).toBe(200);
    expect(page.document.querySelector('h1')?.textContent).toBe('Hạ tầng Sở Y tế');
    expect(page.main).toContain(data.stack.items[0].plan.name);
    expect(page.main).toContain(formatVnd(data.stack.evaluation.monthlyTotal.amount));
    const head = headOf(page.document);
    expect(head.title).toBe('Hạ tầng Sở Y tế — Mây Việt');
    expect(head.robots).toBe('noindex, nofollow');
    const english = await get(`/en/stacks/${stackId}`);
    expect(headOf(english.document).lang).toBe('en');
  });
});

describe('text that looks like markup', () => {
  it('stays text: in the title, the head tags and the data block, nothing closes an element or runs', async () => {
    const { data } = await server.gql(`{ offering(slug: "viettel-cloud-server") { plans { id } } }`);
    const name = 'Sở Y tế </script><script>alert("x")</script> <!-- " & \'';
    const saved = await server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
      input: { name, items: [{ planId: data.offering.plans[0].id, quantity: 1 }] },
    });
    const page = await get(`/stacks/${saved.data.saveStack.stack.id}`);
    expect(page.status).toBe(200);
    expectNoInlineCode(page.document);
    expect(page.document.querySelector('h1')?.textContent).toBe(name);
    const head = headOf(page.document);
    expect(head.title).toBe(`${name} — Mây Việt`);
    expect(head.og['og:title']).toBe(name);
    // The browser reads the same name back from the page's data block.
    const state = JSON.parse(page.document.getElementById('mv-state')?.textContent ?? '') as { results: Record<string, { data: string }> };
    expect(Object.values(state.results).map((result) => JSON.parse(result.data).stack?.name)).toContain(name);
    expect(page.html).not.toContain('<script>alert');
  });
});

describe('addresses that show nothing', () => {
  const cases = [
    { path: '/nothing-here', lang: 'vi', text: vi.notFound.title },
    { path: '/en/nothing', lang: 'en', text: en.notFound.title },
    { path: '/offerings/no-such', lang: 'vi', text: vi.offeringPage.notFoundTitle },
    { path: '/en/offerings/no-such', lang: 'en', text: en.offeringPage.notFoundTitle },
    { path: '/vendors/no-such', lang: 'vi', text: vi.vendorPage.notFoundTitle },
    { path: '/stacks/no-such', lang: 'vi', text: 'Không tìm thấy bộ giải pháp' },
  ] as const;

  it('answer 404 with the site’s not-found page, in the address’s language, never indexed', async () => {
    for (const { path, lang, text } of cases) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(page.document.querySelector('h1')?.textContent, path).toBe(text);
      const head = headOf(page.document);
      expect(head.lang, path).toBe(lang);
      expect(head.title, path).toBe(`${text} — Mây Việt`);
      expect(head.robots, path).toBe('noindex, nofollow');
      expect(head.canonical, path).toBeNull();
    }
  });

  it('leave files and assets to 404 without a page', async () => {
    for (const path of ['/nothing-here.js', '/assets/nope.css', '/assets/nothing']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toContain('text/html');
    }
  });
});

describe('pages the browser renders', () => {
  it('get the shell, in the address’s language, with a title', async () => {
    for (const [path, lang] of [['/compare/offerings?slugs=a,b', 'vi'], ['/en/console', 'en'], ['/staff', 'vi'], ['/en/requests', 'en']] as const) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      const head = headOf(page.document);
      expect(head.lang, path).toBe(lang);
      expect(head.title, path).toBe(dictionaries[lang].siteTitle);
      expect(head.robots, path).toBe('noindex, follow');
      expect(page.document.querySelector('#root main'), path).toBeNull();
      expectNoInlineCode(page.document);
    }
  });

  it('the stack builder among them is a page to find: its own title, description and addresses, indexable', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = dictionaries[lang];
      const page = await get(lang === 'en' ? '/en/stack' : '/stack');
      expect(page.status).toBe(200);
      const head = headOf(page.document);
      expect(head.lang).toBe(lang);
      expect(head.title).toBe(`${t.nav.stack} — Mây Việt`);
      expect(head.description).toBe(t.meta.stackBuilderDescription);
      expect(head.robots).toBeNull();
      expect(head.canonical).toBe(`${server.url}${lang === 'en' ? '/en' : ''}/stack`);
      expectAlternates(head, server.url, '/stack');
      expect(page.document.querySelector('#root main')).toBeNull();
    }
  });
});

describe('absolute addresses', () => {
  it('use SITE_URL when it is set', async () => {
    const other = await startServer({ webDist, settings: { siteUrl: 'https://mayviet.example' } });
    try {
      const head = headOf((await get('/en/vendors/viettel-idc', other.url)).document);
      expect(head.canonical).toBe('https://mayviet.example/en/vendors/viettel-idc');
      expect(head.og['og:url']).toBe('https://mayviet.example/en/vendors/viettel-idc');
      expect(head.alternates.vi).toBe('https://mayviet.example/vendors/viettel-idc');
    } finally {
      await other.close();
    }
  });

  it('use the request’s own Host otherwise', async () => {
    const html = await new Promise<string>((done, fail) => {
      request(`${server.url}/vendors/viettel-idc`, { headers: { host: 'cho.mayviet.test:8080' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(body));
      })
        .on('error', fail)
        .end();
    });
    expect(headOf(parseHTML(html).document).canonical).toBe('http://cho.mayviet.test:8080/vendors/viettel-idc');
  });
});

describe('when the page cannot be rendered', () => {
  it('serves the shell for the browser to render, and logs why', async () => {
    // A budget smaller than the offering page's query: the API refuses it, the visitor still gets the site.
    const captured = capturedLog();
    const other = await startServer({ webDist, settings: { budgetCapacity: 5, budgetRestorePerSecond: 1 }, log: captured.log });
    try {
      const page = await get('/offerings/viettel-cloud-server', other.url);
      expect(page.status).toBe(200);
      expect(page.document.querySelector('#root main')).toBeNull();
      expect(headOf(page.document).lang).toBe('vi');
      const failure = captured.entries().find((entry) => entry.msg === 'page not rendered on the server; the browser renders it');
      expect(failure).toBeDefined();
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!inject('templateDatabase'))('one snapshot (PostgreSQL only: PGlite shows no locks)', () => {
  it('reads every query of a page in one transaction: the second query runs where the first one read', async () => {
    // The catalogue asks for its offerings, then for the frameworks it can filter by. With the frameworks'
    // table locked, the second query waits: its transaction must already hold what the first one read
    // (the page's offerings), which only one transaction for the whole page does.
    const owner = postgres(server.owner.url!, { max: 1, onnotice: () => {} });
    const observer = postgres(server.owner.url!, { max: 1, onnotice: () => {} });
    try {
      let answer: Promise<Response> | undefined;
      await owner.begin(async (sql) => {
        await sql`lock table compliance_frameworks in access exclusive mode`;
        answer = fetch(`${server.url}/catalog?kind=paas`);
        const waiting = async () =>
          (await observer`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`).map((row) => row.pid as number);
        await expect.poll(waiting, { timeout: 20_000 }).toHaveLength(1);
        const [pid] = await waiting();
        const held = await observer`select c.relname from pg_locks l join pg_class c on c.oid = l.relation where l.pid = ${pid!} and l.granted`;
        expect(held.map((row) => row.relname)).toContain('offerings');
      });
      const page = await answer!;
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1 class="page__title">');
    } finally {
      await owner.end();
      await observer.end();
    }
  });
});

describe('a page’s later queries and the query budget', () => {
  it('are paid from what this instance knows of the budget while the page holds its snapshot, never waiting on the database', async () => {
    // On the embedded database the snapshot holds the one connection: a budget statement would wait for
    // the page, which waits for the budget.
    const { database, drop } = await freshDatabase();
    const budgets = postgresBudgets(database, { capacity: 100, restorePerSecond: 0.001 }, createLogger('silent'));
    const reads = requestDatabase(database);
    try {
      const subject = 'address:192.0.2.7';
      expect((await budgets.take(subject, 60)).granted).toBe(true);
      reads.begin();
      await reads.db.execute(sql`select 1`);
      expect(reads.holdsSnapshot()).toBe(true);
      expect((await budgets.take(subject, 30, true)).granted).toBe(true);
      expect((await budgets.take(subject, 30, true)).granted).toBe(false);
    } finally {
      await reads.finish();
      await budgets.close();
      await drop();
    }
  });
});
