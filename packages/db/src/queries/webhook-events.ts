import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { AttestationStatus, BillingUnit, ListingStatus } from '../schema/enums.ts';
import { list, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// What webhook payloads say of listings, plans and attestations: names, not only ids.

export interface ListingEventFacts {
  id: string;
  vendorId: string;
  name: string;
  slug: string;
  status: ListingStatus;
  version: number;
}

export const listingEventFactsKeys = rowKeys<ListingEventFacts>()(['id', 'vendorId', 'name', 'slug', 'status', 'version']);

export async function listingEventFacts(db: Db, offeringId: string): Promise<ListingEventFacts | null> {
  const [row] = await queryRows<ListingEventFacts>(
    db,
    sql`select o.id, o.vendor_id as "vendorId", o.name, o.slug, o.status, o.version from offerings o where o.id = ${offeringId}`,
  );
  return row ?? null;
}

export interface PlanEventFacts {
  planId: string;
  planName: string;
  unit: BillingUnit;
  /** the price per unit, whole VND */
  price: string;
  offeringId: string;
  offeringName: string;
  offeringSlug: string;
}

export const planEventFactsKeys = rowKeys<PlanEventFacts>()(['planId', 'planName', 'unit', 'price', 'offeringId', 'offeringName', 'offeringSlug']);

/** Plans with their offerings, retired ones too (a quote may name them). */
export async function planEventFacts(db: Db, planIds: readonly string[]): Promise<PlanEventFacts[]> {
  if (planIds.length === 0) return [];
  return queryRows<PlanEventFacts>(
    db,
    sql`select p.id as "planId", p.name as "planName", p.unit, p.price::text as price,
          o.id as "offeringId", o.name as "offeringName", o.slug as "offeringSlug"
        from plans p join offerings o on o.id = p.offering_id where p.id in (${list(planIds)})`,
  );
}

export interface AttestationEventFacts {
  id: string;
  /** the vendor holding it: itself, or through its offering */
  vendorId: string;
  status: AttestationStatus;
  frameworkCode: string;
  frameworkName: string;
  /** VENDOR or OFFERING */
  subjectType: 'VENDOR' | 'OFFERING';
  subjectId: string;
  subjectName: string;
  subjectSlug: string;
  validUntil: Date | null;
  reason: string | null;
}

export const attestationEventFactsKeys = rowKeys<AttestationEventFacts>()([
  'id',
  'vendorId',
  'status',
  'frameworkCode',
  'frameworkName',
  'subjectType',
  'subjectId',
  'subjectName',
  'subjectSlug',
  'validUntil',
  'reason',
]);

const attestationFactColumns = sql`a.id, coalesce(a.vendor_id, o.vendor_id) as "vendorId", a.status, f.code as "frameworkCode", f.name as "frameworkName",
  case when a.vendor_id is null then 'OFFERING' else 'VENDOR' end as "subjectType", coalesce(a.vendor_id, a.offering_id) as "subjectId",
  coalesce(v.name, o.name) as "subjectName", coalesce(v.slug, o.slug) as "subjectSlug", a.valid_until as "validUntil", a.decision_reason as reason`;

const attestationFactJoins = sql`join compliance_frameworks f on f.id = a.framework_id
  left join vendors v on v.id = a.vendor_id left join offerings o on o.id = a.offering_id`;

const attestationDates = (row: AttestationEventFacts): AttestationEventFacts => ({ ...row, validUntil: toDate(row.validUntil) });

export async function attestationEventFacts(db: Db, id: string): Promise<AttestationEventFacts | null> {
  const [row] = await queryRows<AttestationEventFacts>(db, sql`select ${attestationFactColumns} from attestations a ${attestationFactJoins} where a.id = ${id}`);
  return row ? attestationDates(row) : null;
}

/**
 * Moves up to `limit` current VERIFIED attestations past their validity to EXPIRED and returns them. Rows
 * another instance is moving are skipped (SKIP LOCKED) and a moved row no longer matches, so each
 * expires, and is told, once.
 */
export async function expireDueAttestations(db: Db, limit: number): Promise<AttestationEventFacts[]> {
  const rows = await queryRows<AttestationEventFacts>(
    db,
    sql`with due as (
          select id from attestations
          where status = 'VERIFIED' and superseded_at is null and valid_until <= now()
          order by valid_until limit ${limit} for update skip locked
        ), moved as (
          update attestations x set status = 'EXPIRED' from due where x.id = due.id returning x.*
        )
        select ${attestationFactColumns} from moved a ${attestationFactJoins}`,
  );
  return rows.map(attestationDates);
}

export interface OrganizationEventFacts {
  id: string;
  vendorId: string;
  vendorName: string;
  vendorSlug: string;
}

export const organizationEventFactsKeys = rowKeys<OrganizationEventFacts>()(['id', 'vendorId', 'vendorName', 'vendorSlug']);

export async function organizationEventFacts(db: Db, organizationId: string): Promise<OrganizationEventFacts | null> {
  const [row] = await queryRows<OrganizationEventFacts>(
    db,
    sql`select g.id, v.id as "vendorId", v.name as "vendorName", v.slug as "vendorSlug"
        from organizations g join vendors v on v.id = g.vendor_id where g.id = ${organizationId}`,
  );
  return row ?? null;
}
