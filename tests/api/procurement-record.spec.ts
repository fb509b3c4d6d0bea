import { getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '@mayviet/api';
import { estimateCost } from '../../packages/api/src/graphql/limits.ts';
import { roomyBudget, startServer } from '../support/server.ts';
import {
  decideOffer,
  makeOffer,
  offerActors,
  offerFields,
  partsOf,
  shareLines,
  startQuoteWorld,
  tieToAccount,
  type OfferActors,
  type QuoteWorld,
} from '../support/quote-world.ts';
import { saveMutation } from '../support/stacks.ts';

// The buyer's procurement record of a request: the request, the catalogue search that led to its stack, its
// lines at list prices, every vendor's share and EVERY offer (replaced, withdrawn, declined included), the
// totals at list and at offered prices. Its figures are the API's own (Offer, offeredEstimate), and only the
// buyer takes it: by the request's token, or signed in to the account the request is tied to.

let world: QuoteWorld;
let actors: OfferActors;
let token: string;
let requestId: string;
let otherToken: string;
let view: any;

const catalogSearch = { query: 'máy chủ', sort: 'PRICE_ASC', filter: { vendors: ['cmc-cloud', 'viettel-idc'], dataInVietnam: true } };

async function request(items: { planId: string; quantity: number }[], search: unknown) {
  const saved = await world.server.gql(saveMutation, { input: { name: 'Bệnh viện tuyến tỉnh', items, catalogSearch: search } });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const sent = await world.server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } accessToken userErrors { code } } }`,
    { input: { stackId: saved.data.saveStack.stack.id, ...world.contact } },
  );
  expect(sent.data.requestQuote.userErrors).toEqual([]);
  return { id: sent.data.requestQuote.quoteRequest.id as string, token: sent.data.requestQuote.accessToken as string };
}

/** Each line of a share priced at `percent` of its list unit price, rounded down. */
async function pricedLines(share: string, headers: Record<string, string>, percent: bigint) {
  return (await shareLines(world.server, share, headers)).map((line) => {
    const list = line.plan.unit === 'ONE_TIME' ? BigInt(line.oneTimePrice.amount) : line.plan.unit === 'HOUR' ? BigInt(line.monthlyPrice.amount) / 730n : BigInt(line.monthlyPrice.amount);
    return { planId: line.plan.id, quantity: line.quantity, unitPrice: String((list * percent) / 100n) };
  });
}

const buyerView = `query($token: String!) { quoteRequestByToken(token: $token) { reference
  offers { ${offerFields} vendor { name } }
  parts { vendor { name } status lines { quantity plan { id unit } monthlyCost { amount } oneTimeCost { amount } } }
  offeredEstimate { monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount } vat { amount } totalWithVat { amount }
    oneTimeVat { amount } oneTimeTotalWithVat { amount } firstYearVat { amount } firstYearTotalWithVat { amount }
    listMonthlyTotal { amount } listOneTimeTotal { amount } listFirstYearTotal { amount } }
  csvVi: procurementRecordCsv csvEn: procurementRecordCsv(language: EN) } }`;

/** POSTs the record's form as the web page does; `headers` add a session cookie or an API key. */
function postRecord(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${world.server.url}/quote-requests/record`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A body's text, its byte-order mark kept (Response.text() drops it). */
const bodyText = async (response: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

/** A CSV document's rows (the record's cells hold no comma or quote but terms, quoted by the writer). */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return text
    .slice(1, -2)
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replaceAll('""', '"') : cell!)));
}

/** The row whose first cell is `label`, at or after row `from`. */
function rowOf(rows: string[][], label: string, from = 0): string[] {
  const found = rows.slice(from).find((row) => row[0] === label);
  expect(found, label).toBeDefined();
  return found!;
}

