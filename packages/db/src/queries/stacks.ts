import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { ListingStatus } from '../schema/enums.ts';
import { effectiveAttestationStatus, type DataCenterRow, type OfferingRow, type PlanRow, type VendorRow } from './catalog.ts';
import { dataCenterJson, list, offeringColumns, planColumns, published, toDate, vendorJson, withDates } from './fragments.ts';

// Stacks, quote requests and the facts the stack evaluator needs, each in one statement per call.

/** `retired`: an edit dropped the plan; saved stacks still show it, flagged. */
export type StackPlanRow = PlanRow & { offering: OfferingRow; retired: boolean };

/**
 * Plans with their offerings, whatever the offering's status unless `statuses` narrows it: a saved
 * stack must still show a line whose listing was archived since.
 */
export async function stackPlansByIds(
  db: Db,
  ids: readonly string[],
  statuses: readonly ListingStatus[] | null = null,
): Promise<StackPlanRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<StackPlanRow>(
    db,
    sql`select ${planColumns}, p.retired_at is not null as retired, row_to_json(o) as offering
        from plans p
        join lateral (select ${offeringColumns} from offerings o where o.id = p.offering_id) o on true
        where p.id in (${list(ids)})
        ${statuses ? sql`and o.status in (${list(statuses)})` : sql``}`,
  );
  return rows.map((row) => ({ ...row, offering: withDates(row.offering) }));
}

/** A requirement of a stack line's offering, with the names its label needs. */
export interface StackRequirementRow {
  description: string;
  /** what satisfies it, by category id */
  categories: { id: number; name: string; nameEn: string }[];
  /** empty: any vendor; by name */
  vendors: VendorRow[];
}

/** A stack line's plan with every fact the evaluator needs about its offering. */
export type StackLineRow = StackPlanRow & {
  vendor: VendorRow;
  categorySlug: string;
  /** Vietnam's first, then by city and name */
  dataCenters: DataCenterRow[];
  requirements: StackRequirementRow[];
  /** the offering or its vendor holds a VERIFIED, unexpired attestation of the framework */
  verified: boolean;
};

/**
 * The plans of stack lines with their offerings, vendors, categories, data centers, requirements and
 * verified status of a framework, in one statement: evaluating a stack waits on this and on the
 * suggestion candidates, nothing else. `statuses` as in stackPlansByIds.
 */
export async function stackLinesByPlanIds(
  db: Db,
  ids: readonly string[],
  frameworkCode: string,
  statuses: readonly ListingStatus[] | null = null,
): Promise<StackLineRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<StackLineRow>(
    db,
    sql`select ${planColumns}, p.retired_at is not null as retired, row_to_json(o) as offering,
          (select ${vendorJson} from vendors v where v.id = o."vendorId") as vendor,
          (select c.slug from categories c where c.id = o."categoryId") as "categorySlug",
          coalesce((select json_agg(${dataCenterJson} order by dc.country_code <> 'VN', dc.city, dc.name)
                    from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id
                    where odc.offering_id = o.id), '[]'::json) as "dataCenters",
          coalesce((select json_agg(json_build_object(
                      'description', r.description,
                      'categories', coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name, 'nameEn', c.name_en) order by c.id)
                                              from requirement_categories rc join categories c on c.id = rc.category_id
                                              where rc.requirement_id = r.id), '[]'::json),
                      'vendors', coalesce((select json_agg(${vendorJson} order by v.name)
                                           from requirement_vendors rv join vendors v on v.id = rv.vendor_id
                                           where rv.requirement_id = r.id), '[]'::json)) order by r.position)
                    from requirements r where r.offering_id = o.id), '[]'::json) as requirements,
          exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
                  where f.code = ${frameworkCode} and ${effectiveAttestationStatus} = 'VERIFIED'
                    and (a.vendor_id = o."vendorId" or a.offering_id = o.id)) as verified
        from plans p
        join lateral (select ${offeringColumns} from offerings o where o.id = p.offering_id) o on true
        where p.id in (${list(ids)})
        ${statuses ? sql`and o.status in (${list(statuses)})` : sql``}`,
  );
  return rows.map((row) => ({ ...row, offering: withDates(row.offering) }));
}

export interface CandidateRow {
  offeringId: string;
  vendorId: string;
  categoryId: number;
  lowestMonthlyPrice: string | null;
  /** the rows a suggestion shows, so naming it needs no further statement */
  offering: OfferingRow;
  vendor: VendorRow;
}

