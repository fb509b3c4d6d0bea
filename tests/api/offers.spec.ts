import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../support/sql.ts';
import {
  dbId,
  decideOffer,
  deliveries as deliveriesOf,
  makeOffer,
  offerActors,
  offerFields,
  partsOf,
  sendQuote,
  shareLines,
  startQuoteWorld,
  tieToAccount,
  type OfferActors,
  type QuoteWorld,
} from '../support/quote-world.ts';

// The loop over HTTP: two vendors offer on one request, one re-offers (the replaced offer stays, WITHDRAWN and
// superseded), the buyer reads the offers against the list prices and the stack at the offered prices,
// accepts one and declines the other; webhooks, mail and the audit trail follow each step. An offer past its
// validUntil reads EXPIRED and cannot be accepted; concurrent decisions make one.

let world: QuoteWorld;
let actors: OfferActors;

beforeAll(async () => {
  world = await startQuoteWorld();
  actors = await offerActors(world);
});
afterAll(() => world.server.close());

const buyerView = `query($token: String!) { quoteRequestByToken(token: $token) { id reference
  parts { vendor { slug } status }
  offers { ${offerFields} }
  offeredEstimate { monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount } vatRate vat { amount } totalWithVat { amount }
    oneTimeVat { amount } oneTimeTotalWithVat { amount } firstYearVat { amount } firstYearTotalWithVat { amount }
    listMonthlyTotal { amount } listOneTimeTotal { amount } listFirstYearTotal { amount }
    lines { vendor { slug } plan { id } quantity listUnitPrice { amount } unitPrice { amount } offer { id } monthlyCost { amount } oneTimeCost { amount } } }
  stack { evaluation { monthlyTotal { amount } vat { amount } oneTimeTotal { amount } oneTimeVat { amount } } } } }`;

async function readAsBuyer(token: string) {
  const response = await world.server.gql(buyerView, { token });
  expect(response.errors).toBeUndefined();
  return response.data.quoteRequestByToken;
}

/** Each line priced at `percent` of its list unit price, rounded down. */
async function pricedLines(share: string, headers: Record<string, string>, percent: bigint) {
  const lines = await shareLines(world.server, share, headers);
  return lines.map((line) => {
    const list = line.plan.unit === 'ONE_TIME' ? BigInt(line.oneTimePrice.amount) : line.plan.unit === 'HOUR' ? BigInt(line.monthlyPrice.amount) / 730n : BigInt(line.monthlyPrice.amount);
    return { planId: line.plan.id, quantity: line.quantity, unitPrice: String((list * percent) / 100n) };
  });
}

const sum = (values: string[]) => values.reduce((total, value) => total + BigInt(value), 0n);
const vatOf = (amount: bigint) => (amount * 1000n * 2n + 10000n) / 20000n;

async function mails(request: string) {
  return rows<{ template: string; language: string; to_address: string; text_body: string }>(
    world.server.owner,
    // the buyer's mail is tied to the request; the vendor's names it in its subject
    sql`select template, language::text, to_address, text_body from mail_outbox m
        where m.quote_request_id = ${dbId(request)}
           or (m.quote_request_id is null and m.subject like '%' || (select reference from quote_requests where id = ${dbId(request)}) || '%')
        order by created_at, id`,
  );
}

async function membersOf(slug: string) {
  return rows<{ email: string }>(
    world.server.owner,
    sql`select u.email from users u join memberships m on m.user_id = u.id join organizations o on o.id = m.organization_id join vendors v on v.id = o.vendor_id
        where v.slug = ${slug}`,
  );
}

const sorted = (values: string[]) => [...values].sort();