beforeAll(async () => {
  // Every identity reads and posts from this address many times: the budget over time is budget.spec.ts's.
  world = await startQuoteWorld(roomyBudget);
  actors = await offerActors(world);
  const sent = await request(world.stackLines, catalogSearch);
  token = sent.token;
  requestId = sent.id;
  otherToken = (await request(world.stackLines.slice(0, 1), null)).token;

  // A offers at 90 %, then replaces it at 80 %, which the buyer accepts; B offers at 95 % and withdraws
  // it, then offers at 97 %, which the buyer declines.
  const parts = await partsOf(world.server, requestId);
  const shareA = parts['cmc-cloud']!;
  const shareB = parts['viettel-idc']!;
  const offer = async (headers: Record<string, string>, share: string, reader: Record<string, string>, percent: bigint, terms: string | null) => {
    const made = await makeOffer(world.server, headers, { quoteRequestId: share, lines: await pricedLines(share, reader, percent), terms });
    expect(made.data.makeOffer.userErrors).toEqual([]);
    return made.data.makeOffer.offer.id as string;
  };
  await offer(actors.writeKeyA, shareA, world.quotesKeyA, 90n, 'Thanh toán 30 ngày, "trọn gói"');
  const a2 = await offer(actors.writeKeyA, shareA, world.quotesKeyA, 80n, null);
  const b1 = await offer(actors.writeKeyB, shareB, world.quotesKeyB, 95n, 'Giá gồm hỗ trợ 24/7');
  const withdrawn = await world.server.gql(`mutation($id: ID!) { withdrawOffer(id: $id) { userErrors { code } } }`, { id: b1 }, actors.writeKeyB);
  expect(withdrawn.data.withdrawOffer.userErrors).toEqual([]);
  const b2 = await offer(actors.writeKeyB, shareB, world.quotesKeyB, 97n, null);
  expect((await decideOffer(world.server, 'acceptOffer', a2, {}, token)).data.acceptOffer.userErrors).toEqual([]);
  expect((await decideOffer(world.server, 'declineOffer', b2, {}, token)).data.declineOffer.userErrors).toEqual([]);
  await tieToAccount(world.server, requestId, actors.buyer.id);

  const response = await world.server.gql(buyerView, { token });
  expect(response.errors).toBeUndefined();
  view = response.data.quoteRequestByToken;
});
afterAll(() => world.server.close());

