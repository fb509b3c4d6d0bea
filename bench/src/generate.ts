import { isCatalogEmpty, queryRows, seedCatalog, seededTables, type Database, type Db } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import {
  audiences,
  cities,
  extraSentences,
  kindSentences,
  planTiers,
  productWords,
  qualifiers,
  requirementCategories,
  specTemplates,
} from './words.ts';

// The synthetic catalog: set-based SQL only (INSERT … SELECT over generate_series), deterministic
// (every "random" choice is a hash of the row number), on top of the real seed catalog so categories,
// vendors, data centres and frameworks are the real ones. The offerings trigger stays on and fills
// search_context; plans' min_monthly_price trigger is paused for the bulk insert, each offering being
// inserted with the value the trigger would give, which is then checked against the trigger's rule.

export interface DatasetCounts {
  offerings: number;
  publishedOfferings: number;
  plans: number;
  planSpecs: number;
  offeringDataCenters: number;
  requirements: number;
  attestations: number;
  vendors: number;
  categories: number;
  dataCenters: number;
}

export interface GenerationReport {
  generated: boolean;
  reason: string;
  seconds: number;
  steps: { step: string; ms: number }[];
  counts: DatasetCounts;
}

/** Tables the generator fills whose audit trigger it pauses (plans' triggers are all paused anyway). */
const auditedBulkTables = [
  'offerings',
  'plan_specs',
  'offering_data_centers',
  'requirements',
  'requirement_categories',
  'requirement_vendors',
  'attestations',
];

/**
 * The deferred triggers on tables the generator fills: the catalog version's (migrations 0014 and 0034) and
 * the published listings' live-plan rule (migration 0017; plans' triggers are paused with all of plans').
 * A table with trigger events pending cannot be altered or indexed in the same transaction: they are
 * paused like the audit triggers; the version is raised once at the end and the rule checked below.
 */
const deferredTriggers = [
  ['offerings', 'offerings_catalog_inserted'],
  ['offerings', 'offerings_catalog_updated'],
  ['offerings', 'offerings_published_has_plans'],
  ['offering_data_centers', 'offering_data_centers_catalog_changed'],
  ['requirements', 'requirements_catalog_changed'],
  ['requirement_categories', 'requirement_categories_catalog_changed'],
  ['requirement_vendors', 'requirement_vendors_catalog_changed'],
] as const;

const json = (value: unknown): SQL => sql`${JSON.stringify(value)}::json`;

/** A pseudo-random non-negative int from a row number and a salt (hashint4 is stable across runs and drivers). */
const h = (column: string, salt: number): SQL => sql.raw(`(hashint4(${column} + ${salt}) & 2147483647)`);

export async function countDataset(db: Db): Promise<DatasetCounts> {
  const rows = await queryRows<DatasetCounts>(
    db,
    sql`select (select count(*) from offerings)::int as offerings,
               (select count(*) from offerings where status = 'PUBLISHED')::int as "publishedOfferings",
               (select count(*) from plans)::int as plans,
               (select count(*) from plan_specs)::int as "planSpecs",
               (select count(*) from offering_data_centers)::int as "offeringDataCenters",
               (select count(*) from requirements)::int as requirements,
               (select count(*) from attestations)::int as attestations,
               (select count(*) from vendors)::int as vendors,
               (select count(*) from categories)::int as categories,
               (select count(*) from data_centers)::int as "dataCenters"`,
  );
  return rows[0]!;
}

/**
 * Makes sure the database holds the seed catalog plus `target` synthetic offerings. Skips when it already
 * holds at least `target` offerings, unless `regenerate`.
 */
