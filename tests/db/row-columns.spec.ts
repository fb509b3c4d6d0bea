import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mayviet from '@mayviet/db';
import {
  addMembership,
  allCategories,
  allFrameworks,
  allOrganizations,
  anyVendorQuoteRequestsByIds,
  apiKeyForAuth,
  apiKeyPage,
  apiKeysOfOrganization,
  blueprintBySlug,
  composeCandidateChanges,
  composeCandidates,
  archiveByStaff,
  attestationsBySubject,
  catalogChangesSince,
  catalogDictionaries,
  catalogIndexRows,
  catalogVersion,
  cataloguePages,
  currentRevisionsByOfferingIds,
  dataCentersByIds,
  dataCentersByOfferingIds,
  dataCentersByVendorIds,
  deliveriesOfOrganization,
  deliveryPage,
  ecosystemReport,
  enqueueWebhooks,
  frameworksWithVerifiedAttestations,
  insertApiKey,
  insertQuoteRequest,
  insertSession,
  insertStack,
  insertUser,
  listingContent,
  listingDataCenters,
  listingOfVendor,
  listingsByIds,
  listingsOfVendor,
  listBlueprints,
  listVendors,
  membershipsOfUser,
  offeringFacets,
  offeringsByIds,
  offeringsBySlugs,
  offeringsOfVendors,
  offeringTextsByIds,
  offeringWithRelationsBySlug,
  organizationOfVendor,
  organizationsByIds,
  partsOfQuoteRequests,
  plansByIds,
  plansByOfferingIds,
  queryRows,
  quoteInbox,
  quoteRequestByTokenHash,
  quoteRequestsByContactEmail,
  quoteRequestsByIds,
  requirementsByOfferingIds,
  reviewQueue,
  saveRevision,
  searchAuditEvents,
  searchOfferings,
  insertEndpoint,
  endpointsOfOrganizations,
  endpointOfOrganization,
  endpointsByIds,
  updateEndpoint,
  rotateEndpointSecret,
  insertDelivery,
  deliveryOfOrganization,
  deliveriesByIds,
  claimDueDeliveries,
  listingEventFacts,
  planEventFacts,
  attestationEventFacts,
  organizationEventFacts,
  expireDueAttestations,
  specsByPlanIds,
  stackByIdempotencyKey,
  stackFacts,
  stackItemsByStackIds,
  stackPlansByIds,
  stacksByIds,
  staffArchivedListings,
  userForSignIn,
  userOfSession,
  usersByIds,
  vendorBySlug,
  vendorsBySlugs,
  vendorQuoteLines,
  vendorQuoteRequestsByIds,
  vendorsByIds,
  verificationQueue,
  type Database,
  type Db,
} from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/server.ts';

// Raw SQL names its columns by hand-written aliases, and the row interfaces are kept in step with them by
// hand: a misspelled or missing alias compiles and reads as undefined. Each row type has a list of its
// keys that the compiler checks against the interface (rowKeys); here every read statement runs on the
// seeded database and the columns it returns must be exactly those keys.

const keyLists = new Set<readonly string[]>();

/**
 * Every row has exactly the columns `keys` names, and `extra` (what the statement adds to the row type),
 * each read: a function that sets a key from a column the statement lost (toDate(row.createdAt)) gives
 * undefined or an invalid date, never null.
 */
function expectColumns(rows: readonly object[], keys: readonly string[], extra: readonly string[] = []): void {
  keyLists.add(keys);
  expect(rows.length, 'a statement that returns no row proves nothing').toBeGreaterThan(0);
  const expected = [...keys, ...extra].sort();
  for (const row of rows) {
    expect(Object.keys(row).sort()).toEqual(expected);
    const unread = Object.entries(row).filter(([, value]) => value === undefined || (value instanceof Date && Number.isNaN(value.getTime())));
    expect(unread.map(([key]) => key), 'keys set from no column').toEqual([]);
  }
}

let database: Database;
let drop: () => Promise<void>;
let db: Db;
let vendorIds: string[];
let offeringIds: string[];
let dataCenterIds: string[];
/** a published offering with a requirement naming vendors, its plan and its vendor */
let needy: { offeringId: string; slug: string; planId: string; vendorId: string };
/** a plan of a published offering with data centers */
let hosted: { planId: string };
let stackId: string;
let quoteRequestId: string;
let endpointId: string;
let userId: string;
let organizationId: string;