describe('the procurement record as CSV', () => {
  it('holds the request, the search, the lines, every offer and the totals, with the offers’ own figures', () => {
    const rows = csvRows(view.csvVi);
    expect(rows[0]).toEqual(['Hồ sơ mua sắm', view.reference]);
    expect(rowOf(rows, 'Mã yêu cầu')[1]).toBe(view.reference);
    expect(rowOf(rows, 'Cơ quan, doanh nghiệp')[1]).toBe(world.contact.organization);
    expect(rowOf(rows, 'Bộ giải pháp')[1]).toBe('Bệnh viện tuyến tỉnh');
    expect(rowOf(rows, 'Liên kết bộ giải pháp')[1]).toMatch(/^\/stacks\/[A-Za-z0-9_-]+$/);
    expect(rowOf(rows, 'Từ khoá')[1]).toBe('máy chủ');
    expect(rowOf(rows, 'Nhà cung cấp')[1]).toBe('cmc-cloud, viettel-idc');
    expect(rowOf(rows, 'Dữ liệu lưu tại Việt Nam')[1]).toBe('Có');
    expect(rowOf(rows, 'Sắp xếp')[1]).toBe('Giá thấp đến cao');

    // The lines at list prices: the request's parts, line by line.
    const linesAt = rows.findIndex((row) => row[0] === 'Nhà cung cấp' && row[1] === 'Dịch vụ');
    const listed = rows.slice(linesAt + 1, linesAt + 1 + world.stackLines.length);
    const sent = view.parts.flatMap((part: any) => part.lines.map((line: any) => [part.vendor.name, String(line.quantity), line.monthlyCost.amount, line.oneTimeCost.amount]));
    expect(listed.map((row) => [row[0], row[4], row[6], row[7]])).toEqual(sent);

    // Every offer, oldest first per vendor, with its status and each line's list and offered price and cost.
    const offerBlocks = rows.map((row, index) => [row[0], index] as const).filter(([label]) => /^Chào giá số \d+$/.test(label!));
    expect(offerBlocks).toHaveLength(4);
    expect(view.offers).toHaveLength(4);
    const statuses = rows.filter((row) => row[0] === 'Trạng thái').map((row) => row[1]);
    expect(statuses).toEqual(['Đã rút', 'Đã chấp nhận', 'Đã rút', 'Đã từ chối']);
    const vendorOrder = view.parts.map((part: any) => part.vendor.name);
    const oldestFirst = [...view.offers].sort(
      (a: any, b: any) => vendorOrder.indexOf(a.vendor.name) - vendorOrder.indexOf(b.vendor.name) || Date.parse(a.createdAt) - Date.parse(b.createdAt),
    );
    oldestFirst.forEach((offer: any, i: number) => {
      const start = offerBlocks[i]![1];
      const header = rows.findIndex((row, index) => index > start && row[0] === 'Dịch vụ' && row[1] === 'Gói');
      const lines = rows.slice(header + 1, header + 1 + offer.lines.length);
      expect(lines.map((row) => [row[3], row[4], row[5], row[7], row[9]])).toEqual(
        offer.lines.map((line: any) => [String(line.quantity), line.listUnitPrice.amount, line.unitPrice.amount, line.monthlyCost.amount, line.oneTimeCost.amount]),
      );
      expect(lines.map((row) => row[6])).toEqual(offer.lines.map((line: any) => line.listMonthlyCost.amount));
      const totals = rows[header + 1 + offer.lines.length]!;
      expect(totals[0]).toBe('Tổng của chào giá (trước thuế)');
      expect(totals.slice(6)).toEqual([offer.listMonthlyTotal.amount, offer.monthlyTotal.amount, offer.listOneTimeTotal.amount, offer.oneTimeTotal.amount]);
      expect(rowOf(rows, 'Điều khoản', start)[1]).toBe(offer.terms ?? '—');
    });
    expect(rowOf(rows, 'Được thay bằng')[1]).toBe('Chào giá số 2');

    // The totals: at list prices and at the prices offered now, as offeredEstimate gives them, and they add up.
    const e = view.offeredEstimate;
    const total = (label: RegExp) => rows.find((row) => label.test(row[0]!))!.slice(1).map(BigInt);
    const [listMonthly, monthly] = total(/^Hằng tháng trước thuế$/);
    const [listVat, vat] = total(/^Thuế GTGT .+ hằng tháng$/);
    const [listMonthlyWithVat, monthlyWithVat] = total(/^Hằng tháng sau thuế$/);
    const [listOneTime, oneTime] = total(/^Một lần trước thuế$/);
    const [listOneTimeVat, oneTimeVat] = total(/^Thuế GTGT .+ một lần$/);
    const [listOneTimeWithVat] = total(/^Một lần sau thuế$/);
    const [listFirstYear, firstYear] = total(/^Năm đầu trước thuế/);
    const [listFirstYearVat, firstYearVat] = total(/^Thuế GTGT năm đầu$/);
    const [listFirstYearWithVat, firstYearWithVat] = total(/^Năm đầu sau thuế$/);
    expect([monthly, vat, monthlyWithVat, oneTime, oneTimeVat, firstYear, firstYearVat, firstYearWithVat].map(String)).toEqual([
      e.monthlyTotal.amount, e.vat.amount, e.totalWithVat.amount, e.oneTimeTotal.amount, e.oneTimeVat.amount, e.firstYearTotal.amount, e.firstYearVat.amount, e.firstYearTotalWithVat.amount,
    ]);
    expect([listMonthly, listOneTime, listFirstYear].map(String)).toEqual([e.listMonthlyTotal.amount, e.listOneTimeTotal.amount, e.listFirstYearTotal.amount]);
    expect(listMonthly).toBe(listed.reduce((sum, row) => sum + BigInt(row[6]!), 0n));
    expect(listOneTime).toBe(listed.reduce((sum, row) => sum + BigInt(row[7]!), 0n));
    for (const [before, tax, after] of [[listMonthly, listVat, listMonthlyWithVat], [listOneTime, listOneTimeVat, listOneTimeWithVat], [listFirstYear, listFirstYearVat, listFirstYearWithVat]]) {
      expect(before! + tax!).toBe(after);
    }
    expect(listFirstYear).toBe(12n * listMonthly! + listOneTime!);
    expect(listFirstYearVat).toBe(12n * listVat! + listOneTimeVat!);
    // A's accepted offer and B's list price (its offers declined and withdrawn) make the offered monthly total.
    const accepted = view.offers.find((offer: any) => offer.status === 'ACCEPTED');
    const partB = view.parts.find((part: any) => part.vendor.name !== accepted.vendor.name);
    expect(monthly).toBe(BigInt(accepted.monthlyTotal.amount) + partB.lines.reduce((sum: bigint, line: any) => sum + BigInt(line.monthlyCost.amount), 0n));
    expect(rowOf(rows, 'Hồ sơ lập lúc')[1]).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  });

  it('speaks English when asked', () => {
    const rows = csvRows(view.csvEn);
    expect(rows[0]).toEqual(['Procurement record', view.reference]);
    expect(rowOf(rows, 'Words')[1]).toBe('máy chủ');
    expect(rows.filter((row) => row[0] === 'Status' && row[1] !== undefined).map((row) => row[1])).toEqual(
      expect.arrayContaining(['Offer accepted', 'Withdrawn', 'Accepted', 'Declined']),
    );
    expect(rowOf(rows, 'First year with VAT').slice(1)).toEqual([expect.stringMatching(/^\d+$/), view.offeredEstimate.firstYearTotalWithVat.amount]);
  });
});