describe('the offer loop', () => {
  it('two vendors offer, one re-offers, the buyer accepts one and declines the other', async () => {
    const { server } = world;
    const sent = await sendQuote(world, {}, 'accessToken');
    const token = sent.payload.accessToken as string;
    const parts = await partsOf(server, sent.requestId);
    const shareA = parts['cmc-cloud']!;
    const shareB = parts['viettel-idc']!;

    let view = await readAsBuyer(token);
    expect(Object.fromEntries(view.parts.map((p: any) => [p.vendor.slug, p.status]))).toEqual({ 'cmc-cloud': 'SENT', 'viettel-idc': 'SENT' });
    // Before any offer the estimate is the list price, and its VAT the stack evaluator's for the same amounts.
    expect(view.offeredEstimate.monthlyTotal.amount).toBe(view.stack.evaluation.monthlyTotal.amount);
    expect(view.offeredEstimate.vat.amount).toBe(view.stack.evaluation.vat.amount);
    expect(view.offeredEstimate.oneTimeVat.amount).toBe(view.stack.evaluation.oneTimeVat.amount);
    expect(view.offeredEstimate.monthlyTotal.amount).toBe(view.offeredEstimate.listMonthlyTotal.amount);

    // A's inbox read: its share is SEEN (stamped after the query's read-only snapshot).
    const inbox = await server.gql(`{ quoteInbox(first: 10) { nodes { id seenAt status } } }`, {}, world.quotesKeyA);
    expect(inbox.errors).toBeUndefined();
    view = await readAsBuyer(token);
    expect(view.parts.find((p: any) => p.vendor.slug === 'cmc-cloud').status).toBe('SEEN');
    expect(view.parts.find((p: any) => p.vendor.slug === 'viettel-idc').status).toBe('SENT');
    const [stamped] = await rows<{ seen_at: Date | null }>(server.owner, sql`select seen_at from vendor_quote_requests where id = ${dbId(shareA)}`);
    expect(stamped!.seen_at).not.toBeNull();

    // A offers at 90 % by its quotes:write key (by the request's own id), B at 95 % by its key.
    const linesA = await pricedLines(shareA, world.quotesKeyA, 90n);
    const first = await makeOffer(server, actors.writeKeyA, { quoteRequestId: sent.requestId, lines: linesA, terms: 'Thanh toán 30 ngày' });
    expect(first.errors).toBeUndefined();
    expect(first.data.makeOffer.userErrors).toEqual([]);
    const offerA1 = first.data.makeOffer.offer;
    expect(offerA1.status).toBe('OPEN');
    const linesB = await pricedLines(shareB, world.quotesKeyB, 95n);
    const offerB = (await makeOffer(server, actors.writeKeyB, { quoteRequestId: shareB, lines: linesB })).data.makeOffer.offer;
    expect(offerB.status).toBe('OPEN');
    expect((await mails(sent.requestId)).filter((m) => m.template === 'NEW_OFFER').map((m) => [m.to_address, m.language])).toEqual([
      [world.contact.contactEmail, 'VI'],
      [world.contact.contactEmail, 'VI'],
    ]);

    // Tied to an account now: A's member re-offers at 80 %; the first offer is WITHDRAWN, superseded by it.
    await tieToAccount(server, sent.requestId, actors.buyer.id);
    const second = await makeOffer(server, actors.memberA, { quoteRequestId: shareA, lines: await pricedLines(shareA, world.quotesKeyA, 80n) });
    expect(second.data.makeOffer.userErrors).toEqual([]);
    const offerA2 = second.data.makeOffer.offer;
    const newest = (await mails(sent.requestId)).at(-1)!;
    expect([newest.template, newest.to_address, newest.language]).toEqual(['NEW_OFFER', actors.buyer.email, 'VI']);
    expect(newest.text_body).toContain(`/account/requests/${sent.requestId}`);

    const asA = await server.gql(`query($id: ID!) { node(id: $id) { ... on VendorQuoteRequest { status offers { id status supersededBy { id } } } } }`, { id: shareA }, world.quotesKeyA);
    expect(asA.data.node.status).toBe('OFFER_MADE');
    expect(asA.data.node.offers).toEqual([
      { id: offerA2.id, status: 'OPEN', supersededBy: null },
      { id: offerA1.id, status: 'WITHDRAWN', supersededBy: { id: offerA2.id } },
    ]);

    view = await readAsBuyer(token);
    expect(view.offers.map((o: any) => [o.id, o.status])).toEqual([
      [offerA2.id, 'OPEN'],
      [offerB.id, 'OPEN'],
      [offerA1.id, 'WITHDRAWN'],
    ]);
    expect(view.offers[2].supersededBy).toEqual({ id: offerA2.id });
    // Against the list prices: each line's list unit price is the request's, and the totals add up.
    for (const offer of view.offers) {
      expect(offer.monthlyTotal.amount).toBe(String(sum(offer.lines.map((l: any) => l.monthlyCost.amount))));
      expect(offer.listMonthlyTotal.amount).toBe(String(sum(offer.lines.map((l: any) => l.listMonthlyCost.amount))));
      expect(offer.firstYearTotal.amount).toBe(String(12n * BigInt(offer.monthlyTotal.amount) + BigInt(offer.oneTimeTotal.amount)));
      expect(BigInt(offer.monthlyTotal.amount)).toBeLessThan(BigInt(offer.listMonthlyTotal.amount));
    }
    const estimate = view.offeredEstimate;
    expect(estimate.lines.map((l: any) => l.offer?.id)).toEqual(expect.arrayContaining([offerA2.id, offerB.id]));
    expect(estimate.lines.some((l: any) => l.offer?.id === offerA1.id)).toBe(false);
    expect(estimate.monthlyTotal.amount).toBe(String(sum(estimate.lines.map((l: any) => l.monthlyCost.amount))));
    expect(estimate.oneTimeTotal.amount).toBe(String(sum(estimate.lines.map((l: any) => l.oneTimeCost.amount))));
    expect(estimate.monthlyTotal.amount).toBe(String(BigInt(offerA2.monthlyTotal.amount) + BigInt(offerB.monthlyTotal.amount)));
    expect(estimate.vat.amount).toBe(String(vatOf(BigInt(estimate.monthlyTotal.amount))));
    expect(estimate.totalWithVat.amount).toBe(String(BigInt(estimate.monthlyTotal.amount) + BigInt(estimate.vat.amount)));
    expect(estimate.firstYearVat.amount).toBe(String(12n * BigInt(estimate.vat.amount) + BigInt(estimate.oneTimeVat.amount)));
    expect(estimate.firstYearTotalWithVat.amount).toBe(String(BigInt(estimate.firstYearTotal.amount) + BigInt(estimate.firstYearVat.amount)));
    expect(estimate.listMonthlyTotal.amount).toBe(view.stack.evaluation.monthlyTotal.amount);
    expect(estimate.vatRate).toBe('10');

    // The buyer accepts A's newest offer with the token, and declines B's signed in to the account.
    const accepted = await decideOffer(server, 'acceptOffer', offerA2.id, {}, token);
    expect(accepted.data.acceptOffer).toEqual({ offer: { id: offerA2.id, status: 'ACCEPTED' }, userErrors: [] });
    const declined = await decideOffer(server, 'declineOffer', offerB.id, actors.buyer.headers);
    expect(declined.data.declineOffer).toEqual({ offer: { id: offerB.id, status: 'DECLINED' }, userErrors: [] });
    // Accepting again succeeds and tells no one twice; the withdrawn offer cannot be accepted.
    expect((await decideOffer(server, 'acceptOffer', offerA2.id, actors.buyer.headers)).data.acceptOffer.userErrors).toEqual([]);
    expect((await decideOffer(server, 'acceptOffer', offerA1.id, {}, token)).data.acceptOffer.userErrors.map((e: any) => e.code)).toEqual(['OFFER_NOT_OPEN']);
    // No new offer once accepted.
    const late = await makeOffer(server, actors.writeKeyA, { quoteRequestId: shareA, lines: linesA });
    expect(late.data.makeOffer.userErrors.map((e: any) => e.code)).toEqual(['ALREADY_ACCEPTED']);

    view = await readAsBuyer(token);
    expect(Object.fromEntries(view.parts.map((p: any) => [p.vendor.slug, p.status]))).toEqual({ 'cmc-cloud': 'OFFER_ACCEPTED', 'viettel-idc': 'OFFER_DECLINED' });
    expect(view.offeredEstimate.lines.filter((l: any) => l.vendor.slug === 'viettel-idc').every((l: any) => l.offer === null)).toBe(true);

    // Webhooks: A hears its offer made, replaced and accepted; B its offer made and declined; neither the other's.
    const hooksA = (await deliveriesOf(server, world.ownerA)).filter((d) => d.event !== 'QUOTE_REQUESTED' && d.payload.includes(shareA));
    expect(hooksA.map((d) => [d.event, JSON.parse(d.payload).change ?? null])).toEqual([
      ['OFFER_ACCEPTED', null],
      ['QUOTE_REQUEST_UPDATED', 'OFFER_REPLACED'],
      ['QUOTE_REQUEST_UPDATED', 'OFFER_MADE'],
    ]);
    expect(JSON.parse(hooksA[0]!.payload)).toEqual({
      event: 'OFFER_ACCEPTED',
      offer: {
        id: offerA2.id,
        status: 'ACCEPTED',
        monthlyTotal: { amount: offerA2.monthlyTotal.amount, currencyCode: 'VND' },
        oneTimeTotal: { amount: offerA2.oneTimeTotal.amount, currencyCode: 'VND' },
        validUntil: offerA2.validUntil,
        lines: offerA2.lines.map((l: any) => ({ planId: l.plan.id, quantity: l.quantity, unitPrice: { amount: l.unitPrice.amount, currencyCode: 'VND' } })),
      },
      quoteRequest: { id: shareA, reference: view.reference },
    });
    expect(JSON.parse(hooksA[1]!.payload).quoteRequest).toEqual({ id: shareA, reference: view.reference, status: 'OFFER_MADE' });
    const hooksB = (await deliveriesOf(server, world.memberB)).filter((d) => d.event !== 'QUOTE_REQUESTED' && d.payload.includes(shareB));
    expect(hooksB.map((d) => d.event)).toEqual(['OFFER_DECLINED', 'QUOTE_REQUEST_UPDATED']);
    expect(JSON.stringify(hooksB)).not.toContain(offerA2.id);

    // Mail to each vendor's members, once.
    const vendorMails = (await mails(sent.requestId)).filter((m) => m.template === 'OFFER_ACCEPTED' || m.template === 'OFFER_DECLINED');
    expect(sorted(vendorMails.filter((m) => m.template === 'OFFER_ACCEPTED').map((m) => m.to_address))).toEqual(sorted((await membersOf('cmc-cloud')).map((m) => m.email)));
    expect(sorted(vendorMails.filter((m) => m.template === 'OFFER_DECLINED').map((m) => m.to_address))).toEqual(sorted((await membersOf('viettel-idc')).map((m) => m.email)));
    expect(vendorMails.every((m) => m.text_body.includes('/console/quotes'))).toBe(true);

    // The trail: every step a row change of offers, with its actor, and no price.
    const trail = await rows<{ action: string; actor_type: string; actor_id: string | null; before: unknown; after: unknown }>(
      server.owner,
      sql`select action, actor_type, actor_id, before, after from audit_events where target_type = 'offers' and target_id in (${sql.join(
        [offerA1.id, offerA2.id, offerB.id].map((id) => sql`${dbId(id)}`),
        sql`, `,
      )}) order by id`,
    );
    expect(trail.map((e) => [e.action, e.actor_type])).toEqual([
      ['offers.INSERT', 'API_KEY'],
      ['offers.INSERT', 'API_KEY'],
      ['offers.UPDATE', 'USER'],
      ['offers.INSERT', 'USER'],
      ['offers.UPDATE', 'ANONYMOUS'],
      ['offers.UPDATE', 'USER'],
    ]);
    expect(trail[4]!.after).toMatchObject({ status: 'ACCEPTED' });
    const text = JSON.stringify(trail);
    for (const key of ['lines', 'terms', 'monthly_total', 'one_time_total', 'list_monthly_total']) expect(text).not.toContain(`"${key}"`);
    expect(text).not.toContain('Thanh toán 30 ngày');
    const hookTrail = JSON.stringify(await rows(server.owner, sql`select after from audit_events where target_type = 'webhook_deliveries' and after::text like ${`%${dbId(offerA2.id)}%`}`));
    expect(hookTrail).not.toContain('unitPrice');
  });

  it('reads an offer past its validUntil as EXPIRED, which cannot be accepted', async () => {
    const { server } = world;
    const sent = await sendQuote(world, {}, 'accessToken');
    const share = (await partsOf(server, sent.requestId))['viettel-idc']!;
    const made = await makeOffer(server, actors.writeKeyB, { quoteRequestId: share, lines: await pricedLines(share, world.quotesKeyB, 90n) });
    const offer = made.data.makeOffer.offer;
    await server.owner.db.execute(sql`update offers set valid_until = now() - interval '1 minute' where id = ${dbId(offer.id)}`);
    const view = await readAsBuyer(sent.payload.accessToken);
    expect(view.offers.map((o: any) => o.status)).toEqual(['EXPIRED']);
    expect(view.parts.find((p: any) => p.vendor.slug === 'viettel-idc').status).toBe('OFFER_EXPIRED');
    expect(view.offeredEstimate.lines.every((l: any) => l.offer === null)).toBe(true);
    const accept = await decideOffer(server, 'acceptOffer', offer.id, {}, sent.payload.accessToken);
    expect(accept.data.acceptOffer).toEqual({ offer: null, userErrors: [{ code: 'OFFER_EXPIRED', field: ['id'] }] });
    const withdraw = await server.gql(`mutation($id: ID!) { withdrawOffer(id: $id) { userErrors { code } } }`, { id: offer.id }, actors.writeKeyB);
    expect(withdraw.data.withdrawOffer.userErrors).toEqual([{ code: 'OFFER_EXPIRED' }]);
    const [stored] = await rows<{ status: string }>(server.owner, sql`select status::text from offers where id = ${dbId(offer.id)}`);
    expect(stored!.status).toBe('OPEN');
  });

  it('makes one decision of ten concurrent accepts and a decline', async () => {
    const { server } = world;
    const sent = await sendQuote(world, {}, 'accessToken');
    const token = sent.payload.accessToken as string;
    const share = (await partsOf(server, sent.requestId))['viettel-idc']!;
    const offer = (await makeOffer(server, actors.writeKeyB, { quoteRequestId: share, lines: await pricedLines(share, world.quotesKeyB, 90n) })).data.makeOffer.offer;
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => decideOffer(server, 'acceptOffer', offer.id, {}, token)),
      decideOffer(server, 'declineOffer', offer.id, {}, token),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const [stored] = await rows<{ status: string }>(server.owner, sql`select status::text from offers where id = ${dbId(offer.id)}`);
    const accepts = answers.slice(0, 10).map((a) => a.data.acceptOffer);
    const decline = answers[10]!.data.declineOffer;
    if (stored!.status === 'ACCEPTED') {
      expect(accepts.every((a) => a.userErrors.length === 0 && a.offer.status === 'ACCEPTED')).toBe(true);
      expect(decline.userErrors.map((e: any) => e.code)).toEqual(['OFFER_NOT_OPEN']);
    } else {
      expect(stored!.status).toBe('DECLINED');
      expect(accepts.every((a) => a.userErrors[0]?.code === 'OFFER_NOT_OPEN')).toBe(true);
    }
    const event = stored!.status === 'ACCEPTED' ? 'OFFER_ACCEPTED' : 'OFFER_DECLINED';
    const hooks = (await deliveriesOf(server, world.memberB)).filter((d) => d.event.startsWith('OFFER_') && d.payload.includes(offer.id));
    expect(hooks.map((d) => d.event)).toEqual([event]);
    const mailed = (await mails(sent.requestId)).filter((m) => m.template === event);
    expect(sorted(mailed.map((m) => m.to_address))).toEqual(sorted((await membersOf('viettel-idc')).map((m) => m.email)));
    const decided = await rows(server.owner, sql`select 1 from audit_events where target_type = 'offers' and target_id = ${dbId(offer.id)} and action = 'offers.UPDATE'`);
    expect(decided).toHaveLength(1);
  });

  it('checks an offer’s input, and lets the vendor withdraw, decline and offer again', async () => {
    const { server } = world;
    const sent = await sendQuote(world, {}, 'accessToken');
    const token = sent.payload.accessToken as string;
    const share = (await partsOf(server, sent.requestId))['cmc-cloud']!;
    const lines = await pricedLines(share, world.quotesKeyA, 90n);
    const otherVendorPlan = (await pricedLines((await partsOf(server, sent.requestId))['viettel-idc']!, world.quotesKeyB, 90n))[0]!.planId;
    const codes = async (input: Parameters<typeof makeOffer>[2]) =>
      (await makeOffer(server, actors.writeKeyA, input, 'id')).data.makeOffer.userErrors.map((e: any) => [e.code, e.field.join('.')]);
    const q = sent.requestId;
    expect(await codes({ quoteRequestId: q, lines: [] })).toEqual([['BLANK', 'input.lines']]);
    expect(await codes({ quoteRequestId: q, lines: Array.from({ length: 101 }, () => lines[0]!) })).toEqual([['TOO_MANY_LINES', 'input.lines']]);
    expect(await codes({ quoteRequestId: q, lines: [lines[0]!, lines[0]!] })).toEqual([['DUPLICATE_LINE', 'input.lines.1.planId']]);
    expect(await codes({ quoteRequestId: q, lines: [{ ...lines[0]!, planId: otherVendorPlan }] })).toEqual([['UNKNOWN_PLAN', 'input.lines.0.planId']]);
    expect(await codes({ quoteRequestId: q, lines: [{ ...lines[0]!, quantity: 0 }] })).toEqual([['QUANTITY_OUT_OF_RANGE', 'input.lines.0.quantity']]);
    expect(await codes({ quoteRequestId: q, lines: [{ ...lines[0]!, unitPrice: '1000000000001' }] })).toEqual([['OUT_OF_RANGE', 'input.lines.0.unitPrice']]);
    expect(await codes({ quoteRequestId: q, lines: [{ ...lines[0]!, unitPrice: '12.5' }] })).toEqual([['OUT_OF_RANGE', 'input.lines.0.unitPrice']]);
    expect(await codes({ quoteRequestId: q, lines, validUntil: new Date(Date.now() - 1000).toISOString() })).toEqual([['OUT_OF_RANGE', 'input.validUntil']]);
    expect(await codes({ quoteRequestId: q, lines, validUntil: new Date(Date.now() + 367 * 86_400_000).toISOString() })).toEqual([['OUT_OF_RANGE', 'input.validUntil']]);
    expect(await codes({ quoteRequestId: q, lines, terms: 'x'.repeat(4001) })).toEqual([['TOO_LONG', 'input.terms']]);
    expect(await rows(server.owner, sql`select 1 from offers where quote_request_id = ${dbId(q)}`)).toEqual([]);

    const status = async () => (await readAsBuyer(token)).parts.find((p: any) => p.vendor.slug === 'cmc-cloud').status;
    const offer = (await makeOffer(server, actors.writeKeyA, { quoteRequestId: share, lines })).data.makeOffer.offer;
    const withdraw = `mutation($id: ID!) { withdrawOffer(id: $id) { offer { id status decidedAt } userErrors { code } } }`;
    const withdrawn = (await server.gql(withdraw, { id: offer.id }, actors.writeKeyA)).data.withdrawOffer;
    expect(withdrawn.offer.status).toBe('WITHDRAWN');
    expect(withdrawn.offer.decidedAt).not.toBeNull();
    expect(await status()).toBe('OFFER_WITHDRAWN');
    expect((await server.gql(withdraw, { id: offer.id }, actors.writeKeyA)).data.withdrawOffer.userErrors).toEqual([{ code: 'OFFER_NOT_OPEN' }]);

    const again = (await makeOffer(server, actors.writeKeyA, { quoteRequestId: share, lines })).data.makeOffer.offer;
    const declined = await server.gql(
      `mutation($id: ID!) { declineQuoteRequest(input: { id: $id, reason: "Không đủ năng lực" }) { quoteRequest { status declinedAt declineReason offers { id status } } userErrors { code } } }`,
      { id: share },
      world.ownerA,
    );
    expect(declined.data.declineQuoteRequest.userErrors).toEqual([]);
    expect(declined.data.declineQuoteRequest.quoteRequest).toMatchObject({ status: 'VENDOR_DECLINED', declineReason: 'Không đủ năng lực' });
    expect(declined.data.declineQuoteRequest.quoteRequest.offers[0]).toEqual({ id: again.id, status: 'WITHDRAWN' });
    expect(await status()).toBe('VENDOR_DECLINED');
    const told = await server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { parts { vendor { slug } declinedAt declineReason } } }`, { token });
    expect(told.data.quoteRequestByToken.parts.find((p: any) => p.vendor.slug === 'cmc-cloud')).toMatchObject({ declineReason: 'Không đủ năng lực' });
    expect(told.data.quoteRequestByToken.parts.find((p: any) => p.vendor.slug === 'cmc-cloud').declinedAt).not.toBeNull();
    const declinedMail = (await mails(q)).filter((m) => m.template === 'VENDOR_DECLINED');
    expect(declinedMail.map((m) => [m.to_address, m.language])).toEqual([[world.contact.contactEmail, 'VI']]);
    expect(declinedMail[0]!.text_body).toContain('Không đủ năng lực');

    // A new offer lifts the decline.
    expect((await makeOffer(server, actors.writeKeyA, { quoteRequestId: share, lines })).data.makeOffer.userErrors).toEqual([]);
    expect(await status()).toBe('OFFER_MADE');
    const [row] = await rows<{ declined_at: Date | null }>(server.owner, sql`select declined_at from vendor_quote_requests where id = ${dbId(share)}`);
    expect(row!.declined_at).toBeNull();
    const changes = (await deliveriesOf(server, world.ownerA)).filter((d) => d.event === 'QUOTE_REQUEST_UPDATED' && d.payload.includes(share));
    expect(changes.map((d) => JSON.parse(d.payload).change)).toEqual(['OFFER_MADE', 'VENDOR_DECLINED', 'OFFER_MADE', 'OFFER_WITHDRAWN', 'OFFER_MADE']);
  });
});