async function ids(query: ReturnType<typeof sql>): Promise<string[]> {
  return (await queryRows<{ id: string }>(db, query)).map((row) => row.id);
}

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  db = database.db;
  vendorIds = await ids(sql`select id from vendors order by slug`);
  offeringIds = await ids(sql`select id from offerings where status = 'PUBLISHED' order by slug`);
  dataCenterIds = await ids(sql`select id from data_centers order by slug`);
  needy = (await queryRows<typeof needy>(
    db,
    sql`select o.id as "offeringId", o.slug, p.id as "planId", o.vendor_id as "vendorId"
        from offerings o join plans p on p.offering_id = o.id
        where o.status = 'PUBLISHED' and p.unit <> 'ONE_TIME'
          and exists (select 1 from requirements r join requirement_vendors rv on rv.requirement_id = r.id where r.offering_id = o.id)
        order by o.slug, p.slug limit 1`,
  ))[0]!;
  hosted = (await queryRows<typeof hosted>(
    db,
    sql`select p.id as "planId" from offerings o join plans p on p.offering_id = o.id
        where o.status = 'PUBLISHED' and o.kind = 'IAAS' and p.unit = 'MONTH'
          and exists (select 1 from offering_data_centers x where x.offering_id = o.id)
          and exists (select 1 from plan_specs s where s.plan_id = p.id)
        order by o.slug, p.slug limit 1`,
  ))[0]!;

  const { stack } = await insertStack(db, {
    name: 'Row columns',
    idempotencyKey: 'row-columns',
    contentHash: 'row-columns',
    items: [{ planId: needy.planId, quantity: 1, savedMonthlyPrice: '1', savedOneTimePrice: '0', redundancyGroup: 'row-columns' }],
  });
  stackId = stack.id;
  const request = await insertQuoteRequest(db, {
    stackId,
    contactName: 'Nguyễn Văn A',
    contactEmail: 'row-columns@example.vn',
    organization: 'Sở TT&TT',
    message: 'Báo giá',
    clientAddress: '127.0.0.1',
    accessTokenHash: 'row-columns-token-hash',
    parts: [
      {
        vendorId: needy.vendorId,
        monthlySubtotal: '1',
        oneTimeSubtotal: '0',
        lines: [{ planId: needy.planId, quantity: 1, monthlyPrice: '1', oneTimePrice: '0' }],
      },
    ],
  });
  quoteRequestId = request.id;

  const user = await insertUser(db, { email: 'row-columns@example.vn', name: 'Row columns', passwordHash: 'not-a-hash', staff: false });
  userId = user.id;
  await insertSession(db, { tokenHash: 'row-columns-session', userId, days: 1 });
  const organization = await organizationOfVendor(db, needy.vendorId);
  organizationId = organization.id;
  await addMembership(db, { userId, organizationId, role: 'OWNER' });
  await insertApiKey(db, { organizationId, name: 'row columns', prefix: 'rowcolumns', secretHash: 'hash', scopes: ['listings:read'], createdByUserId: userId });
  endpointId = (await insertEndpoint(db, { organizationId, url: 'https://example.vn/hook', description: null, topics: ['QUOTE_REQUESTED'], secret: 'secret' }, 10))!.id;
  await enqueueWebhooks(db, 'QUOTE_REQUESTED', [{ vendorId: needy.vendorId, payload: { quoteRequest: { id: quoteRequestId } } }]);
  await db.execute(
    sql`insert into offers (vendor_quote_request_id, quote_request_id, vendor_id, lines, monthly_total, one_time_total, list_monthly_total, list_one_time_total, valid_until)
        select id, quote_request_id, vendor_id, ${JSON.stringify([{ planId: needy.planId, quantity: 1, unitPrice: 1, listUnitPrice: 1, unit: 'MONTH' }])}::jsonb, 1, 0, 1, 0, now() + interval '30 days'
        from vendor_quote_requests where quote_request_id = ${quoteRequestId}`,
  );
  await saveRevision(db, { offeringId: needy.offeringId, baseVersion: 1, content: await listingContent(db, needy.offeringId), userId });
  const [archived] = await ids(
    sql`select id from offerings where status = 'PUBLISHED' and vendor_id = ${needy.vendorId} and id <> ${needy.offeringId} order by slug limit 1`,
  );
  await archiveByStaff(db, archived!, 'Row columns');
});

afterAll(async () => {
  await drop?.();
});