describe('the record’s form route', () => {
  it('gives the buyer by token the printable page and the CSV download, the same as the API’s', async () => {
    const page = await postRecord({ accessToken: token, format: 'html', language: 'vi' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/);
    const html = await page.text();
    expect(html).toContain(`<h1>Hồ sơ mua sắm ${view.reference}</h1>`);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toContain('<nav');
    expect(html.match(/data-offer="/g)).toHaveLength(4);

    const csv = await postRecord({ accessToken: token, format: 'csv', language: 'en' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="mayviet-record-${view.reference}-en.csv"`);
    const withoutTime = (text: string) => csvRows(text).filter((row) => row[0] !== 'Record generated at' && row[0] !== 'Link to the stack');
    expect(withoutTime(await bodyText(csv))).toEqual(withoutTime(view.csvEn));
  });

  it('gives the account holder the record by the request’s id and the session cookie', async () => {
    const csv = await postRecord({ quoteRequestId: requestId, format: 'csv', language: 'vi' }, actors.buyer.headers);
    expect(csv.status).toBe(200);
    expect(csvRows(await bodyText(csv))[0]).toEqual(['Hồ sơ mua sắm', view.reference]);
  });

  it('answers 404 to anyone else: another buyer, a vendor, staff, anonymous, a wrong token', async () => {
    const refused: [string, Record<string, string>, Record<string, string>][] = [
      ['another request’s token', { accessToken: otherToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }, {}],
      ['another buyer signed in', { quoteRequestId: requestId }, actors.otherBuyer.headers],
      ['the vendor’s member', { quoteRequestId: requestId }, world.ownerA],
      ['the vendor’s key', { quoteRequestId: requestId }, actors.writeKeyA],
      ['staff', { quoteRequestId: requestId }, world.staff],
      ['staff holding the token', { accessToken: token }, world.staff],
      ['anonymous with the id', { quoteRequestId: requestId }, {}],
      ['a malformed token', { accessToken: 'mvq_nope' }, {}],
      ['nothing', {}, {}],
    ];
    for (const [who, fields, headers] of refused) {
      for (const format of ['html', 'csv']) {
        const response = await postRecord({ ...fields, format }, headers);
        expect(response.status, `${who} (${format})`).toBe(404);
        expect(await response.text()).not.toContain(view.reference);
      }
    }
    const otherRecord = await postRecord({ accessToken: otherToken, format: 'csv' });
    expect(otherRecord.status).toBe(200);
    expect(await otherRecord.text()).not.toContain(view.reference);
  });

  it('refuses staff the record through the API too, and takes only a posted form', async () => {
    const asStaff = await world.server.gql(`query($id: ID!) { node(id: $id) { ... on QuoteRequest { reference procurementRecordCsv } } }`, { id: requestId }, world.staff);
    expect(asStaff.errors?.map((error: any) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(asStaff.errors?.[0]?.path).toEqual(['node', 'procurementRecordCsv']);
    expect((await fetch(`${world.server.url}/quote-requests/record?accessToken=${token}`)).status).toBe(405);
    const json = await fetch(`${world.server.url}/quote-requests/record`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accessToken: token }) });
    expect(json.status).toBe(415);
  });

  it('costs the client’s query budget what the API’s field costs, and answers 429 once it is spent', async () => {
    const document = parse('query($token: String!) { quoteRequestByToken(token: $token) { procurementRecordCsv } }');
    const estimate = estimateCost(buildApiSchema(), document, getOperationAST(document)!, {});
    const cost = estimate.points;
    // The estimate counts at least the statements the field runs (a request with two vendors and four offers).
    const read = await world.server.gql('query($token: String!) { quoteRequestByToken(token: $token) { procurementRecordCsv } }', { token });
    expect(read.errors).toBeUndefined();
    expect(Number(read.headers.get('x-sql-statements'))).toBeLessThanOrEqual(estimate.statements);
    const small = await startServer({ settings: { budgetCapacity: 2 * cost + 1, budgetRestorePerSecond: 1 } });
    try {
      const post = () =>
        fetch(`${small.url}/quote-requests/record`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ accessToken: token, format: 'csv' }).toString(),
        });
      expect((await post()).status).toBe(404);
      expect((await post()).status).toBe(404);
      const spent = await post();
      expect(spent.status).toBe(429);
      expect(Number(spent.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });
});
