import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, signIn } from '../support/accounts.ts';
import { dbId, type Headers } from '../support/quote-world.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { rows } from '../support/sql.ts';
import { firstPlans } from '../support/stacks.ts';

// The marketplace loop end to end, as the people in it live it: a buyer signs up and confirms from the mail
// the SMTP server received, saves a stack of two vendors' lines and asks for quotes; both vendors offer, one
// offers again; the buyer reads every offer against the list prices, accepts one and declines the other;
// an expired offer cannot be accepted; racing accepts make one decision; each party hears of it by mail.

const as = (key: string): Headers => ({ authorization: `Bearer ${key}` });
const linkToken = (text: string, path: string) => new RegExp(`${path}#([A-Za-z0-9_%-]+)`).exec(text)?.[1];

let server: TestServer;
let smtp: TestSmtp;
let cmc: Headers;
let viettel: Headers;
let cmcOwnerEmail: string;
let viettelMemberEmail: string;
const buyer = { email: `mua.${randomBytes(4).toString('hex')}@sotttt.example.vn`, password: 'mây việt bền vững 2026', name: 'Lê Thị Mua Sắm' };

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({
    settings: { ...roomyBudget, smtpUrl: smtp.url, mailPollMs: 100, quoteRequestsPerHour: 100, webhookAllowLocalHttp: true, webhookPollMs: 3_600_000 },
  });
  cmc = as((await createKey(server.database, 'cmc-cloud', ['quotes:read', 'quotes:write'])).key);
  viettel = as((await createKey(server.database, 'viettel-idc', ['quotes:read', 'quotes:write'])).key);
  cmcOwnerEmail = (await createPartner(server.database, 'cmc-cloud', 'OWNER')).user.email;
  const hook = await server.gql(`mutation { setWebhook(input: { url: "http://127.0.0.1:9/hooks" }) { userErrors { code } } }`, {}, {
    cookie: await signIn(server, cmcOwnerEmail),
  });
  expect(hook.data.setWebhook.userErrors).toEqual([]);
  viettelMemberEmail = (await createPartner(server.database, 'viettel-idc', 'MEMBER')).user.email;
});

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const offerFields = `id status validUntil terms vendor { slug }
  monthlyTotal { amount } oneTimeTotal { amount } listMonthlyTotal { amount }
  lines { quantity unitPrice { amount } listUnitPrice { amount } monthlyCost { amount } plan { id } }
  supersededBy { id }`;

async function makeOffer(headers: Headers, quoteRequestId: string, lines: { planId: string; quantity: number; unitPrice: string }[], days = 30) {
  const validUntil = new Date(Date.now() + days * 86_400_000).toISOString();
  const response = await server.gql(
    `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offer { ${offerFields} } userErrors { field code message } } }`,
    { input: { quoteRequestId, lines, validUntil, terms: 'Thanh toán theo quý; hỗ trợ 24/7.' } },
    headers,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data.makeOffer.userErrors).toEqual([]);
  return response.data.makeOffer.offer;
}

