import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { firstPlans, saveMutation, type PlanInfo } from '../support/stacks.ts';

// This server sits behind a (pretend) load balancer, so each test can speak from its own client address,
// and charges VAT at 8% to show the rate is configurable.
let server: TestServer;
let p: Record<string, PlanInfo>;
let stackId: string;
beforeAll(async () => {
  server = await startServer({ settings: { trustedProxies: ['loopback', 'uniquelocal'], quoteRequestsPerHour: 3, vatBasisPoints: 800 } });
  p = await firstPlans(server, 'viettel-cloud-server', 'viettel-cloud-backup', 'cmc-waf', 'cmc-cloud-server', 'misa-accounting-online');
  stackId = await saveStack([
    { planId: p['viettel-cloud-server']!.id, quantity: 2 },
    { planId: p['cmc-cloud-server']!.id, quantity: 1 },
    { planId: p['cmc-waf']!.id, quantity: 1 },
    { planId: p['viettel-cloud-backup']!.id, quantity: 200 },
    { planId: p['misa-accounting-online']!.id, quantity: 10 },
  ]);
});
afterAll(() => server.close());

async function saveStack(items: { planId: string; quantity: number }[]): Promise<string> {
  const response = await server.gql(saveMutation, { input: { name: 'Cổng dịch vụ công', items } });
  expect(response.data.saveStack.userErrors).toEqual([]);
  return response.data.saveStack.stack.id;
}

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const quoteMutation = `mutation($input: RequestQuoteInput!) {
  requestQuote(input: $input) {
    quoteRequest { id organization createdAt stack { id name } vendors { slug } }
    accessToken
    userErrors { field message code }
  }
}`;

const contact = { contactName: 'Nguyễn Thị Lan', contactEmail: 'lan.nguyen@sotttt.danang.gov.vn', organization: 'Trung tâm dữ liệu thành phố', message: 'Cần báo giá trong tuần.' };

function requestQuote(input: Record<string, unknown>, from: string) {
  return server.gql(quoteMutation, { input: { stackId, ...contact, ...input } }, { 'x-forwarded-for': `${from}, 10.0.0.1` });
}

