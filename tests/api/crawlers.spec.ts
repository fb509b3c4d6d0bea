import { request, type IncomingHttpHeaders } from 'node:http';
import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startAnotherInstance, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// What search engines read: /robots.txt keeps them to the public site and names the sitemap; /sitemap.xml
// lists every public page in Vietnamese and English, follows the catalogue at once on every instance, and
// splits into an index of numbered parts past the per-file limit.

let server: TestServer;
/** a second instance on the same database, with SITE_URL set */
let public_: TestServer;
let partner: Record<string, string>;
let staff: Record<string, string>;
let dataCenters: string[];

beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  public_ = await startAnotherInstance(server, { settings: { ...roomyBudget, siteUrl: 'https://mayviet.vn' } });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'vng-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  dataCenters = (await server.gql(`{ vendor(slug: "vng-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(async () => {
  await public_.close();
  await server.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One request over node:http, so the Host header is the test's to choose. */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    })
      .on('error', reject)
      .end();
  });
}

async function call(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(query, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as any;
  expect(result.userErrors).toEqual([]);
  return result;
}

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xhtmlNs = 'http://www.w3.org/1999/xhtml';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link': { rel: string; hreflang: string; href: string }[];
}

/** The document parsed, after checking it is well-formed XML with the declaration the protocol asks for. */
function parseXml(text: string): any {
  expect(XMLValidator.validate(text)).toBe(true);
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(text);
}

function urlsetOf(answer: Answer): SitemapUrl[] {
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('application/xml; charset=utf-8');
  const document = parseXml(answer.text);
  expect(document.sitemapindex).toBeUndefined();
  expect(document.urlset.xmlns).toBe(sitemapNs);
  expect(document.urlset['xmlns:xhtml']).toBe(xhtmlNs);
  return document.urlset.url ?? [];
}

const sitemap = async (base: string, headers: Record<string, string> = {}) => urlsetOf(await get(base, '/sitemap.xml', headers));

/** A page of the Vietnamese site at `path` as the English one: /en, /en/catalog… */
const english = (path: string) => (path === '/' ? '/en' : `/en${path}`);

/** The public pages the catalogue has, each with its last change in whole seconds since 1970 (null: none given). */
async function expectedPages(): Promise<Map<string, number | null>> {
  const found = await rows<{ path: string; modified: string }>(
    server.database,
    sql`select '/offerings/' || o.slug as path, floor(extract(epoch from o.updated_at))::bigint::text as modified
          from offerings o where o.status = 'PUBLISHED'
        union all
        select '/vendors/' || v.slug, floor(extract(epoch from greatest(v.updated_at, max(o.updated_at))))::bigint::text
          from vendors v join offerings o on o.vendor_id = v.id and o.status = 'PUBLISHED' group by v.id`,
  );
  return new Map<string, number | null>([['/', null], ['/catalog', null], ['/report', null], ...found.map((row) => [row.path, Number(row.modified)] as const)]);
}

/**
 * Checks every entry: an absolute address on `origin`, the page in both languages, each naming both and
 * the Vietnamese one as x-default, with the page's last change; returns the pages listed, with it.
 */