export async function ensureDataset(
  database: Database,
  target: number,
  regenerate: boolean,
  log: (line: string) => void,
): Promise<GenerationReport> {
  const { db } = database;
  const started = performance.now();
  const steps: { step: string; ms: number }[] = [];
  const step = async (name: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    const ms = Math.round(performance.now() - t0);
    steps.push({ step: name, ms });
    log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
  };

  const before = await countDataset(db);
  if (!regenerate && before.offerings >= target) {
    // What the seed gained since the dataset was generated (the blueprints the composer is measured on):
    // the seed is idempotent and touches only its own rows.
    await step('seed catalog (seedCatalog, idempotent)', () => seedCatalog(db));
    // A migration may just have rewritten rows (a new derived column): leave the tables vacuumed and analyzed.
    await step('vacuum analyze', () => db.execute(sql`vacuum analyze`));
    return {
      generated: false,
      reason: `already holds ${before.offerings} offerings (≥ ${target}); pass --regenerate to rebuild`,
      seconds: 0,
      steps,
      counts: before,
    };
  }

  log(`  generating ${target.toLocaleString('en')} synthetic offerings (${regenerate ? '--regenerate' : `found ${before.offerings}`})`);
  if (!(await isCatalogEmpty(db))) {
    await step('truncate catalog tables', () =>
      db.execute(sql.raw(`truncate table ${seededTables.map((t) => `"${t}"`).join(', ')} restart identity cascade`)),
    );
  }
  await step('seed catalog (seedCatalog)', () => seedCatalog(db));
  await step('synthetic offerings, plans, specs, links', () => generate(db, target, (name, ms) => {
    steps.push({ step: `  ${name}`, ms });
    log(`    ${name}: ${(ms / 1000).toFixed(1)} s`);
  }));
  await step('vacuum analyze', () => db.execute(sql`vacuum analyze`));

  const counts = await countDataset(db);
  if (counts.offerings < target) throw new Error(`generation produced ${counts.offerings} offerings, expected ≥ ${target}`);
  return {
    generated: true,
    reason: regenerate ? '--regenerate' : `held ${before.offerings} offerings (< ${target})`,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    steps,
    counts,
  };
}