describe('the marketplace loop', () => {
  let session: Headers;
  let requestId: string;
  let plans: Awaited<ReturnType<typeof firstPlans>>;
  const offers: Record<string, string> = {};

  it('signs a buyer up, confirms the e-mail from the mail received, and signs in', async () => {
    const signUp = await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }`, {
      input: { ...buyer, organization: 'Sở TT&TT Cần Thơ', language: 'VI' },
    });
    expect(signUp.data.signUp.userErrors).toEqual([]);
    const refused = await server.gql(`mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`, {
      input: { email: buyer.email, password: buyer.password },
    });
    expect(refused.data.signIn.userErrors.map((e: { code: string }) => e.code)).toEqual(['EMAIL_NOT_CONFIRMED']);

    const mail = await smtp.mailTo(buyer.email, /e-mail/i);
    const token = linkToken(mail.text, '/account/confirm');
    expect(token, mail.text).toBeTruthy();
    const confirmed = await server.gql(`mutation($token: String!) { confirmEmail(token: $token) { user { email emailConfirmedAt organization } userErrors { code } } }`, {
      token: decodeURIComponent(token!),
    });
    expect(confirmed.data.confirmEmail.userErrors).toEqual([]);
    expect(confirmed.data.confirmEmail.user.emailConfirmedAt).not.toBeNull();
    session = { cookie: await signIn(server, buyer.email, buyer.password) };
  });

  it('keeps the stack the buyer saves in the account and ties the request to it', async () => {
    plans = await firstPlans(server, 'cmc-cloud-server', 'cmc-waf', 'viettel-cloud-server');
    const saved = await server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
      {
        input: {
          name: 'Trung tâm dữ liệu thành phố',
          items: [
            { planId: plans['cmc-cloud-server']!.id, quantity: 2 },
            { planId: plans['cmc-waf']!.id, quantity: 1 },
            { planId: plans['viettel-cloud-server']!.id, quantity: 3 },
          ],
          catalogSearch: { query: 'máy chủ', filter: { dataInVietnam: true, kinds: ['IAAS'] }, sort: 'PRICE_ASC' },
        },
      },
      session,
    );
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const stackId = saved.data.saveStack.stack.id;
    const mine = await server.gql(`{ myStacks { totalCount nodes { id catalogSearch { query dataInVietnam kinds sort } } } }`, {}, session);
    expect(mine.data.myStacks.nodes).toEqual([{ id: stackId, catalogSearch: { query: 'máy chủ', dataInVietnam: true, kinds: ['IAAS'], sort: 'PRICE_ASC' } }]);

    const requested = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id reference } accessToken userErrors { code } } }`,
      { input: { stackId, contactName: buyer.name, contactEmail: buyer.email, organization: 'Sở TT&TT Cần Thơ' } },
      session,
    );
    expect(requested.data.requestQuote.userErrors).toEqual([]);
    requestId = requested.data.requestQuote.quoteRequest.id;
    const receipt = await smtp.mailTo(buyer.email, new RegExp(requested.data.requestQuote.quoteRequest.reference));
    expect(receipt.text).toContain('/account/requests/');

    const listed = await server.gql(`{ myQuoteRequests { nodes { id parts { vendor { slug } status } } } }`, {}, session);
    expect(listed.data.myQuoteRequests.nodes).toHaveLength(1);
    expect(listed.data.myQuoteRequests.nodes[0].id).toBe(requestId);
    expect(listed.data.myQuoteRequests.nodes[0].parts.map((p: { status: string }) => p.status)).toEqual(['SENT', 'SENT']);
  });

  it('lets both vendors offer, one twice, each reading its share only', async () => {
    offers.cmcFirst = (
      await makeOffer(cmc, requestId, [
        { planId: plans['cmc-cloud-server']!.id, quantity: 2, unitPrice: '900000' },
        { planId: plans['cmc-waf']!.id, quantity: 1, unitPrice: '1500000' },
      ])
    ).id;
    const second = await makeOffer(cmc, requestId, [
      { planId: plans['cmc-cloud-server']!.id, quantity: 2, unitPrice: '850000' },
      { planId: plans['cmc-waf']!.id, quantity: 1, unitPrice: '1400000' },
    ]);
    offers.cmc = second.id;
    expect(second.monthlyTotal.amount).toBe(String(2 * 850_000 + 1_400_000));
    offers.viettel = (await makeOffer(viettel, requestId, [{ planId: plans['viettel-cloud-server']!.id, quantity: 3, unitPrice: '700000' }])).id;

    const inbox = await server.gql(`{ quoteInbox { nodes { status offers { id status supersededBy { id } } } } }`, {}, cmc);
    const share = inbox.data.quoteInbox.nodes[0];
    expect(share.status).toBe('OFFER_MADE');
    expect(share.offers.map((o: { id: string }) => o.id)).toEqual([offers.cmc, offers.cmcFirst]);
    expect(share.offers[1]).toMatchObject({ status: 'WITHDRAWN', supersededBy: { id: offers.cmc } });
    expect(JSON.stringify(inbox.data)).not.toContain(offers.viettel);

    const newOffer = await smtp.mailTo(buyer.email, /Viettel/);
    expect(newOffer.text).toContain('/account/requests/');
  });

  it('shows the buyer every offer against the list prices, and the totals at the offered prices', async () => {
    const read = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on QuoteRequest {
         offers { ${offerFields} }
         parts { vendor { slug } status monthlySubtotal { amount } }
         offeredEstimate { monthlyTotal { amount } listMonthlyTotal { amount } vatRate vat { amount } totalWithVat { amount } firstYearTotal { amount } oneTimeTotal { amount } }
       } } }`,
      { id: requestId },
      session,
    );
    expect(read.errors).toBeUndefined();
    const request = read.data.node;
    expect(request.offers.map((o: { id: string }) => o.id)).toEqual([offers.viettel, offers.cmc, offers.cmcFirst]);
    const cmcLine = request.offers[1].lines.find((l: { plan: { id: string } }) => l.plan.id === plans['cmc-cloud-server']!.id);
    expect(cmcLine.listUnitPrice.amount).toBe(plans['cmc-cloud-server']!.monthlyPrice);
    const estimate = request.offeredEstimate;
    const offered = 2 * 850_000 + 1_400_000 + 3 * 700_000;
    expect(estimate.monthlyTotal.amount).toBe(String(offered));
    const list = request.parts.reduce((sum: number, p: { monthlySubtotal: { amount: string } }) => sum + Number(p.monthlySubtotal.amount), 0);
    expect(estimate.listMonthlyTotal.amount).toBe(String(list));
    expect(Number(estimate.totalWithVat.amount)).toBe(Number(estimate.monthlyTotal.amount) + Number(estimate.vat.amount));
    expect(estimate.firstYearTotal.amount).toBe(String(12 * offered + Number(estimate.oneTimeTotal.amount)));
  });

  it('makes one decision of racing accepts, and declines the other vendor', async () => {
    const accept = `mutation($id: ID!) { acceptOffer(id: $id) { offer { id status } userErrors { code } } }`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => server.gql(accept, { id: offers.cmc }, session)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.acceptOffer).toEqual({ offer: { id: offers.cmc, status: 'ACCEPTED' }, userErrors: [] });
    }
    const decisions = await rows<{ count: string }>(
      server.database,
      sql`select count(*)::text as count from webhook_deliveries where event = 'OFFER_ACCEPTED' and payload -> 'offer' ->> 'id' = ${offers.cmc}`,
    );
    expect(decisions[0]!.count).toBe('1');
    const mails = await rows<{ mails: string; members: string }>(
      server.owner,
      sql`select (select count(*) from mail_outbox where template = 'OFFER_ACCEPTED')::text as mails,
                 (select count(*) from memberships m join organizations o on o.id = m.organization_id join vendors v on v.id = o.vendor_id
                   where v.slug = 'cmc-cloud')::text as members`,
    );
    expect(mails[0]!.mails).toBe(mails[0]!.members);
    const accepted = await smtp.mailTo(cmcOwnerEmail, /MV-/);
    expect(accepted.subject).toMatch(/accept|chấp nhận/i);

    const declined = await server.gql(`mutation($id: ID!) { declineOffer(id: $id) { offer { status } userErrors { code } } }`, { id: offers.viettel }, session);
    expect(declined.data.declineOffer).toEqual({ offer: { status: 'DECLINED' }, userErrors: [] });
    await smtp.mailTo(viettelMemberEmail, /MV-/);
    const late = await server.gql(accept, { id: offers.viettel }, session);
    expect(late.data.acceptOffer.userErrors.map((e: { code: string }) => e.code)).toEqual(['OFFER_NOT_OPEN']);

    const listed = await server.gql(`{ myQuoteRequests { nodes { parts { vendor { slug } status } } } }`, {}, session);
    expect(Object.fromEntries(listed.data.myQuoteRequests.nodes[0].parts.map((p: { vendor: { slug: string }; status: string }) => [p.vendor.slug, p.status]))).toEqual({
      'cmc-cloud': 'OFFER_ACCEPTED',
      'viettel-idc': 'OFFER_DECLINED',
    });
  });

  it('refuses an offer past its validity', async () => {
    const renewed = await makeOffer(viettel, requestId, [{ planId: plans['viettel-cloud-server']!.id, quantity: 3, unitPrice: '690000' }], 1);
    await rows(server.owner, sql`update offers set valid_until = now() - interval '1 minute' where id = ${dbId(renewed.id)}`);
    const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on Offer { status } } }`, { id: renewed.id }, session);
    expect(read.data.node.status).toBe('EXPIRED');
    const accepted = await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { offer { id } userErrors { code } } }`, { id: renewed.id }, session);
    expect(accepted.data.acceptOffer).toEqual({ offer: null, userErrors: [expect.objectContaining({ code: 'OFFER_EXPIRED' })] });
  });
});