describe('catalog reads return the columns of their row types', () => {
  it('vendors, by id, by slug and by page', async () => {
    expectColumns(await vendorsByIds(db, vendorIds), mayviet.vendorRowKeys);
    const vendor = (await vendorsByIds(db, vendorIds.slice(0, 1)))[0]!;
    expectColumns([(await vendorBySlug(db, vendor.slug))!], mayviet.vendorRowKeys);
    expectColumns(await vendorsBySlugs(db, [vendor.slug]), mayviet.vendorRowKeys);
    expectColumns((await listVendors(db, { first: 5 })).rows, mayviet.vendorRowKeys, ['sortName']);
  });

  it('data centers, by id, vendor and offering (with the vendor)', async () => {
    expectColumns(await dataCentersByIds(db, dataCenterIds), mayviet.dataCenterRowKeys);
    expectColumns(await dataCentersByVendorIds(db, vendorIds), mayviet.dataCenterRowKeys);
    const ofOfferings = await dataCentersByOfferingIds(db, offeringIds);
    expectColumns(ofOfferings, mayviet.dataCenterRowKeys, ['offeringId', 'vendor']);
    expectColumns(
      ofOfferings.map((row) => row.vendor),
      mayviet.vendorRowKeys,
    );
  });

  it('categories', async () => {
    expectColumns(await allCategories(db), mayviet.categoryRowKeys);
  });

  it('offerings, by id and slug, and their texts', async () => {
    expectColumns(await offeringsByIds(db, offeringIds), mayviet.offeringRowKeys);
    expectColumns(await offeringsBySlugs(db, [needy.slug]), mayviet.offeringRowKeys);
    expectColumns(await offeringTextsByIds(db, offeringIds), mayviet.offeringTextsKeys, ['id']);
  });

  it('an offering by slug with all its relations, in one statement (the offering page)', async () => {
    const slugs = await queryRows<{ slug: string }>(db, sql`select slug from offerings where status = 'PUBLISHED' order by slug`);
    const read = await Promise.all(slugs.map(({ slug }) => offeringWithRelationsBySlug(db, slug, new Set(mayviet.offeringRelations))));
    const found = read.filter((row) => row !== null);
    expect(found.length).toBe(slugs.length);
    expectColumns(
      found.map((row) => row.offering),
      mayviet.offeringRowKeys,
    );
    expectColumns(
      found.map((row) => row.related),
      mayviet.offeringRelations,
    );
    const related = found.map((row) => row.related as mayviet.OfferingRelations);
    expectColumns(
      related.flatMap((row) => row.categories),
      mayviet.categoryRowKeys,
    );
    expectColumns(
      related.flatMap((row) => [row.vendor, ...row.dataCenters.map((dc) => dc.vendor), ...row.requirements.flatMap((requirement) => requirement.vendors)]),
      mayviet.vendorRowKeys,
    );
    expectColumns(
      related.flatMap((row) => row.vendorDataCenters),
      mayviet.dataCenterRowKeys,
    );
    expectColumns(
      related.flatMap((row) => row.dataCenters),
      mayviet.dataCenterRowKeys,
      ['offeringId', 'vendor'],
    );
    const plans = related.flatMap((row) => row.plans);
    expectColumns(plans, mayviet.planRowKeys);
    expectColumns(
      plans.flatMap((plan) => plan.specs),
      mayviet.specRowKeys,
    );
    expectColumns(
      related.flatMap((row) => row.requirements),
      mayviet.requirementRowKeys,
    );
    const attestations = related.flatMap((row) => [...row.vendorAttestations, ...row.attestations]);
    expectColumns(attestations, mayviet.attestationRowKeys, ['framework']);
    expectColumns(
      attestations.map((attestation) => attestation.framework),
      mayviet.complianceFrameworkRowKeys,
    );
    expect(related.some((row) => row.attestations.length > 0), 'an offering of the seed holds attestations').toBe(true);
  });

  it('plans with their specs', async () => {
    const plans = await plansByOfferingIds(db, offeringIds);
    expectColumns(plans, mayviet.planRowKeys);
    expectColumns(
      plans.flatMap((plan) => plan.specs),
      mayviet.specRowKeys,
    );
    expectColumns(await plansByIds(db, [needy.planId, hosted.planId]), mayviet.planRowKeys);
    expectColumns(await specsByPlanIds(db, [hosted.planId]), mayviet.specRowKeys, ['planId']);
  });

  it('requirements with the vendors they name', async () => {
    const requirements = await requirementsByOfferingIds(db, offeringIds);
    expectColumns(requirements, mayviet.requirementRowKeys);
    expectColumns(
      requirements.flatMap((requirement) => requirement.vendors),
      mayviet.vendorRowKeys,
    );
  });

  it('frameworks with their groups, and attestations with their framework', async () => {
    const frameworks = await allFrameworks(db);
    expectColumns(frameworks, mayviet.complianceFrameworkRowKeys);
    expectColumns(
      frameworks.flatMap((framework) => framework.groups),
      mayviet.complianceGroupRowKeys,
    );
    expectColumns(await frameworksWithVerifiedAttestations(db), mayviet.complianceFrameworkRowKeys);
    const attestations = await attestationsBySubject(db, 'vendor', vendorIds);
    expectColumns(attestations, mayviet.attestationRowKeys, ['framework']);
    expectColumns(
      attestations.map((attestation) => attestation.framework),
      mayviet.complianceFrameworkRowKeys,
    );
  });

  it('the in-memory index’s rows, the changes between versions and the dictionaries', async () => {
    expectColumns(await catalogIndexRows(db, { afterId: null, limit: 5 }), mayviet.catalogIndexRowKeys);
    expectColumns(await catalogIndexRows(db, { ids: offeringIds }), mayviet.catalogIndexRowKeys);
    const through = await catalogVersion(db);
    expectColumns([await catalogChangesSince(db, (BigInt(through) - 1n).toString(), through)], mayviet.catalogChangesKeys);
    const dictionaries = await catalogDictionaries(db);
    expectColumns([dictionaries], mayviet.catalogDictionariesKeys);
    expectColumns(dictionaries.vendors, mayviet.catalogDictionaryItemKeys.vendors);
    expectColumns(dictionaries.categories, mayviet.catalogDictionaryItemKeys.categories);
  });

  it('search pages, facet counts and each vendor’s page of offerings', async () => {
    expectColumns((await searchOfferings(db, { sort: 'NAME' }, { first: 5 })).rows, mayviet.offeringRowKeys, ['cursorKeys']);
    expectColumns((await searchOfferings(db, { query: 'cloud', sort: 'RELEVANCE' }, { first: 5 })).rows, mayviet.offeringRowKeys, ['cursorKeys']);
    expectColumns(await offeringFacets(db, { sort: 'NAME' }), mayviet.facetCountKeys);
    const pages = await offeringsOfVendors(db, vendorIds, { first: 2 });
    expectColumns(
      pages.flatMap((page) => page.rows),
      mayviet.offeringRowKeys,
      ['cursorKeys'],
    );
  });
});