function pagesOf(urls: SitemapUrl[], origin: string): Map<string, number | null> {
  const pages = new Map<string, number | null>();
  const locs = new Set<string>();
  for (const url of urls) {
    expect(locs.has(url.loc), `${url.loc} listed once`).toBe(false);
    locs.add(url.loc);
    expect(url.loc.startsWith(`${origin}/`), url.loc).toBe(true);
    const path = url.loc.slice(origin.length);
    const vietnamese = path === '/en' ? '/' : path.startsWith('/en/') ? path.slice(3) : path;
    const alternates = Object.fromEntries(url['xhtml:link'].map((link) => [link.hreflang, link]));
    expect(url['xhtml:link']).toHaveLength(3);
    expect(url['xhtml:link'].every((link) => link.rel === 'alternate')).toBe(true);
    expect(alternates['vi']?.href).toBe(`${origin}${vietnamese}`);
    expect(alternates['en']?.href).toBe(`${origin}${english(vietnamese)}`);
    expect(alternates['x-default']?.href).toBe(`${origin}${vietnamese}`);
    let modified: number | null = null;
    if (url.lastmod !== undefined) {
      expect(url.lastmod, 'a W3C datetime in UTC').toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      modified = Date.parse(url.lastmod) / 1000;
    }
    if (pages.has(vietnamese)) expect(pages.get(vietnamese), `${vietnamese}: one last change in both languages`).toBe(modified);
    pages.set(vietnamese, modified);
  }
  for (const page of pages.keys()) {
    expect(locs.has(`${origin}${page}`), `${page} in Vietnamese`).toBe(true);
    expect(locs.has(`${origin}${english(page)}`), `${page} in English`).toBe(true);
  }
  return pages;
}

const originOf = (running: TestServer) => running.url;

