import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { firstPlans } from '../support/stacks.ts';

const webDist = resolve('packages/web/dist');

let server: TestServer;
let stackId: string;
beforeAll(async () => {
  server = await startServer({ webDist });
  const plan = (await firstPlans(server, 'viettel-cloud-server'))['viettel-cloud-server']!;
  const saved = await server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
    input: { name: 'Ngăn xếp in', items: [{ planId: plan.id, quantity: 2 }] },
  });
  stackId = saved.data.saveStack.stack.id;
});
afterAll(() => server.close());

/** The directives of a Content-Security-Policy header, each with its sources. */
function directives(policy: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

interface Answer {
  what: string;
  path: string;
  init?: RequestInit;
  status?: number;
}

const graphqlPost = (query: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

const answers = (): Answer[] => {
  const script = readdirSync(resolve(webDist, 'assets')).find((file) => file.startsWith('index-') && file.endsWith('.js'))!;
  return [
    { what: 'the home page', path: '/' },
    { what: 'a client-side route', path: '/catalog' },
    { what: 'the staff console', path: '/staff' },
    { what: 'a script', path: `/assets/${script}` },
    { what: 'the favicon', path: '/favicon.svg' },
    { what: 'a GraphQL answer', path: '/graphql', init: graphqlPost('{ categories(kind: IAAS) { slug } }') },
    { what: 'a GraphQL error', path: '/graphql', init: graphqlPost('{ nothingHere }'), status: 400 },
    { what: 'a GraphQL GET', path: `/graphql?query=${encodeURIComponent('{ categories(kind: IAAS) { slug } }')}`, init: { headers: { 'apollo-require-preflight': 'true' } } },
    { what: 'a CORS preflight', path: '/graphql', init: { method: 'OPTIONS' }, status: 204 },
    { what: 'a body that is no JSON', path: '/graphql', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }, status: 400 },
    { what: 'the schema', path: '/schema.graphql' },
    { what: 'health', path: '/healthz' },
    { what: 'readiness', path: '/readyz' },
    { what: 'the report export', path: '/export/report.csv' },
    { what: 'a stack export (CSV)', path: `/export/stacks/${stackId}.csv` },
    { what: 'an unknown stack export', path: '/export/stacks/AAAA.csv', status: 404 },
    { what: 'a missing file', path: '/nothing-here.js', status: 404 },
  ];
};

function expectSecurityHeaders(headers: Headers, label: string) {
  expect(headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(headers.get('x-frame-options'), label).toBe('DENY');
  expect(headers.get('referrer-policy'), label).toBe('strict-origin-when-cross-origin');
  expect(headers.get('cross-origin-opener-policy'), label).toBe('same-origin');
  const policy = directives(headers.get('content-security-policy'));
  expect(policy.get('default-src'), label).toEqual(["'self'"]);
  expect(policy.get('script-src'), label).toEqual(["'self'"]);
  expect(policy.get('object-src'), label).toEqual(["'none'"]);
  expect(policy.get('base-uri'), label).toEqual(["'self'"]);
  expect(policy.get('form-action'), label).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), label).toEqual(["'none'"]);
  return policy;
}

describe('security headers', () => {
  it('are on every answer: site, files, API, errors, exports, 404s', async () => {
    for (const answer of answers()) {
      const response = await fetch(`${server.url}${answer.path}`, answer.init);
      expect(response.status, answer.what).toBe(answer.status ?? 200);
      const policy = expectSecurityHeaders(response.headers, answer.what);
      // The site's own policy: no inline style either.
      expect(policy.get('style-src'), answer.what).toEqual(["'self'"]);
    }
  });

  it('are on a refused oversized body too', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expectSecurityHeaders(response.headers, '413');
  });

  it('give GraphiQL its own policy: workers and Monaco’s inline styles, still no inline script', async () => {
    for (const path of ['/graphql', '/graphiql.html']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      const policy = expectSecurityHeaders(response.headers, path);
      expect(policy.get('worker-src'), path).toEqual(["'self'"]);
      expect(policy.get('style-src'), path).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  it('let the printable stack page keep its own styles (by hash) and print button (an external script), nothing inline', async () => {
    const response = await fetch(`${server.url}/export/stacks/${stackId}.html`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const policy = expectSecurityHeaders(response.headers, 'printable page');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
    expect(styles).toHaveLength(1);
    expect(policy.get('style-src')).toEqual(styles);
    expect(html).not.toMatch(/\son\w+=/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body).toBe('');
      const src = /src="([^"]+)"/.exec(attributes!)![1]!;
      const script = await fetch(new URL(src, `${server.url}/export/stacks/`));
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(await script.text()).toContain('print()');
    }
  });
});

describe('session cookies', () => {
  const signInMutation = `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`;

  it('are Secure when a trusted proxy says the request came over HTTPS, and only then', async () => {
    const behindProxy = await startServer({ settings: { trustedProxies: ['loopback'] } });
    try {
      const { user } = await createPartner(behindProxy.database, 'vnpt-it', 'OWNER');
      const input = { email: user.email, password: user.password };
      const https = await behindProxy.gql(signInMutation, { input }, { 'x-forwarded-proto': 'https' });
      expect(https.headers.get('set-cookie')).toMatch(/; Secure$/);
      const http = await behindProxy.gql(signInMutation, { input }, { 'x-forwarded-proto': 'http' });
      expect(http.headers.get('set-cookie')).not.toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
    const { user } = await createPartner(server.database, 'vnpt-it', 'OWNER');
    const untrusted = await server.gql(signInMutation, { input: { email: user.email, password: user.password } }, { 'x-forwarded-proto': 'https' });
    expect(untrusted.headers.get('set-cookie')).toMatch(/^mv_session=/);
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});