/** A requirement to find suggestions for, in a stack of these vendors. */
export interface SuggestionQuery {
  offeringId: string;
  categoryIds: readonly number[];
  /** empty: any vendor */
  vendorIds: readonly string[];
  stackVendorIds: readonly string[];
}

/**
 * For each requirement, the three cheapest published offerings that satisfy it from the stack's vendors
 * and the three cheapest from other vendors: a superset of what the evaluator can suggest for it (stack's
 * vendors first, then cheapest, then id). One probe of offerings_published_category_vendor_price_idx per
 * category and vendor, three rows at most each. Each comes with its offering and vendor rows.
 */
export async function suggestionCandidates(db: Db, requirements: readonly SuggestionQuery[]): Promise<CandidateRow[]> {
  if (requirements.length === 0) return [];
  const rows = await queryRows<CandidateRow>(
    db,
    sql`select k.*, row_to_json(o) as offering, (select ${vendorJson} from vendors v where v.id = k."vendorId") as vendor
        from (
          select distinct s.id as "offeringId", s.vendor_id as "vendorId", s.category_id as "categoryId",
            s.min_monthly_price::text as "lowestMonthlyPrice"
          from (select * from json_to_recordset(${JSON.stringify(requirements)}::json)
                  r("offeringId" uuid, "categoryIds" int[], "vendorIds" uuid[], "stackVendorIds" uuid[])
                limit ${requirements.length}) r
          cross join lateral (
            select x.*, row_number() over (partition by x.ours order by coalesce(x.min_monthly_price, 9223372036854775807), x.id) as rank
            from unnest(r."categoryIds") c(id)
            join vendors v on cardinality(r."vendorIds") = 0 or v.id = any(r."vendorIds")
            cross join lateral (
              select o.id, o.vendor_id, o.category_id, o.min_monthly_price, v.id = any(r."stackVendorIds") as ours
              from offerings o
              where o.category_id = c.id and o.vendor_id = v.id and ${published} and o.id <> r."offeringId"
              order by coalesce(o.min_monthly_price, 9223372036854775807), o.id
              limit 3) x
          ) s
          where s.rank <= 3
        ) k
        join lateral (select ${offeringColumns} from offerings o where o.id = k."offeringId") o on true`,
  );
  return rows.map((row) => ({ ...row, offering: withDates(row.offering) }));
}

export interface StackRow {
  id: string;
  name: string;
  contentHash: string;
  createdAt: Date;
}

export interface StackItemRow {
  stackId: string;
  position: number;
  planId: string;
  quantity: number;
  /** whole VND per unit per month when the stack was saved */
  savedMonthlyPrice: string;
}

export interface NewStack {
  name: string;
  idempotencyKey: string | null;
  contentHash: string;
  items: { planId: string; quantity: number; savedMonthlyPrice: string }[];
}

const stackColumns = sql`s.id, s.name, s.content_hash as "contentHash", s.created_at as "createdAt"`;

function withCreatedAt<T extends { createdAt: Date }>(row: T): T {
  return { ...row, createdAt: toDate(row.createdAt)! };
}

export async function stacksByIds(db: Db, ids: readonly string[]): Promise<StackRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<StackRow>(db, sql`select ${stackColumns} from stacks s where s.id in (${list(ids)})`);
  return rows.map(withCreatedAt);
}

export async function stackByIdempotencyKey(db: Db, key: string): Promise<StackRow | null> {
  const rows = await queryRows<StackRow>(db, sql`select ${stackColumns} from stacks s where s.idempotency_key = ${key}`);
  return rows[0] ? withCreatedAt(rows[0]) : null;
}

export async function stackItemsByStackIds(db: Db, stackIds: readonly string[]): Promise<StackItemRow[]> {
  if (stackIds.length === 0) return [];
  return queryRows<StackItemRow>(
    db,
    sql`select i.stack_id as "stackId", i.position, i.plan_id as "planId", i.quantity,
          i.saved_monthly_price::text as "savedMonthlyPrice"
        from stack_items i where i.stack_id in (${list(stackIds)}) order by i.stack_id, i.position`,
  );
}

/**
 * Stores a stack and its lines in one transaction. With an idempotency key already used, stores nothing
 * and returns the stack saved under it (the caller compares content hashes).
 */