async function newListing(name: string): Promise<{ id: string; slug: string }> {
  const created = await call(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id slug } userErrors { code } } }`,
    {
      input: {
        name,
        summary: 'Máy chủ ảo cho doanh nghiệp.',
        description: 'Máy chủ ảo tại trung tâm dữ liệu trong nước.',
        kind: 'IAAS',
        categorySlug: 'compute',
        dataCenterIds: dataCenters,
        plans: [{ name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH' }],
      },
    },
    partner,
  );
  return created.offering;
}

const listingMutation = (field: string, args = '$id: ID!', pass = 'id: $id') =>
  `mutation(${args}) { ${field}(${pass}) { offering { id } userErrors { code } } }`;

describe('robots.txt', () => {
  it('keeps crawlers to the public site and names the sitemap on the request’s own host', async () => {
    const answer = await get(server.url, '/robots.txt', { host: 'mayviet.example:8080' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = answer.text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    for (const line of lines) expect(line, 'a field and its value').toMatch(/^(User-agent|Allow|Disallow|Sitemap): \S+$/);
    expect(lines[0]).toBe('User-agent: *');
    const disallowed = lines.filter((line) => line.startsWith('Disallow: ')).map((line) => line.slice('Disallow: '.length));
    const privatePages = ['/console', '/staff', '/requests', '/stacks/', '/compare'];
    expect(disallowed).toEqual(expect.arrayContaining([...privatePages, ...privatePages.map(english), '/graphql', '/export/']));
    // the catalogue, its listings, vendors and the report stay open in both languages
    for (const open of ['/', '/catalog', '/offerings/x', '/vendors/x', '/report', '/stack', '/en', '/en/catalog', '/en/offerings/x', '/en/stack']) {
      expect(disallowed.some((rule) => open.startsWith(rule)), open).toBe(false);
    }
    expect(lines).toContain('Allow: /');
    expect(lines.filter((line) => line.startsWith('Sitemap: '))).toEqual(['Sitemap: http://mayviet.example:8080/sitemap.xml']);
  });

  it('names the sitemap on SITE_URL when it is set, whatever the Host', async () => {
    const answer = await get(public_.url, '/robots.txt', { host: 'elsewhere.example' });
    expect(answer.text).toMatch(/^Sitemap: https:\/\/mayviet\.vn\/sitemap\.xml$/m);
    expect(answer.text).not.toContain('elsewhere.example');
    const head = await get(public_.url, '/robots.txt', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });
});

describe('sitemap.xml', () => {
  it('lists the home page, the catalogue, the report, every published listing and its vendor, in both languages with their last change', async () => {
    const pages = pagesOf(await sitemap(server.url), originOf(server));
    expect(pages).toEqual(await expectedPages());
    const vendorsWithout = await rows<{ slug: string }>(
      server.database,
      sql`select v.slug from vendors v where not exists (select 1 from offerings o where o.vendor_id = v.id and o.status = 'PUBLISHED')`,
    );
    for (const { slug } of vendorsWithout) expect(pages.has(`/vendors/${slug}`)).toBe(false);
  });

  it('writes its addresses on SITE_URL, else on each request’s own host', async () => {
    const onSiteUrl = await sitemap(public_.url, { host: 'elsewhere.example' });
    expect(pagesOf(onSiteUrl, 'https://mayviet.vn')).toEqual(await expectedPages());
    expect(onSiteUrl.length).toBeGreaterThan(6);
    for (const host of ['one.example', 'two.example:8443']) {
      const urls = await sitemap(server.url, { host });
      expect(urls.every((url) => url.loc.startsWith(`http://${host}/`))).toBe(true);
    }
  });

  it('adds a listing at its approval and drops it at its archiving, at the next request of every instance; drafts and listings in review stay out', async () => {
    const pagesNow = async () => [pagesOf(await sitemap(server.url), originOf(server)), pagesOf(await sitemap(public_.url), 'https://mayviet.vn')];
    // both instances have the list cached before anything changes
    await pagesNow();
    const listing = await newListing('Máy chủ Sitemap Đà Lạt');
    const page = `/offerings/${listing.slug}`;
    for (const pages of await pagesNow()) expect(pages.has(page), 'a draft').toBe(false);
    await call(listingMutation('submitOffering'), { id: listing.id }, partner);
    for (const pages of await pagesNow()) expect(pages.has(page), 'in review').toBe(false);

    const [{ now }] = (await rows<{ now: string }>(server.database, sql`select floor(extract(epoch from now()))::bigint::text as now`)) as [{ now: string }];
    await call(listingMutation('approveOffering'), { id: listing.id }, staff);
    for (const pages of await pagesNow()) {
      expect(pages.get(page), 'published: listed with the time of its approval').toBeGreaterThanOrEqual(Number(now));
      expect(pages.get('/vendors/vng-cloud'), 'its vendor changed with it').toBeGreaterThanOrEqual(Number(now));
      expect(pages).toEqual(await expectedPages());
    }

    await call(listingMutation('archiveListing', '$id: ID!, $reason: String!', 'id: $id, reason: $reason'), { id: listing.id, reason: 'Sai giá' }, staff);
    for (const pages of await pagesNow()) {
      expect(pages.has(page), 'archived').toBe(false);
      expect(pages).toEqual(await expectedPages());
    }
  });

  it('reads the catalogue once per version: until it changes, a request reads the version alone', async () => {
    const statements = async (running: TestServer) => Number((await get(running.url, '/sitemap.xml')).headers['x-sql-statements']);
    await statements(server);
    expect(await statements(server)).toBe(1);
    // another origin, the same pages
    expect(Number((await get(server.url, '/sitemap.xml', { host: 'third.example' })).headers['x-sql-statements'])).toBe(1);
    const listing = await newListing('Máy chủ Sitemap Cần Thơ');
    await call(listingMutation('submitOffering'), { id: listing.id }, partner);
    expect(await statements(server), 'a listing in review changes no public page').toBe(1);
    await call(listingMutation('approveOffering'), { id: listing.id }, staff);
    expect(await statements(server)).toBe(2);
    expect(await statements(server)).toBe(1);
  });

  it('drops the listings and the page of a suspended organization, and brings them back when it is lifted', async () => {
    await createKey(server.database, 'bizfly-cloud', ['listings:read']);
    const organizations = await server.gql(`{ organizations { organization { id vendor { slug } } } }`, {}, staff);
    const bizfly = organizations.data.organizations.find((o: { organization: { vendor: { slug: string } } }) => o.organization.vendor.slug === 'bizfly-cloud').organization.id;
    const bizflyListings = async () =>
      (
        await rows<{ path: string }>(
          server.database,
          sql`select '/offerings/' || o.slug as path from offerings o join vendors v on v.id = o.vendor_id
              where v.slug = 'bizfly-cloud' and o.status = 'PUBLISHED'`,
        )
      ).map((row) => row.path);
    const listings = await bizflyListings();
    expect(listings.length).toBeGreaterThan(0);
    const before = pagesOf(await sitemap(public_.url), 'https://mayviet.vn');
    expect(before.has('/vendors/bizfly-cloud')).toBe(true);
    for (const path of listings) expect(before.has(path), path).toBe(true);

    const change = (field: string, reason = true) =>
      server.gql(`mutation($id: ID!) { ${field}(id: $id${reason ? ', reason: "Đang xác minh"' : ''}) { userErrors { code } } }`, { id: bizfly }, staff);
    expect((await change('suspendOrganization')).data.suspendOrganization.userErrors).toEqual([]);
    const suspended = pagesOf(await sitemap(public_.url), 'https://mayviet.vn');
    expect(suspended.has('/vendors/bizfly-cloud')).toBe(false);
    expect(await bizflyListings()).toEqual([]);
    for (const path of listings) expect(suspended.has(path), path).toBe(false);
    expect(suspended).toEqual(await expectedPages());

    expect((await change('liftSuspension', false)).data.liftSuspension.userErrors).toEqual([]);
    expect(pagesOf(await sitemap(server.url), originOf(server))).toEqual(before);
  });

  it('answers HEAD, and 304 to a client that holds the current version, until the catalogue changes', async () => {
    const first = await get(server.url, '/sitemap.xml');
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['vary']).toMatch(/accept-encoding/i);

    const head = await get(server.url, '/sitemap.xml', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);

    const unchanged = await get(server.url, '/sitemap.xml', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
    expect(unchanged.headers.etag).toBe(etag);
    expect(unchanged.headers['x-sql-statements'], 'the catalog version alone').toBe('1');
    // another host's sitemap is another document
    expect((await get(server.url, '/sitemap.xml', { 'if-none-match': etag, host: 'other.example' })).status).toBe(200);

    const listing = await newListing('Máy chủ Sitemap Huế');
    await call(listingMutation('submitOffering'), { id: listing.id }, partner);
    await call(listingMutation('approveOffering'), { id: listing.id }, staff);
    const changed = await get(server.url, '/sitemap.xml', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.text).toContain(`/offerings/${listing.slug}</loc>`);
  });

  it('becomes an index of numbered parts when it has more addresses than one file may hold', async () => {
    const whole = await sitemap(server.url);
    const perFile = 7;
    const split = await startAnotherInstance(server, { settings: { ...roomyBudget, sitemapUrlsPerFile: perFile } });
    try {
      const index = await get(split.url, '/sitemap.xml');
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
      const document = parseXml(index.text);
      expect(document.urlset).toBeUndefined();
      expect(document.sitemapindex.xmlns).toBe(sitemapNs);
      const parts = document.sitemapindex.sitemap as { loc: string; lastmod?: string }[];
      expect(parts.map((part) => part.loc)).toEqual(Array.from({ length: Math.ceil(whole.length / perFile) }, (_, i) => `${split.url}/sitemaps/${i + 1}.xml`));

      const listed: SitemapUrl[] = [];
      for (const part of parts) {
        const urls = urlsetOf(await get(split.url, new URL(part.loc).pathname));
        expect(urls.length).toBeGreaterThan(0);
        expect(urls.length).toBeLessThanOrEqual(perFile);
        const newest = Math.max(...urls.map((url) => (url.lastmod ? Date.parse(url.lastmod) : 0)));
        expect(part.lastmod === undefined ? 0 : Date.parse(part.lastmod), 'a part’s last change is its newest entry’s').toBe(newest);
        listed.push(...urls);
      }
      expect(listed.map((url) => url.loc.slice(split.url.length))).toEqual(whole.map((url) => url.loc.slice(server.url.length)));

      for (const missing of ['/sitemaps/0.xml', `/sitemaps/${parts.length + 1}.xml`, '/sitemaps/01.xml']) {
        expect((await get(split.url, missing)).status, missing).toBe(404);
      }
      expect((await get(server.url, '/sitemaps/1.xml')).status, 'no parts while one file holds it all').toBe(404);
    } finally {
      await split.close();
    }
  });
});