describe('requestQuote', () => {
  it('creates one request per vendor, each with only its own lines and the contact', async () => {
    const response = await requestQuote({}, '203.0.113.10');
    expect(response.errors).toBeUndefined();
    const { quoteRequest, userErrors } = response.data.requestQuote;
    expect(userErrors).toEqual([]);
    expect(quoteRequest.organization).toBe('Trung tâm dữ liệu thành phố');
    expect(quoteRequest.stack.id).toBe(stackId);
    expect(quoteRequest.vendors.map((v: { slug: string }) => v.slug).sort()).toEqual(['cmc-cloud', 'misa', 'viettel-idc']);

    const parts = await rows<{ vendor: string; subtotal: string; lines: { plan: string; quantity: number; price: string }[] }>(
      server.database,
      sql`select v.slug as vendor, r.monthly_subtotal::text as subtotal,
            (select json_agg(json_build_object('plan', l.plan_id, 'quantity', l.quantity, 'price', l.monthly_price::text) order by l.position)
             from vendor_quote_request_lines l where l.vendor_quote_request_id = r.id) as lines
          from vendor_quote_requests r join vendors v on v.id = r.vendor_id
          where r.quote_request_id = ${dbId(quoteRequest.id)} order by v.slug`,
    );
    const line = (slug: string, quantity: number) => ({ plan: dbId(p[slug]!.id), quantity, price: p[slug]!.monthlyPrice });
    const cost = (slug: string, quantity: number) => BigInt(p[slug]!.monthlyPrice) * BigInt(quantity);
    expect(parts).toEqual([
      {
        vendor: 'cmc-cloud',
        subtotal: String(cost('cmc-cloud-server', 1) + cost('cmc-waf', 1)),
        lines: [line('cmc-cloud-server', 1), line('cmc-waf', 1)],
      },
      { vendor: 'misa', subtotal: String(cost('misa-accounting-online', 10)), lines: [line('misa-accounting-online', 10)] },
      {
        vendor: 'viettel-idc',
        subtotal: String(cost('viettel-cloud-server', 2) + cost('viettel-cloud-backup', 200)),
        lines: [line('viettel-cloud-server', 2), line('viettel-cloud-backup', 200)],
      },
    ]);
    const [stored] = await rows<{ email: string; address: string }>(
      server.database,
      sql`select contact_email as email, client_address as address from quote_requests where id = ${dbId(quoteRequest.id)}`,
    );
    expect(stored).toEqual({ email: contact.contactEmail, address: '203.0.113.10' });

    const { accessToken } = response.data.requestQuote;
    const byToken = await server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { id vendors { slug } } }`, { token: accessToken });
    expect(byToken.data.quoteRequestByToken).toMatchObject({ id: quoteRequest.id });
    expect(byToken.data.quoteRequestByToken.vendors).toHaveLength(3);
    const node = await server.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id: quoteRequest.id });
    expect(node.data.node).toBeNull();
  });

  it('leaves out lines whose listing is no longer published', async () => {
    await server.database.db.execute(sql`update offerings set status = 'ARCHIVED' where slug = 'misa-accounting-online'`);
    try {
      const response = await requestQuote({}, '203.0.113.11');
      expect(response.data.requestQuote.quoteRequest.vendors.map((v: { slug: string }) => v.slug).sort()).toEqual(['cmc-cloud', 'viettel-idc']);
    } finally {
      await server.database.db.execute(sql`update offerings set status = 'PUBLISHED' where slug = 'misa-accounting-online'`);
    }
  });

  it('refuses bad contacts and unknown stacks with userErrors, storing nothing', async () => {
    const before = await count(server.database, sql`select 1 from quote_requests`);
    const missing = Buffer.from('Stack:00000000-0000-4000-8000-000000000000').toString('base64url');
    const cases: [Record<string, unknown>, { field: string[] | null; code: string }[]][] = [
      [{ contactEmail: 'lan.nguyen' }, [{ field: ['input', 'contactEmail'], code: 'INVALID_EMAIL' }]],
      [{ contactEmail: 'lan@localhost' }, [{ field: ['input', 'contactEmail'], code: 'INVALID_EMAIL' }]],
      [{ contactEmail: 'two words@example.vn' }, [{ field: ['input', 'contactEmail'], code: 'INVALID_EMAIL' }]],
      [{ contactEmail: `${'a'.repeat(250)}@x.vn` }, [{ field: ['input', 'contactEmail'], code: 'INVALID_EMAIL' }]],
      [{ contactName: '  ' }, [{ field: ['input', 'contactName'], code: 'BLANK' }]],
      [{ contactName: 'L'.repeat(121) }, [{ field: ['input', 'contactName'], code: 'TOO_LONG' }]],
      [{ contactName: 'Lan\r\nBcc: x@y.vn' }, [{ field: ['input', 'contactName'], code: 'INVALID' }]],
      [{ organization: 'O'.repeat(201) }, [{ field: ['input', 'organization'], code: 'TOO_LONG' }]],
      [{ message: 'M'.repeat(2001) }, [{ field: ['input', 'message'], code: 'TOO_LONG' }]],
      [{ stackId: missing }, [{ field: ['input', 'stackId'], code: 'NOT_FOUND' }]],
      [{ stackId: p['cmc-waf']!.id }, [{ field: ['input', 'stackId'], code: 'NOT_FOUND' }]],
      [
        { contactName: '', contactEmail: 'nope' },
        [
          { field: ['input', 'contactName'], code: 'BLANK' },
          { field: ['input', 'contactEmail'], code: 'INVALID_EMAIL' },
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const response = await requestQuote(input, '203.0.113.12');
      expect(response.errors).toBeUndefined();
      const payload = response.data.requestQuote;
      expect(payload.quoteRequest).toBeNull();
      expect(payload.accessToken).toBeNull();
      expect(payload.userErrors.map((e: { field: string[] | null; code: string }) => ({ field: e.field, code: e.code })), JSON.stringify(input)).toEqual(expected);
    }
    expect(await count(server.database, sql`select 1 from quote_requests`)).toBe(before);
  });

  it('throttles one client address, and not the next', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const payload = (await requestQuote({}, '198.51.100.7')).data.requestQuote;
      outcomes.push(payload.quoteRequest ? 'sent' : payload.userErrors[0].code);
    }
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'RATE_LIMITED']);
    const limited = (await requestQuote({}, '198.51.100.7')).data.requestQuote.userErrors[0];
    expect(limited.message).toMatch(/at most 3 an hour\); try again after \d{4}-\d\d-\d\dT/);
    expect((await requestQuote({}, '198.51.100.8')).data.requestQuote.quoteRequest).not.toBeNull();
  });
});

describe('the VAT rate', () => {
  it('follows the server setting', async () => {
    const response = await server.gql(`query($id: ID!) { stack(id: $id) { evaluation { vatRate monthlyTotal { amount } vat { amount } } } }`, { id: stackId });
    const evaluation = response.data.stack.evaluation;
    const total = BigInt(evaluation.monthlyTotal.amount);
    expect(evaluation.vatRate).toBe('8');
    expect(evaluation.vat.amount).toBe(String((total * 8n * 2n + 100n) / 200n));
  });
});

describe('exports of a saved stack', () => {
  async function get(path: string) {
    const response = await fetch(`${server.url}${path}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes, body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  it('as CSV in Vietnamese and English: lines, vendor subtotals, VAT and total', async () => {
    const stack = (
      await server.gql(
        `query($id: ID!) { stack(id: $id) { csvPath csvEn: csvPath(language: EN) evaluation { monthlyTotal { amount } vat { amount } totalWithVat { amount }
           vendorSubtotals { vendor { name } monthlyCost { amount } } lines { offering { name } quantity monthlyCost { amount } } } } }`,
        { id: stackId },
      )
    ).data.stack;
    const e = stack.evaluation;
    const vi = await get(stack.csvPath);
    expect(vi.response.status).toBe(200);
    expect(vi.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(vi.response.headers.get('content-disposition')).toMatch(/^attachment; filename="mayviet-stack-.*-vi\.csv"$/);
    expect([...vi.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = vi.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('Bộ giải pháp,Cổng dịch vụ công');
    expect(lines).toContain(
      'Nhà cung cấp,Dịch vụ,Gói,Đơn vị tính,Đơn giá (VND / đơn vị tính),Đơn giá quy ra tháng (VND; theo giờ × 730),Số lượng,Số lượng tính bằng,' +
        'Thành tiền hằng tháng (VND),Thành tiền một lần (VND),Đơn giá quy ra tháng khi lưu (VND),Đơn giá một lần khi lưu (VND),Giá đã thay đổi',
    );
    for (const line of e.lines) {
      expect(lines.some((row) => row.includes(line.offering.name) && row.includes(`,${line.quantity},`) && row.includes(`,${line.monthlyCost.amount},0,`))).toBe(true);
    }
    for (const subtotal of e.vendorSubtotals) {
      expect(lines).toContain(`${subtotal.vendor.name},${subtotal.monthlyCost.amount},0,${12n * BigInt(subtotal.monthlyCost.amount)}`);
    }
    expect(lines).toContain(`Tổng hằng tháng trước thuế (VND),${e.monthlyTotal.amount}`);
    expect(lines).toContain(`Thuế GTGT 8% hằng tháng (VND),${e.vat.amount}`);
    expect(lines).toContain(`Tổng hằng tháng sau thuế (VND),${e.totalWithVat.amount}`);

    const en = await get(stack.csvEn);
    expect(en.body).toContain(`Monthly total with VAT (VND),${e.totalWithVat.amount}`);
    expect(en.body).toContain('Vendor,Offering,Plan,Unit');
  });

  it('as a printable page in both languages, self-contained', async () => {
    const stack = (await server.gql(`query($id: ID!) { stack(id: $id) { printPath en: printPath(language: EN) evaluation { totalWithVat { amount } } } }`, { id: stackId })).data.stack;
    const vi = await get(stack.printPath);
    expect(vi.response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('<h1>Cổng dịch vụ công</h1>');
    const formatted = `${stack.evaluation.totalWithVat.amount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
    expect(vi.body).toContain(formatted);
    expect(vi.body).toContain('In / Lưu PDF');
    expect(vi.body).not.toMatch(/(src|href)=["']?https?:/);
    const en = await get(stack.en);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('First year (12 months + one-time)');
  });

  it('escapes what the buyer typed', async () => {
    const response = await server.gql(saveMutation, { input: { name: '<script>alert(1)</script>', items: [{ planId: p['cmc-cloud-server']!.id }] } });
    const id = response.data.saveStack.stack.id;
    const page = await get(`/export/stacks/${id}.html`);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const formula = await server.gql(saveMutation, { input: { name: '=HYPERLINK("http://x")', items: [{ planId: p['cmc-cloud-server']!.id }] } });
    const csv = await get(`/export/stacks/${formula.data.saveStack.stack.id}.csv`);
    expect(csv.body).toContain(`Bộ giải pháp,"'=HYPERLINK(""http://x"")"`);
  });

  it('answers 404 for a stack that does not exist', async () => {
    const missing = Buffer.from('Stack:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect((await get(`/export/stacks/${missing}.csv`)).response.status).toBe(404);
    expect((await get(`/export/stacks/${p['cmc-cloud-server']!.id}.html`)).response.status).toBe(404);
  });
});
