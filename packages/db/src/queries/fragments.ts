import { sql, type SQL } from 'drizzle-orm';
import { planForValuesMarker } from '../client.ts';
import type { OfferingRow } from './catalog/rows.ts';

// SQL pieces the query modules share.

export const published = sql`o.status = 'PUBLISHED'`;

/** Starts a statement planned for its values on every run (see planForValuesMarker in client.ts). */
export const planForValues = sql.raw(planForValuesMarker);

/** An offering's columns without its texts (OfferingFacts). */
export const offeringFactColumns = sql`o.id, o.slug, o.vendor_id as "vendorId", o.category_id as "categoryId", o.kind, o.status,
  o.name, o.name_en as "nameEn", o.sla_availability::text as "slaAvailability",
  o.sample_data as "sampleData", o.min_monthly_price::text as "minMonthlyPrice",
  o.price_unit as "priceUnit", o.min_one_time_price::text as "minOneTimePrice",
  o.data_in_vietnam as "dataInVietnam",
  o.published_at as "publishedAt", o.updated_at as "updatedAt"`;

export const offeringColumns = sql`${offeringFactColumns}, o.summary, o.summary_en as "summaryEn", o.description,
  o.description_en as "descriptionEn"`;

/** A listing's columns (ListingRow): an offering's with its version and review state. */
export const listingColumns = sql`${offeringColumns}, o.version, o.rejection_reason as "rejectionReason", o.submitted_at as "submittedAt",
  o.external_id as "externalId"`;

/** A plan's columns without its specs. */
export const planFactColumns = sql`p.id, p.offering_id as "offeringId", p.name, p.name_en as "nameEn", p.price::text as price, p.unit,
  p.monthly_price::text as "monthlyPrice"`;

export const planColumns = sql`${planFactColumns},
  coalesce((select json_agg(json_build_object('key', s.key, 'value', s.value) order by s.position, s.key)
            from plan_specs s where s.plan_id = p.id), '[]'::json) as specs`;

/** A vendor row (VendorRow) as JSON, for statements that bring vendors along. */
export const vendorJson = sql`json_build_object('id', v.id, 'slug', v.slug, 'name', v.name, 'kinds', v.kinds::text[],
  'domestic', v.domestic, 'countryCode', v.country_code, 'description', v.description,
  'descriptionEn', v.description_en, 'website', v.website)`;

/** A data center row (DataCenterRow) as JSON. */
export const dataCenterJson = sql`json_build_object('id', dc.id, 'vendorId', dc.vendor_id, 'slug', dc.slug, 'name', dc.name,
  'city', dc.city, 'countryCode', dc.country_code, 'tier', dc.tier)`;

/** SQL for an attestation's effective status: VERIFIED past validity reads EXPIRED, no sweep needed. */
export const effectiveAttestationStatus = sql`(case when a.status = 'VERIFIED' and a.valid_until is not null
  and a.valid_until <= now() then 'EXPIRED' else a.status::text end)`;

/**
 * SQL true for an attestation no later decision replaced: the subject's one current verification, its
 * claim under review and its latest refusal of the framework (earlier rows are history).
 */
export const currentAttestation = sql`a.superseded_at is null`;

/** An attestation's refusal reason and the vendor holding it (itself, or through its offering): AttestationRow's last two fields. */
export const attestationPrivateColumns = sql`a.decision_reason as "decisionReason",
  coalesce(a.vendor_id, (select o.vendor_id from offerings o where o.id = a.offering_id)) as "holderVendorId"`;

/** A comma-separated list of bound values, for `in (…)`. */
export function list<T>(values: readonly T[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}

/** PGlite and postgres-js agree on most types; timestamps can still arrive as text in JSON columns. */
export function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** Raw statements return timestamps as text on one driver and as Date on the other. */
export function withDates<T extends Pick<OfferingRow, 'publishedAt' | 'updatedAt'>>(row: T): T {
  return { ...row, publishedAt: toDate(row.publishedAt), updatedAt: toDate(row.updatedAt)! };
}

/** withDates for a listing, whose submission time arrives the same way. */
export function listingDates<T extends Pick<OfferingRow, 'publishedAt' | 'updatedAt'> & { submittedAt: Date | null }>(row: T): T {
  return { ...withDates(row), submittedAt: toDate(row.submittedAt) };
}