export async function insertStack(db: Db, stack: NewStack): Promise<{ stack: StackRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const inserted = await queryRows<StackRow>(
      tx,
      sql`insert into stacks (name, idempotency_key, content_hash)
          values (${stack.name}, ${stack.idempotencyKey}, ${stack.contentHash})
          on conflict (idempotency_key) do nothing
          returning id, name, content_hash as "contentHash", created_at as "createdAt"`,
    );
    if (!inserted[0]) {
      const existing = await stackByIdempotencyKey(tx, stack.idempotencyKey!);
      return { stack: existing!, created: false };
    }
    const row = withCreatedAt(inserted[0]);
    await tx.execute(
      sql`insert into stack_items (stack_id, position, plan_id, quantity, saved_monthly_price) values ${sql.join(
        stack.items.map((item, position) => sql`(${row.id}, ${position}, ${item.planId}, ${item.quantity}, ${item.savedMonthlyPrice})`),
        sql`, `,
      )}`,
    );
    return { stack: row, created: true };
  });
}

export interface QuoteRequestRow {
  id: string;
  stackId: string;
  organization: string | null;
  createdAt: Date;
}

export interface NewQuoteRequest {
  stackId: string;
  contactName: string;
  contactEmail: string;
  organization: string | null;
  message: string | null;
  clientAddress: string;
  /** one part per vendor, each with only that vendor's lines */
  parts: { vendorId: string; monthlySubtotal: string; lines: { planId: string; quantity: number; monthlyPrice: string }[] }[];
}

const quoteRequestColumns = sql`q.id, q.stack_id as "stackId", q.organization, q.created_at as "createdAt"`;

/** Stores a quote request and every vendor's part of it, all or nothing. */
export async function insertQuoteRequest(db: Db, request: NewQuoteRequest): Promise<QuoteRequestRow> {
  return db.transaction(async (tx) => {
    const [row] = await queryRows<QuoteRequestRow>(
      tx,
      sql`insert into quote_requests as q (stack_id, contact_name, contact_email, organization, message, client_address)
          values (${request.stackId}, ${request.contactName}, ${request.contactEmail}, ${request.organization},
                  ${request.message}, ${request.clientAddress})
          returning ${quoteRequestColumns}`,
    );
    for (const part of request.parts) {
      const [vendorPart] = await queryRows<{ id: string }>(
        tx,
        sql`insert into vendor_quote_requests (quote_request_id, vendor_id, monthly_subtotal)
            values (${row!.id}, ${part.vendorId}, ${part.monthlySubtotal}) returning id`,
      );
      await tx.execute(
        sql`insert into vendor_quote_request_lines (vendor_quote_request_id, position, plan_id, quantity, monthly_price) values ${sql.join(
          part.lines.map((line, position) => sql`(${vendorPart!.id}, ${position}, ${line.planId}, ${line.quantity}, ${line.monthlyPrice})`),
          sql`, `,
        )}`,
      );
    }
    return withCreatedAt(row!);
  });
}

export async function quoteRequestsByIds(db: Db, ids: readonly string[]): Promise<QuoteRequestRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<QuoteRequestRow>(db, sql`select ${quoteRequestColumns} from quote_requests q where q.id in (${list(ids)})`);
  return rows.map(withCreatedAt);
}

/** The vendors each quote request reached. */
export async function vendorsOfQuoteRequests(db: Db, ids: readonly string[]): Promise<{ quoteRequestId: string; vendorId: string }[]> {
  if (ids.length === 0) return [];
  return queryRows(
    db,
    sql`select r.quote_request_id as "quoteRequestId", r.vendor_id as "vendorId"
        from vendor_quote_requests r join vendors v on v.id = r.vendor_id
        where r.quote_request_id in (${list(ids)}) order by v.name`,
  );
}

/**
 * Counts one hit in a fixed window shared by every API instance and returns the window's count and end;
 * the subject's older windows are removed in the same statement.
 */
export async function hitRateLimit(
  db: Db,
  limit: { bucket: string; subject: string; windowSeconds: number },
): Promise<{ hits: number; resetAt: Date }> {
  const windowStart = sql`to_timestamp(floor(extract(epoch from now()) / ${limit.windowSeconds}) * ${limit.windowSeconds})`;
  const [row] = await queryRows<{ hits: number; resetAt: Date | string }>(
    db,
    sql`with expired as (
          delete from rate_limit_hits
          where bucket = ${limit.bucket} and subject = ${limit.subject} and window_start < ${windowStart}
        )
        insert into rate_limit_hits (bucket, subject, window_start, hits)
        values (${limit.bucket}, ${limit.subject}, ${windowStart}, 1)
        on conflict (bucket, subject, window_start) do update set hits = rate_limit_hits.hits + 1
        returning hits, window_start + make_interval(secs => ${limit.windowSeconds}) as "resetAt"`,
  );
  return { hits: row!.hits, resetAt: toDate(row!.resetAt)! };
}