describe('stack reads return the columns of their row types', () => {
  it('plans of stack lines with their offerings', async () => {
    const plans = await stackPlansByIds(db, [needy.planId, hosted.planId]);
    expectColumns(plans, mayviet.stackPlanRowKeys);
    expectColumns(
      plans.map((plan) => plan.offering),
      mayviet.offeringRowKeys,
    );
  });

  it('the facts for evaluating stacks, each list’s rows included', async () => {
    const fixes = { layers: [{ kinds: ['SECURITY'], categories: [] }], secondSiteCategories: ['compute'], recoveryCategory: 'disaster-recovery' };
    const facts = await stackFacts(db, [[needy.planId], [hosted.planId]], 'MIC-CLOUD-153', fixes);
    expectColumns([facts], mayviet.stackFactsKeys);
    expectColumns(facts.lines, mayviet.stackLineRowKeys);
    expectColumns(
      facts.lines.map((line) => line.offering),
      mayviet.offeringFactsKeys,
    );
    expectColumns(
      facts.lines.flatMap((line) => line.requirements),
      mayviet.stackRequirementRowKeys,
    );
    expectColumns(facts.vendors, mayviet.vendorRowKeys);
    expectColumns(facts.dataCenters, mayviet.dataCenterRowKeys);
    expectColumns(facts.categories, mayviet.categoryRowKeys);
    expectColumns(facts.candidates, mayviet.candidateRowKeys);
    expectColumns(
      facts.candidates.map((candidate) => candidate.offering),
      mayviet.offeringFactsKeys,
    );
  });

  it('blueprints and their needs', async () => {
    await db.execute(sql`insert into blueprints (slug, name, name_en, description, description_en, position)
                         values ('row-columns', 'Mẫu', 'Blueprint', 'Mô tả', 'Description', 1000)
                         on conflict (slug) do nothing`);
    await db.execute(sql`insert into blueprint_needs (blueprint_id, position, category_id, quantity, note, note_en)
                         select b.id, 0, c.id, 2, 'Ghi chú', 'Note' from blueprints b, categories c
                         where b.slug = 'row-columns' and c.slug = 'compute' on conflict do nothing`);
    const blueprints = await listBlueprints(db);
    expectColumns(blueprints, mayviet.blueprintRowKeys);
    expectColumns([(await blueprintBySlug(db, 'row-columns'))!], mayviet.blueprintRowKeys);
    expectColumns(blueprints.flatMap((blueprint) => blueprint.needs), mayviet.blueprintNeedRowKeys);
  });

  it('the composer\u2019s candidates, with their requirements', async () => {
    const [category] = await ids(sql`select o.category_id::text as id from offerings o where o.id = ${needy.offeringId}`);
    const candidates = await composeCandidates(db, [Number(category), 1]);
    expect(candidates.some((candidate) => candidate.requirements.length > 0)).toBe(true);
    expectColumns(candidates, mayviet.composeCandidateRowKeys);
    expectColumns(await composeCandidates(db, [Number(category), 1], 'MIC-CLOUD-153'), mayviet.composeCandidateRowKeys);
    const [version] = await ids(sql`select version::text as id from catalog_state`);
    expectColumns([await composeCandidateChanges(db, String(BigInt(version!) - 1n), version!)], mayviet.composeCandidateChangesKeys);
  });

  it('saved stacks and their items', async () => {
    expectColumns(await stacksByIds(db, [stackId]), mayviet.stackRowKeys);
    expectColumns([(await stackByIdempotencyKey(db, 'row-columns'))!], mayviet.stackRowKeys);
    expectColumns(await stackItemsByStackIds(db, [stackId]), mayviet.stackItemRowKeys);
  });

  it('quote requests and their parts, for the buyer and for the vendor', async () => {
    expectColumns(await quoteRequestsByIds(db, [quoteRequestId]), mayviet.quoteRequestRowKeys);
    expectColumns([(await quoteRequestByTokenHash(db, 'row-columns-token-hash'))!], mayviet.quoteRequestRowKeys);
    expectColumns(await quoteRequestsByContactEmail(db, 'row-columns@example.vn', 5), mayviet.quoteRequestRowKeys, ['position']);
    const parts = await partsOfQuoteRequests(db, [quoteRequestId]);
    expectColumns(parts, mayviet.quoteRequestPartRowKeys);
    const partIds = parts.map((part) => part.id);
    expectColumns(await quoteInbox(db, needy.vendorId, { first: 5, after: null, handled: null }), mayviet.vendorQuoteRequestRowKeys);
    expectColumns(await vendorQuoteRequestsByIds(db, needy.vendorId, partIds), mayviet.vendorQuoteRequestRowKeys);
    expectColumns(await anyVendorQuoteRequestsByIds(db, partIds), mayviet.vendorQuoteRequestRowKeys);
    expectColumns(await vendorQuoteLines(db, partIds), mayviet.vendorQuoteLineRowKeys);
  });

  it('offers, the shares they answer, and whom they are told to', async () => {
    const [part] = await partsOfQuoteRequests(db, [quoteRequestId]);
    const share = await mayviet.lockVendorShare(db, needy.vendorId, { shareId: part!.id });
    expectColumns([share!], mayviet.lockedShareRowKeys);
    const { offer } = await mayviet.insertOffer(db, {
      id: crypto.randomUUID(),
      vendorQuoteRequestId: part!.id,
      quoteRequestId,
      vendorId: needy.vendorId,
      lines: [{ planId: needy.planId, quantity: 1, unitPrice: 1, listUnitPrice: 1, unit: 'MONTH' }],
      monthlyTotal: '1',
      oneTimeTotal: '0',
      listMonthlyTotal: '1',
      listOneTimeTotal: '0',
      validUntil: new Date(Date.now() + 86_400_000),
      terms: null,
      createdByUserId: null,
      createdByApiKeyId: null,
    });
    expectColumns([offer], mayviet.offerRowKeys);
    expectColumns(await mayviet.offersByIds(db, [offer.id]), mayviet.offerRowKeys);
    expectColumns((await mayviet.offersByIds(db, [offer.id]))[0]!.lines, mayviet.offerLineRowKeys);
    expectColumns(await mayviet.offersOfQuoteRequests(db, [quoteRequestId]), mayviet.offerRowKeys);
    expectColumns(await mayviet.offersOfShares(db, [part!.id]), mayviet.offerRowKeys);
    expectColumns([(await mayviet.lockShareOfOffer(db, offer.id))!], mayviet.lockedShareRowKeys);
    expectColumns(await mayviet.shareStatesByIds(db, [part!.id]), mayviet.shareStateRowKeys);
    expectColumns([(await mayviet.buyerOfQuoteRequest(db, quoteRequestId))!], mayviet.quoteBuyerRowKeys);
    expectColumns(await mayviet.membersOfVendor(db, needy.vendorId), mayviet.vendorMemberRowKeys);
    expectColumns([(await mayviet.decideOffer(db, offer.id, 'WITHDRAWN'))!], mayviet.offerRowKeys);
  });
});