async function generate(db: Db, count: number, timed: (name: string, ms: number) => void): Promise<void> {
  await db.transaction(async (tx) => {
    const run = async (name: string, query: SQL) => {
      const t0 = performance.now();
      await tx.execute(query);
      timed(name, Math.round(performance.now() - t0));
    };
    const one = async <T>(query: SQL): Promise<T> => queryRows<T>(tx as unknown as Db, query).then((rows) => rows[0]!);

    await tx.execute(sql`set local synchronous_commit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);

    // Building an index once is much faster than growing it row by row (three GIN indexes on offerings):
    // the secondary indexes of the bulk-loaded tables are dropped here and rebuilt from their own
    // definitions at the end, all in this transaction. Indexes behind constraints (primary keys) stay.
    const indexes = await queryRows<{ name: string; definition: string }>(
      tx as unknown as Db,
      sql`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
          from pg_index i
          where i.indrelid in ('offerings'::regclass, 'plans'::regclass, 'plan_specs'::regclass,
                               'offering_data_centers'::regclass, 'requirements'::regclass, 'attestations'::regclass)
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    for (const index of indexes) await tx.execute(sql.raw(`drop index ${index.name}`));
    // plans_min_monthly_price would run an UPDATE check per plan row (250,000 of them); each offering is
    // inserted with its min_monthly_price already computed instead, and the trigger's rule is checked below.
    await tx.execute(sql`alter table plans disable trigger user`);
    // The audit trail records what people did; a generated catalog is not that, and one audit event per
    // generated row (over a million, each plan spec looking up its listing's organization) took minutes.
    for (const table of auditedBulkTables) await tx.execute(sql.raw(`alter table ${table} disable trigger ${table}_audit`));
    for (const [table, trigger] of deferredTriggers) await tx.execute(sql.raw(`alter table ${table} disable trigger ${trigger}`));

    // Lookup tables: categories with their words and spec templates, vendors able to sell each category,
    // data centres per vendor, hosting providers for vendors without their own data centres.
    const wordRows = Object.entries(productWords).map(([slug, words]) => ({
      slug,
      vi: words.map((w) => w[0]),
      en: words.map((w) => w[1]),
    }));
    const specRows = Object.entries(specTemplates).map(([name, keys]) => ({
      name,
      keys: keys.map((k) => k[0]),
      bases: keys.map((k) => k[1]),
    }));
    await run(
      'lookup tables',
      sql`create temp table g_cat on commit drop as
          select (row_number() over (order by c.kind, c.position, c.id) - 1)::int as i, c.id, c.slug, c.kind::text as kind,
                 c.name, c.name_en,
                 coalesce(w.vi, array[c.name]) as words_vi, coalesce(w.en, array[c.name_en]) as words_en,
                 coalesce(st.keys, sk.keys, array['users']) as spec_keys, coalesce(st.bases, sk.bases, array[10]) as spec_bases
          from categories c
          left join json_to_recordset(${json(wordRows)}) w(slug text, vi text[], en text[]) on w.slug = c.slug
          left join json_to_recordset(${json(specRows)}) st(name text, keys text[], bases int[]) on st.name = c.slug
          left join json_to_recordset(${json(specRows)}) sk(name text, keys text[], bases int[]) on sk.name = c.kind::text`,
    );
    await tx.execute(
      sql`create temp table g_cv on commit drop as
          with sellers as (
            select c.i as ci, v.id, v.name, v.slug
            from g_cat c join vendors v on v.kinds && (case c.kind
                when 'IAAS' then '{CLOUD_PROVIDER}' when 'PAAS' then '{CLOUD_PROVIDER}'
                when 'SECURITY' then '{SECURITY_VENDOR,CLOUD_PROVIDER}' when 'SAAS' then '{SOFTWARE_VENDOR,CLOUD_PROVIDER}'
                else '{SOFTWARE_VENDOR}' end)::vendor_kind[]
          ), anyone as (
            select c.i as ci, v.id, v.name, v.slug from g_cat c cross join vendors v
            where not exists (select 1 from sellers s where s.ci = c.i)
          )
          select ci, (row_number() over (partition by ci order by slug) - 1)::int as j, id, name, slug
          from (select * from sellers union all select * from anyone) x`,
    );
    await tx.execute(sql`create temp table g_cvn on commit drop as select ci, count(*)::int as n from g_cv group by ci`);
    await tx.execute(
      sql`create temp table g_vdc on commit drop as
          select d.vendor_id, (row_number() over (partition by d.vendor_id order by d.slug) - 1)::int as k, d.id as dc_id
          from data_centers d`,
    );
    await tx.execute(sql`create temp table g_vdcn on commit drop as select vendor_id, count(*)::int as n from g_vdc group by vendor_id`);
    await tx.execute(
      sql`create temp table g_host on commit drop as
          select (row_number() over (order by v.slug) - 1)::int as j, v.id as vendor_id
          from vendors v where 'CLOUD_PROVIDER' = any(v.kinds) and exists (select 1 from data_centers d where d.vendor_id = v.id)`,
    );
    await tx.execute(
      sql`create temp table g_fw on commit drop as
          select (row_number() over (order by f.code) - 1)::int as j, f.id, f.criteria_count from compliance_frameworks f`,
    );
    await tx.execute(
      sql`create temp table g_lists on commit drop as
          select array(select json_array_elements_text(${json(qualifiers.map((q) => q[0]))})) as q_vi,
                 array(select json_array_elements_text(${json(qualifiers.map((q) => q[1]))})) as q_en,
                 array(select json_array_elements_text(${json(audiences.map((a) => a[0]))})) as a_vi,
                 array(select json_array_elements_text(${json(audiences.map((a) => a[1]))})) as a_en,
                 array(select json_array_elements_text(${json(extraSentences)})) as extra,
                 array(select json_array_elements_text(${json(cities)})) as cities,
                 ${json(kindSentences)} as kind_sentence`,
    );
    const sizes = await one<{ ncat: number; nhost: number; nfw: number }>(
      sql`select (select count(*) from g_cat)::int as ncat, (select count(*) from g_host)::int as nhost,
                 (select count(*) from g_fw)::int as nfw`,
    );
    if (sizes.ncat === 0 || sizes.nhost === 0) throw new Error('the seed catalog has no categories or no hosting providers');

    // One row per synthetic offering with its choices.
    await run(
      'choose categories and vendors',
      sql`create temp table g_off on commit drop as
          select g.n, gen_random_uuid() as id, c.id as category_id, c.kind, c.slug as cat_slug,
                 c.words_vi[1 + g.h1 % cardinality(c.words_vi)] as word_vi,
                 c.words_en[1 + g.h1 % cardinality(c.words_en)] as word_en,
                 c.spec_keys, c.spec_bases,
                 cv.id as vendor_id, cv.name as vendor_name, cv.slug as vendor_slug,
                 case when own.n > 0 then cv.id else host.vendor_id end as host_id,
                 g.h1, g.h2, g.h3, g.h4, g.h5, g.h6
          from (select n, ${h('n', 0)} as h1, ${h('n', 7000001)} as h2, ${h('n', 7100003)} as h3,
                       ${h('n', 7200007)} as h4, ${h('n', 7300009)} as h5, ${h('n', 7400011)} as h6
                from generate_series(1, ${count}::int) n) g
          join g_cat c on c.i = g.n % ${sizes.ncat}::int
          join g_cvn cn on cn.ci = c.i
          join g_cv cv on cv.ci = c.i and cv.j = g.h2 % cn.n
          left join g_vdcn own on own.vendor_id = cv.id
          left join g_host host on host.j = g.h3 % ${sizes.nhost}::int`,
    );

    await tx.execute(sql`analyze g_off`);

    // Plans first (in a temp table) so each offering is inserted with its min_monthly_price already right.
    await run(
      'price plans',
      sql`create temp table g_plan on commit drop as
          select gen_random_uuid() as id, x.offering_id, x.k, x.unit, x.spec_keys, x.spec_bases,
                 (case x.unit
                    when 'HOUR' then greatest(1, (80000 + (x.h % 400) * 5000) * x.mult / 730)
                    when 'GB_MONTH' then (300 + (x.h % 40) * 25) * 4 / (x.mult + 3)
                    when 'USER_MONTH' then (15000 + (x.h % 60) * 1000) * x.mult
                    when 'ONE_TIME' then (5000000 + (x.h % 100) * 500000) * x.mult
                    else (80000 + (x.h % 400) * 5000) * x.mult end)::bigint as price
          from (
            select o.id as offering_id, t.k, o.h3 as h, (1 << (t.k - 1)) as mult, o.spec_keys, o.spec_bases,
                   (case
                      when o.cat_slug = 'compute' and t.k = 3 then 'HOUR'
                      when o.cat_slug in ('block-storage', 'object-storage', 'backup') then 'GB_MONTH'
                      when o.kind = 'SAAS' and t.k < 3 then 'USER_MONTH'
                      when o.kind = 'SOFTWARE' and t.k >= 2 then 'ONE_TIME'
                      when o.kind = 'SOFTWARE' then 'USER_MONTH'
                      else 'MONTH' end) as unit
            from g_off o cross join lateral generate_series(1, 2 + (o.h2 / 3) % 2) t(k)
          ) x`,
    );
    await tx.execute(
      sql`create temp table g_min on commit drop as
          select offering_id,
                 min(case unit when 'HOUR' then price * 730 else price end) filter (where unit <> 'ONE_TIME') as min_price,
                 coalesce((array_agg(case unit when 'HOUR' then 'MONTH' else unit end
                                     order by case unit when 'HOUR' then price * 730 else price end, unit::billing_unit)
                             filter (where unit <> 'ONE_TIME'))[1],
                          case when bool_or(unit = 'ONE_TIME') then 'ONE_TIME' end) as price_unit,
                 min(price) filter (where unit = 'ONE_TIME') as min_one_time_price
          from g_plan group by offering_id`,
    );

    // Data-centre links, chosen up front so each offering is inserted with its data_in_vietnam (where the
    // schema stores it) already right and the links' trigger has nothing to update.
    await run(
      'choose data centers',
      sql`create temp table g_link on commit drop as
          select o.id as offering_id, d.dc_id
          from g_off o
          join g_vdcn hn on hn.vendor_id = o.host_id
          cross join lateral generate_series(0, least(hn.n, 1 + (o.h5 / 13) % 3) - 1) s(x)
          join g_vdc d on d.vendor_id = o.host_id and d.k = ((o.h5 / 7) + s.x) % hn.n
          where (o.h6 / 17) % 100 >= 4`,
    );
    await tx.execute(
      sql`create temp table g_div on commit drop as
          select l.offering_id, bool_and(dc.country_code = 'VN') as in_vietnam
          from g_link l join data_centers dc on dc.id = l.dc_id group by l.offering_id`,
    );
    const hasDataInVietnam = (
      await one<{ present: boolean }>(
        sql`select exists (select 1 from information_schema.columns
                           where table_schema = current_schema() and table_name = 'offerings'
                             and column_name = 'data_in_vietnam') as present`,
      )
    ).present;
    const divColumn = hasDataInVietnam ? sql`, data_in_vietnam` : sql``;
    const divValue = hasDataInVietnam ? sql`, coalesce(dv.in_vietnam, false)` : sql``;
    // The unit of the lowest price and the lowest one-time price, where the schema keeps them (migration 0023).
    const hasPriceUnit = (
      await one<{ present: boolean }>(
        sql`select exists (select 1 from information_schema.columns
                           where table_schema = current_schema() and table_name = 'offerings'
                             and column_name = 'price_unit') as present`,
      )
    ).present;
    const unitColumns = hasPriceUnit ? sql`, price_unit, min_one_time_price` : sql``;
    const unitValues = hasPriceUnit ? sql`, m.price_unit::billing_unit, m.min_one_time_price` : sql``;

    await run(
      'insert offerings',
      sql`insert into offerings (id, slug, vendor_id, category_id, kind, status, name, summary, summary_en, description,
                                 sla_availability, sample_data, min_monthly_price, published_at, created_at, updated_at${divColumn}${unitColumns})
          select o.id,
                 o.vendor_slug || '-' || o.cat_slug || '-' || o.n,
                 o.vendor_id, o.category_id, o.kind::offering_kind,
                 (case when o.h4 % 100 < 90 then 'PUBLISHED' when o.h4 % 100 < 96 then 'DRAFT'
                       when o.h4 % 100 < 98 then 'IN_REVIEW' when o.h4 % 100 < 99 then 'ARCHIVED'
                       else 'REJECTED' end)::listing_status,
                 o.word_vi || ' ' || o.vendor_name || ' ' || l.q_vi[1 + o.h5 % cardinality(l.q_vi)] || ' ' || (1 + o.n % 997),
                 o.word_vi || ' ' || lower(l.q_vi[1 + o.h5 % cardinality(l.q_vi)]) || ' của ' || o.vendor_name
                   || ' cho ' || l.a_vi[1 + o.h6 % cardinality(l.a_vi)] || '.',
                 o.word_en || ' (' || l.q_en[1 + o.h5 % cardinality(l.q_en)] || ') by ' || o.vendor_name
                   || ' for ' || l.a_en[1 + o.h6 % cardinality(l.a_en)] || '.',
                 -- two sentences, about the length of the seed catalog's descriptions (~90–160 characters)
                 o.word_vi || ' ' || lower(l.q_vi[1 + o.h5 % cardinality(l.q_vi)]) || ' của ' || o.vendor_name
                   || ' dành cho ' || l.a_vi[1 + o.h6 % cardinality(l.a_vi)] || '. '
                   || case when (o.h1 / 7) % 3 = 0 then l.kind_sentence ->> o.kind
                           else replace(l.extra[1 + (o.h1 / 21) % cardinality(l.extra)], '{city}',
                                        l.cities[1 + (o.h2 / 11) % cardinality(l.cities)]) end,
                 (array[null, 99.5, 99.9, 99.95, 99.98, 99.99])[1 + (o.h3 / 11) % 6]::numeric,
                 true,
                 m.min_price,
                 case when o.h4 % 100 < 90 then timestamptz '2025-01-01 02:00+07' + ((o.h6 / 3) % 540) * interval '1 day' end,
                 timestamptz '2025-01-01 02:00+07' + ((o.h6 / 3) % 540) * interval '1 day',
                 timestamptz '2025-01-01 02:00+07' + ((o.h6 / 3) % 540 + (o.h1 / 5) % 120) * interval '1 day'
                 ${divValue}${unitValues}
          from g_off o cross join g_lists l left join g_min m on m.offering_id = o.id left join g_div dv on dv.offering_id = o.id`,
    );

    await run(
      'insert plans',
      sql`insert into plans (id, offering_id, slug, name, price, unit, position)
          select p.id, p.offering_id,
                 (${json(planTiers.map((t) => t[0]))} ->> (p.k - 1)) || case p.unit when 'HOUR' then '-theo-gio' else '' end,
                 (${json(planTiers.map((t) => t[1]))} ->> (p.k - 1))
                   || case p.unit when 'HOUR' then ' (theo giờ)' when 'ONE_TIME' then ' — bản quyền vĩnh viễn' else '' end,
                 p.price, p.unit::billing_unit, p.k
          from g_plan p`,
    );
    await run(
      'insert plan specs',
      sql`insert into plan_specs (plan_id, key, value, position)
          select p.id, p.spec_keys[s.i], (p.spec_bases[s.i] * (1 << (p.k - 1)))::text, s.i
          from g_plan p cross join lateral generate_subscripts(p.spec_keys, 1) s(i)`,
    );
    await run(
      'link data centers',
      sql`insert into offering_data_centers (offering_id, data_center_id) select offering_id, dc_id from g_link`,
    );

    // Requirements for ~15% of offerings: categories by kind, half of them tied to the hosting vendor.
    await tx.execute(
      sql`create temp table g_reqcat on commit drop as
          select r.kind, c.id as category_id, c.name
          from json_each(${json(requirementCategories)}) r(kind, slugs)
          cross join lateral json_array_elements_text(r.slugs) s(slug)
          join categories c on c.slug = s.slug`,
    );
    await tx.execute(
      sql`create temp table g_req on commit drop as
          select gen_random_uuid() as id, o.id as offering_id, o.kind,
                 case when (o.h2 / 101) % 2 = 0 then o.host_id end as vendor_id
          from g_off o where (o.h4 / 101) % 100 < 15`,
    );
    await run(
      'insert requirements',
      sql`insert into requirements (id, offering_id, description, position)
          select r.id, r.offering_id,
                 'Cần ' || coalesce((select string_agg(lower(rc.name), ' hoặc ' order by rc.category_id) from g_reqcat rc where rc.kind = r.kind), 'dịch vụ khác')
                   || coalesce(' của ' || v.name, ' của bất kỳ nhà cung cấp nào') || ' để vận hành dịch vụ.',
                 1
          from g_req r left join vendors v on v.id = r.vendor_id`,
    );
    await tx.execute(
      sql`insert into requirement_categories (requirement_id, category_id)
          select r.id, rc.category_id from g_req r join g_reqcat rc on rc.kind = r.kind`,
    );
    await tx.execute(
      sql`insert into requirement_vendors (requirement_id, vendor_id)
          select r.id, r.vendor_id from g_req r where r.vendor_id is not null`,
    );
    if (sizes.nfw > 0) {
      await run(
        'insert attestations',
        sql`insert into attestations (framework_id, offering_id, status, criteria_met, claimed_at, verified_at, valid_until, note)
            select f.id, o.id, x.status::attestation_status,
                   case when x.status = 'VERIFIED' then f.criteria_count end,
                   x.claimed, case when x.status = 'VERIFIED' then x.claimed + interval '45 days' end,
                   case when x.status = 'VERIFIED' then x.claimed + interval '3 years' end,
                   'Dữ liệu mẫu cho kiểm thử hiệu năng (benchmark sample)'
            from g_off o
            join g_fw f on f.j = (o.h3 / 101) % ${sizes.nfw}::int
            cross join lateral (select (case when (o.h6 / 101) % 20 < 12 then 'VERIFIED' when (o.h6 / 101) % 20 < 19 then 'CLAIMED'
                                             else 'REVOKED' end) as status,
                                       timestamptz '2025-01-01 09:00+07' + ((o.h1 / 101) % 500) * interval '1 day' as claimed) x
            where (o.h5 / 101) % 100 < 8`,
      );
    }

    await tx.execute(sql`alter table plans enable trigger user`);
    for (const table of auditedBulkTables) await tx.execute(sql.raw(`alter table ${table} enable trigger ${table}_audit`));
    for (const [table, trigger] of deferredTriggers) await tx.execute(sql.raw(`alter table ${table} enable trigger ${trigger}`));
    await tx.execute(sql`select mv_raise_catalog_version()`);
    const t0 = performance.now();
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
    timed(`rebuild ${indexes.length} indexes`, Math.round(performance.now() - t0));

    // The trigger's rule, checked: every offering's min_monthly_price equals the trigger's computation.
    const drift = await one<{ n: number }>(
      sql`select count(*)::int as n from offerings o
          where o.min_monthly_price is distinct from (select min(p.monthly_price) from plans p
                                                      where p.offering_id = o.id and p.unit <> 'ONE_TIME')`,
    );
    if (drift.n > 0) throw new Error(`${drift.n} generated offerings have a min_monthly_price the trigger would not give`);
    if (hasPriceUnit) {
      const unitDrift = await one<{ n: number }>(
        sql`select count(*)::int as n from offerings o cross join lateral mv_offering_prices(o.id) p
            where (o.price_unit, o.min_one_time_price) is distinct from (p.price_unit, p.min_one_time_price)`,
      );
      if (unitDrift.n > 0) throw new Error(`${unitDrift.n} generated offerings have a price unit the trigger would not give`);
    }
    // The live-plan rule, checked: every published offering has a plan.
    const planless = await one<{ n: number }>(
      sql`select count(*)::int as n from offerings o
          where o.status = 'PUBLISHED' and not exists (select 1 from plans p where p.offering_id = o.id and p.retired_at is null)`,
    );
    if (planless.n > 0) throw new Error(`${planless.n} generated published offerings have no plan`);
  });
}