describe('partner and staff reads return the columns of their row types', () => {
  it('users, sessions, memberships, organizations and API keys', async () => {
    expectColumns(await usersByIds(db, [userId]), mayviet.userRowKeys);
    expectColumns([(await userForSignIn(db, 'row-columns@example.vn'))!], mayviet.userRowKeys, ['passwordHash', 'disabled']);
    expectColumns([(await userOfSession(db, 'row-columns-session'))!], mayviet.userRowKeys, ['sessionId']);
    expectColumns(await membershipsOfUser(db, userId), mayviet.membershipRowKeys);
    expectColumns(await organizationsByIds(db, [organizationId]), mayviet.organizationRowKeys);
    expectColumns(await apiKeysOfOrganization(db, organizationId), mayviet.apiKeyRowKeys);
    expectColumns(await apiKeyPage(db, organizationId, { first: 5, after: null }), mayviet.apiKeyRowKeys, ['position']);
    expectColumns([(await apiKeyForAuth(db, 'rowcolumns'))!], mayviet.apiKeyRowKeys, ['secretHash', 'vendorId', 'suspended']);
    const testKey = await insertApiKey(db, { organizationId, name: 'revoked', prefix: 'rowcolumnstest', secretHash: 'hash', scopes: ['listings:read'], createdByUserId: userId, mode: 'TEST' });
    expectColumns([(await mayviet.revokeApiKey(db, organizationId, testKey.id))!], mayviet.apiKeyRowKeys);
  });

  it('buyer accounts: sign-up, confirming, a new password, and the requests an account keeps', async () => {
    const buyer = await mayviet.insertBuyer(db, { email: 'row-columns-buyer@example.vn', name: 'Buyer', organization: null, language: 'EN', passwordHash: 'not-a-hash' });
    expectColumns([buyer!], mayviet.userRowKeys);
    expectColumns([(await mayviet.userByEmail(db, 'row-columns-buyer@example.vn'))!], mayviet.userRowKeys, ['disabled']);
    expectColumns([await mayviet.confirmUserEmail(db, buyer!.id)], mayviet.userRowKeys);
    expectColumns([await mayviet.setPassword(db, buyer!.id, 'still-not-a-hash')], mayviet.userRowKeys);
    expectColumns([(await mayviet.claimQuoteRequestForBuyer(db, quoteRequestId, buyer!.id))!], mayviet.quoteRequestRowKeys);
    expectColumns([(await mayviet.claimQuoteRequestForBuyer(db, quoteRequestId, userId))!], mayviet.quoteRequestRowKeys);
    expectColumns(await mayviet.quoteRequestsOfBuyer(db, buyer!.id, 5, null), mayviet.quoteRequestRowKeys, ['position']);
  });

  it('members and invitations', async () => {
    expectColumns(await mayviet.membersOfOrganization(db, organizationId), mayviet.organizationMemberRowKeys);
    expectColumns((await mayviet.membersOfOrganization(db, organizationId)).map((member) => member.user), mayviet.userRowKeys);
    expectColumns(await mayviet.lockMembers(db, organizationId), mayviet.lockedMemberRowKeys);
    const invitation = { organizationId, email: 'row-columns-invited@example.vn', role: 'MEMBER', tokenHash: 'row-columns-invitation', invitedByUserId: userId, days: 7 } as const;
    expectColumns([await mayviet.upsertInvitation(db, invitation)], mayviet.organizationInvitationRowKeys);
    expectColumns(await mayviet.openInvitations(db, organizationId), mayviet.organizationInvitationRowKeys);
    const locked = await mayviet.lockInvitationByToken(db, 'row-columns-invitation');
    expectColumns([locked!], mayviet.invitationByTokenRowKeys);
    expectColumns([(await mayviet.revokeInvitation(db, organizationId, locked!.id))!], mayviet.organizationInvitationRowKeys);
  });

  it('idempotency keys, as a claim takes one and as the next finds it', async () => {
    const claim = { organizationId, key: 'row-columns', requestHash: 'row-columns-hash', leaseSeconds: 60, keepSeconds: 60 };
    expectColumns([(await mayviet.claimIdempotencyKey(db, claim))!], mayviet.idempotencyKeyRowKeys);
    expectColumns([(await mayviet.claimIdempotencyKey(db, claim))!], mayviet.idempotencyKeyRowKeys);
  });

  it('webhook deliveries', async () => {
    expectColumns((await deliveriesOfOrganization(db, organizationId, 5))!, mayviet.webhookDeliveryRowKeys);
    expectColumns(await deliveryPage(db, organizationId, { first: 5, after: null }), mayviet.webhookDeliveryRowKeys, ['position']);
    expectColumns(await deliveryPage(db, organizationId, { first: 5, after: null, endpointId }), mayviet.webhookDeliveryRowKeys, ['position']);
    const [first] = (await deliveriesOfOrganization(db, organizationId, 1))!;
    expectColumns([(await deliveryOfOrganization(db, organizationId, first!.id))!], mayviet.webhookDeliveryRowKeys);
    expectColumns(await deliveriesByIds(db, [first!.id]), mayviet.webhookDeliveryRowKeys);
    const ping = { organizationId, endpointId, event: 'PING', payload: { event: 'PING' }, test: true, redeliveryOfId: first!.id } as const;
    expectColumns([(await insertDelivery(db, ping))!], mayviet.webhookDeliveryRowKeys);
    expectColumns(await claimDueDeliveries(db, 5, 60), mayviet.webhookDeliveryRowKeys, ['secret', 'previousSecret']);
  });

  it('webhook endpoints', async () => {
    expectColumns(await endpointsOfOrganizations(db, [organizationId]), mayviet.webhookEndpointRowKeys);
    expectColumns(await endpointsByIds(db, [endpointId]), mayviet.webhookEndpointRowKeys);
    expectColumns([(await endpointOfOrganization(db, organizationId, endpointId))!], mayviet.webhookEndpointRowKeys);
    expectColumns([(await updateEndpoint(db, organizationId, endpointId, { description: 'row columns' }))!], mayviet.webhookEndpointRowKeys);
    expectColumns([(await rotateEndpointSecret(db, organizationId, endpointId, 'secret-2', 24))!], mayviet.webhookEndpointRowKeys);
  });

  it('what webhook events say of listings, plans, attestations and organizations', async () => {
    expectColumns([(await listingEventFacts(db, needy.offeringId))!], mayviet.listingEventFactsKeys);
    expectColumns(await planEventFacts(db, [needy.planId]), mayviet.planEventFactsKeys);
    const [attestation] = await ids(sql`select id from attestations where status in ('VERIFIED', 'EXPIRED') and superseded_at is null order by id limit 1`);
    expectColumns([(await attestationEventFacts(db, attestation!))!], mayviet.attestationEventFactsKeys);
    expectColumns([(await organizationEventFacts(db, organizationId))!], mayviet.organizationEventFactsKeys);
    await db.execute(sql`update attestations set status = 'VERIFIED', valid_until = now() - interval '1 day', verified_at = now() where id = ${attestation!}`);
    expectColumns(await expireDueAttestations(db, 5), mayviet.attestationEventFactsKeys);
  });

  it('the mail outbox, as the worker claims it and the development mailbox lists it', async () => {
    await mayviet.enqueueMail(db, [
      { template: 'CONFIRM_EMAIL', language: 'VI', toAddress: 'row-columns@example.vn', toName: 'Row columns', subject: 's', textBody: 't', htmlBody: '<p>h</p>', userId, quoteRequestId },
    ]);
    expectColumns(await mayviet.recentMail(db, 5), mayviet.mailboxRowKeys);
    expectColumns(await mayviet.claimDueMail(db, 5, 60), mayviet.mailToSendKeys);
  });

  it('listings, their content and data centers, and pending revisions', async () => {
    expectColumns(await listingsByIds(db, offeringIds), mayviet.listingRowKeys);
    const owner = { vendorId: needy.vendorId, sandboxKeyId: null };
    expectColumns([(await listingOfVendor(db, needy.offeringId, owner))!], mayviet.listingRowKeys);
    expectColumns((await listingsOfVendor(db, { ...owner, first: 5 })).rows, mayviet.listingRowKeys, ['cursorKeys']);
    const content = await listingContent(db, needy.offeringId);
    expectColumns([content], mayviet.listingContentKeys);
    expectColumns(content.plans, mayviet.listingPlanContentKeys);
    expectColumns(content.requirements, mayviet.listingRequirementContentKeys);
    expectColumns(await listingDataCenters(db, dataCenterIds), mayviet.listingDataCenterRowKeys);
    expectColumns(await currentRevisionsByOfferingIds(db, [needy.offeringId]), mayviet.revisionRowKeys);
    await db.execute(sql`update offerings set external_id = 'row-columns' where id = ${needy.offeringId}`);
    await db.execute(sql`update plans set external_id = 'row-columns-plan' where id = ${needy.planId}`);
    expectColumns(await mayviet.listingsByExternalIds(db, needy.vendorId, null, ['row-columns']), mayviet.listingRowKeys);
    expectColumns(await mayviet.planExternalIdOwners(db, needy.vendorId, null, ['row-columns-plan'], null), mayviet.planExternalIdOwnerRowKeys);
  });

  it("plan edits: the caller's listing and plans, in its scope", async () => {
    const scope = { vendorId: needy.vendorId, sandboxKeyId: null };
    expectColumns([(await mayviet.lockListingInScope(db, needy.offeringId, scope))!], mayviet.listingRowKeys);
    expectColumns([(await mayviet.planInScope(db, needy.planId, scope))!], mayviet.editablePlanRowKeys);
    expectColumns(await mayviet.livePlansOfListing(db, needy.offeringId), mayviet.editablePlanRowKeys);
  });

  it('the review queue, organizations, staff archives and claims to verify', async () => {
    expectColumns(await reviewQueue(db, { first: 10 }), mayviet.reviewQueueRowKeys);
    expectColumns(await allOrganizations(db), mayviet.organizationSummaryRowKeys, ['sortName']);
    expectColumns(await staffArchivedListings(db), mayviet.staffArchivedRowKeys);
    expectColumns(await verificationQueue(db, 10), mayviet.verificationRowKeys, ['position']);
  });

  it('audit events', async () => {
    expectColumns(await searchAuditEvents(db, { organizationId: null, first: 10 }), mayviet.auditEventRowKeys);
  });

  it('the ecosystem report, each list’s items included', async () => {
    const report = await ecosystemReport(db, 'MIC-CLOUD-153');
    expectColumns([report], mayviet.ecosystemReportRowKeys);
    for (const [list, keys] of Object.entries(mayviet.ecosystemReportItemKeys)) {
      expectColumns(report[list as keyof typeof mayviet.ecosystemReportItemKeys], keys);
    }
  });

  it('the catalogue pages of the sitemap', async () => {
    expectColumns(await cataloguePages(db), mayviet.cataloguePageRowKeys);
  });
});

describe('the row types the check covers', () => {
  const queries = join(import.meta.dirname, '../../packages/db/src/queries');
  const sources = readdirSync(queries, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

  it('has a key list for every row type of the queries', () => {
    const rowTypes = sources.flatMap((file) =>
      [...readFileSync(join(queries, file), 'utf8').matchAll(/export (?:interface|type) (\w+Row)\b/g)].map((match) => match[1]!),
    );
    expect(rowTypes.length).toBeGreaterThan(30);
    const exports = mayviet as Record<string, unknown>;
    const missing = rowTypes.filter((name) => !Array.isArray(exports[`${name[0]!.toLowerCase()}${name.slice(1)}Keys`]));
    expect(missing).toEqual([]);
  });

  it('compares every key list with the columns of a statement', () => {
    const isKeyList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((key) => typeof key === 'string');
    const lists = Object.entries(mayviet).flatMap(([name, value]): [string, readonly string[]][] => {
      if (!name.endsWith('Keys')) return [];
      if (isKeyList(value)) return [[name, value]];
      // a record of lists (ecosystemReportItemKeys); the table apiKeys also ends in Keys and holds none
      return Object.entries(value as object).flatMap(([list, keys]): [string, readonly string[]][] => (isKeyList(keys) ? [[`${name}.${list}`, keys]] : []));
    });
    expect(lists.length).toBeGreaterThan(30);
    expect(lists.filter(([, keys]) => !keyLists.has(keys)).map(([name]) => name)).toEqual([]);
  });
});
