import { queryRows, type Database, type Db } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

// The loads: each a POST /graphql with a body from a small fixed list that every connection cycles
// through, so the server does not answer one cached plan only.

export interface Scenario {
  name: 'baseline' | 'browse' | 'search' | 'typo' | 'offering' | 'stack' | 'compose';
  title: string;
  /** the request bodies, cycled through by every connection */
  bodies: string[];
  /** what each body stands for, for the report */
  variants: string[];
  /** at most this many connections (the goal's figure), whatever the driver's */
  connections?: number;
}

export const browseDocument = `query Browse($filter: OfferingFilter, $sort: OfferingSort) {
  offerings(first: 20, filter: $filter, sort: $sort) {
    totalCount
    facets {
      kinds { value count }
      categories { value count }
      vendors { value count }
      cities { value count }
    }
    nodes { name vendor { name } category { name } lowestMonthlyPrice { amount } }
  }
}`;

/** The browse page of the brief first, then three other filters of the same shape. */
export const browseFilters: { filter: Record<string, unknown>; sort: string }[] = [
  { filter: { kinds: ['IAAS', 'SAAS'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['PAAS', 'SECURITY'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['IAAS'], categories: ['compute'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['SAAS', 'SOFTWARE'], dataInVietnam: true }, sort: 'NAME' },
];

const searchDocument = `query Search($query: String) {
  offerings(first: 20, query: $query) {
    totalCount
    facets { kinds { value count } categories { value count } vendors { value count } cities { value count } }
    nodes { name vendor { name } }
  }
}`;

/** Broad terms (thousands of matches each): with diacritics, folded, two words. */
export const searchTerms = ['máy chủ', 'dien toan dam may', 'sao lưu'];
/** A typo: no listing holds the word, so the search falls back to spelling similarity (trigrams, in SQL). */
export const typoTerms = ['vietel'];

/** The connections the browse and search goals are stated at (issue 16). */
export const goalConnections = 10;

const offeringDocument = `query Offering($slug: String!) {
  offering(slug: $slug) {
    name description
    vendor { name dataCenters { city tier } attestations { status framework { code } } }
    plans { name monthlyPrice { amount } specs { key value } }
    dataCenters { name city tier vendor { name } }
    requirements { description categories { name } vendors { name } }
    attestations { status framework { code groups { code criteriaCount } } }
  }
}`;

/** What a stack builder page asks for: priced lines, totals, subtotals per vendor, issues with suggestions. */
const stackDocument = `query EvaluateStack($items: [StackItemInput!]!) {
  evaluateStack(items: $items) {
    lines {
      quantity
      plan { name }
      offering { name vendor { name } }
      monthlyCost { amount }
      available
      dataOutsideVietnam { city }
    }
    monthlyTotal { amount }
    vat { amount }
    totalWithVat { amount }
    vendorSubtotals { vendor { name } monthlyCost { amount } }
    compositeAvailability
    dataInVietnam
    errorCount
    issues { code severity message offerings { name } suggestions { name lowestMonthlyPrice { amount } } }
    micCoverage { share }
  }
}`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export const stackLines = 50;
/** Lines of each stack whose offering has a requirement (so requirements are checked and suggestions computed). */
export const stackLinesWithRequirements = 8;

export interface StackLineInput {
  /** the Plan's global id (base64url of "Plan:<uuid>", as packages/api/src/graphql/ids.ts makes it) */
  planId: string;
  quantity: number;
}

/**
 * `count` stacks of `stackLines` distinct plans of published offerings, chosen by hashing slugs (which the
 * generator makes deterministic; ids are random), so every run and both drivers evaluate the same stacks.
 * Each stack takes at most two offerings per category and per "has a requirement or not", drawn in hash
 * order: `stackLinesWithRequirements` offerings with a requirement, the rest without; one plan of each,
 * also by hash; a quantity of 1 to 10 from the hash's last byte (its first bytes are near zero: the
 * smallest hashes are the ones drawn).
 */
export async function stackItems(db: Db, count = 4): Promise<StackLineInput[][]> {
  const rows = await queryRows<{ stack: number; planId: string; quantity: number }>(
    db,
    sql`with drawn as (
          select k.k, o.id, o.slug, o.category_id,
                 exists (select 1 from requirements r where r.offering_id = o.id) as needs,
                 md5(o.slug || ':' || k.k) as draw
          from generate_series(0, ${count - 1}::int) k(k)
          cross join offerings o
          where o.status = 'PUBLISHED' and exists (select 1 from plans p where p.offering_id = o.id)
        ), per_category as (
          select d.*, row_number() over (partition by d.k, d.category_id, d.needs order by d.draw) as rn from drawn d
        ), chosen as (
          select c.*, row_number() over (partition by c.k, c.needs order by c.rn, c.draw) as pick
          from per_category c where c.rn <= 2
        )
        select c.k as stack, p.id as "planId", 1 + get_byte(decode(c.draw, 'hex'), 15) % 10 as quantity
        from chosen c
        cross join lateral (select p.id from plans p where p.offering_id = c.id order by md5(p.slug || ':' || c.slug) limit 1) p
        where c.pick <= case when c.needs then ${stackLinesWithRequirements}::int else ${stackLines - stackLinesWithRequirements}::int end
        order by c.k, c.draw`,
  );
  const stacks = Array.from({ length: count }, (_, k) =>
    rows
      .filter((row) => Number(row.stack) === k)
      .map((row) => ({ planId: Buffer.from(`Plan:${row.planId}`, 'utf8').toString('base64url'), quantity: Number(row.quantity) })),
  );
  for (const [k, items] of stacks.entries()) {
    if (items.length !== stackLines) throw new Error(`stack ${k + 1}: found ${items.length} plans, expected ${stackLines}`);
  }
  return stacks;
}

/**
 * Slugs for the offering page: published offerings of the real seed catalog that have plans, data centres
 * and requirements, those with attestations of their own first; synthetic ones fill up if there are too few.
 */
export async function offeringSlugs(db: Db, seedSlugs: string[], count = 3): Promise<string[]> {
  const seeded = sql`o.slug = any(${`{${seedSlugs.join(',')}}`}::text[])`;
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select o.slug from offerings o
        where o.status = 'PUBLISHED'
          and exists (select 1 from plans p where p.offering_id = o.id)
          and exists (select 1 from offering_data_centers x where x.offering_id = o.id)
          and exists (select 1 from requirements r where r.offering_id = o.id)
        order by ${seeded} desc, exists (select 1 from attestations a where a.offering_id = o.id) desc, o.slug
        limit ${count}`,
  );
  if (rows.length === 0) throw new Error('no published offering with plans, data centres and requirements to load');
  return rows.map((row) => row.slug);
}

/** `{ __typename }`: HTTP and GraphQL with no SQL, the ceiling any query's throughput stays under. */
export const baselineScenario: Scenario = {
  name: 'baseline',
  title: 'baseline { __typename } (no SQL)',
  bodies: [body('{ __typename }', {})],
  variants: ['{ __typename }'],
};

/** The evaluateStack scenario: every connection cycles through the stacks. */
export function stackScenario(stacks: StackLineInput[][]): Scenario {
  return {
    name: 'stack',
    title: `evaluateStack, ${stackLines} lines`,
    bodies: stacks.map((items) => body(stackDocument, { items })),
    variants: stacks.map((items, k) => `stack ${k + 1} (${items.length} lines)`),
  };
}

/** The blueprint the composer's goal is stated for: a city data center's subsystems, 8 needs (issue 19). */
export const composeBlueprint = 'city-data-center';
export const composeNeeds = 8;

/** What the composer's page asks for: each alternative's lines with their reasons, its evaluation, the blockers. */
const composeDocument = `query Compose($input: ComposeStackInput!) {
  composeStack(input: $input) {
    needs { category { slug } quantity }
    alternatives {
      label
      objective
      items { quantity redundancyGroup plan { name } offering { name vendor { name } } monthlyCost { amount } }
      reasons { purpose message }
      evaluation {
        monthlyTotal { amount }
        firstYearTotal { amount }
        vendorSubtotals { vendor { name } }
        compositeAvailability
        dataInVietnam
        errorCount
        micCoverage { share }
      }
    }
    blockers
  }
}`;

/** The blueprint alone, then with the constraints a buyer would most often add. */
export const composeVariants: { name: string; constraints: Record<string, unknown> }[] = [
  { name: 'the blueprint alone', constraints: {} },
  { name: 'data in Vietnam, domestic vendors only', constraints: { dataInVietnam: true, domesticOnly: true } },
  { name: 'a second site for every need', constraints: { requireSecondSite: true } },
  { name: 'at most 3 vendors, availability ≥ 99.5 %', constraints: { maxVendors: 3, minAvailability: '99.5' } },
];

/** composeStack for the blueprint under each constraint set: measured one request at a time (run.ts), not loaded. */
export function composeScenario(): Scenario {
  return {
    name: 'compose',
    title: `composeStack, blueprint ${composeBlueprint} (${composeNeeds} needs)`,
    bodies: composeVariants.map((v) => body(composeDocument, { input: { blueprintSlug: composeBlueprint, constraints: v.constraints } })),
    variants: composeVariants.map((v) => v.name),
  };
}

/** Browse, offering page, stack, then search: the slowest last, its leftover requests cannot be cancelled on PGlite. */
export function buildScenarios(slugs: string[], stacks: StackLineInput[][]): Scenario[] {
  return [
    {
      name: 'browse',
      title: 'browse page with facets (answer cache off)',
      bodies: browseFilters.map((v) => body(browseDocument, v)),
      variants: browseFilters.map((v) => `${JSON.stringify(v.filter)} ${v.sort}`),
      connections: goalConnections,
    },
    {
      name: 'offering',
      title: 'nested offering page',
      bodies: slugs.map((slug) => body(offeringDocument, { slug })),
      variants: slugs.map((slug) => `slug: "${slug}"`),
    },
    stackScenario(stacks),
    {
      name: 'search',
      title: 'search: page, count and facets (answer cache off)',
      bodies: searchTerms.map((query) => body(searchDocument, { query })),
      variants: searchTerms.map((term) => `query: "${term}"`),
      connections: goalConnections,
    },
    {
      name: 'typo',
      title: 'search with a typo',
      bodies: typoTerms.map((query) => body(searchDocument, { query })),
      variants: typoTerms.map((term) => `query: "${term}"`),
      connections: goalConnections,
    },
  ];
}

/** Sends every body once and checks the answer has data and no errors; returns one line per variant. */
export async function checkScenario(url: string, scenario: Scenario): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, text] of scenario.bodies.entries()) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const result = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (response.status !== 200 || result.errors || !result.data) {
      const reason = result.errors ? result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') : JSON.stringify(result);
      throw new Error(`${scenario.name} ${scenario.variants[index]}: HTTP ${response.status} ${reason}`);
    }
    const statements = response.headers.get('x-sql-statements');
    if (scenario.name === 'baseline') {
      lines.push(`${scenario.variants[index]}: ${JSON.stringify(result.data)}, ${statements} SQL statements`);
    } else if (scenario.name === 'offering') {
      const offering = result.data.offering as { name: string } | null;
      if (!offering) throw new Error(`offering ${scenario.variants[index]} not found`);
      lines.push(`${scenario.variants[index]}: "${offering.name}", ${statements} SQL statements`);
    } else if (scenario.name === 'stack') {
      lines.push(`${scenario.variants[index]}: ${describeEvaluation(result.data.evaluateStack as Evaluation)}, ${statements} SQL statements`);
    } else if (scenario.name === 'compose') {
      lines.push(`${scenario.variants[index]}: ${describeComposition(result.data.composeStack as Composition)}, ${statements} SQL statements`);
    } else {
      const page = result.data.offerings as { totalCount: number; nodes: unknown[] };
      if (page.nodes.length === 0) throw new Error(`${scenario.name} ${scenario.variants[index]} found nothing`);
      lines.push(`${scenario.variants[index]}: totalCount ${page.totalCount}, ${page.nodes.length} nodes, ${statements} SQL statements`);
    }
  }
  return lines;
}

interface Evaluation {
  lines: unknown[];
  vendorSubtotals: unknown[];
  monthlyTotal: { amount: string };
  errorCount: number;
  issues: { code: string; suggestions: unknown[] }[];
}

/** Lines, vendors, total and what the evaluation found; throws when a stack does not exercise suggestions. */
function describeEvaluation(evaluation: Evaluation): string {
  const unmet = evaluation.issues.filter((issue) => issue.code === 'UNMET_REQUIREMENT');
  const suggestions = unmet.reduce((sum, issue) => sum + issue.suggestions.length, 0);
  if (evaluation.lines.length !== stackLines) throw new Error(`evaluateStack answered ${evaluation.lines.length} lines, expected ${stackLines}`);
  if (suggestions === 0) throw new Error('evaluateStack found no unmet requirement with suggestions: the stack does not exercise them');
  return (
    `${evaluation.lines.length} lines, ${evaluation.vendorSubtotals.length} vendors, monthly total ${evaluation.monthlyTotal.amount} VND, ` +
    `${evaluation.issues.length} issues (${evaluation.errorCount} errors; ${unmet.length} unmet requirements with ${suggestions} suggestions)`
  );
}

interface Composition {
  needs: unknown[];
  alternatives: {
    objective: string;
    items: { offering: { vendor: { name: string } } }[];
    evaluation: { firstYearTotal: { amount: string }; vendorSubtotals: unknown[]; compositeAvailability: string | null; errorCount: number };
  }[];
  blockers: string[];
}

/** Each alternative's objective, lines, vendors, first-year total and availability; throws when there is none. */
function describeComposition(composition: Composition): string {
  if (composition.needs.length !== composeNeeds) throw new Error(`composeStack composed for ${composition.needs.length} needs, expected ${composeNeeds}`);
  if (composition.alternatives.length === 0) throw new Error(`composeStack found no alternative: ${composition.blockers.join('; ')}`);
  return composition.alternatives
    .map(
      (a) =>
        `${a.objective} ${a.items.length} lines, ${a.evaluation.vendorSubtotals.length} vendors, first year ${a.evaluation.firstYearTotal.amount} VND, ` +
        `availability ${a.evaluation.compositeAvailability ?? 'unknown'} %, ${a.evaluation.errorCount} errors`,
    )
    .join('; ');
}

export interface StatementTime {
  /** when it started, performance.now() */
  at: number;
  ms: number;
  sql: string;
}

/**
 * A view of the database that times each statement run through execute() (how the catalog queries run)
 * into `sink`, for a profile of what one request of each variant costs in SQL.
 */
/** The database with every statement timed into `sink`, those of read snapshots too. */
export function timingDatabase(database: Database, sink: StatementTime[]): Database {
  return {
    ...database,
    db: timingDb(database.db, sink),
    openSnapshot: async () => {
      const snapshot = await database.openSnapshot();
      return { ...snapshot, db: timingDb(snapshot.db, sink) };
    },
  };
}

function timingDb(db: Db, sink: StatementTime[]): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      // Mutations run their statements in transactions: time those too.
      if (property === 'transaction') {
        return (work: (tx: Db) => Promise<unknown>, config?: Parameters<Db['transaction']>[1]) =>
          target.transaction((tx) => work(timingDb(tx as unknown as Db, sink)), config);
      }
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        const t0 = performance.now();
        try {
          return await target.execute(query);
        } finally {
          const text = dialect.sqlToQuery(query).sql.replace(/\s+/g, ' ');
          sink.push({ at: t0, ms: Math.round((performance.now() - t0) * 100) / 100, sql: text.length > 160 ? `${text.slice(0, 160)}…` : text });
        }
      };
    },
  });
}

/** Sends each body once to a server whose database is timed, sequentially, and returns the statements per variant. */
export async function profileScenario(url: string, scenario: Scenario, sink: StatementTime[]): Promise<{ variant: string; ms: number; statements: StatementTime[] }[]> {
  const out: { variant: string; ms: number; statements: StatementTime[] }[] = [];
  for (const [index, text] of scenario.bodies.entries()) {
    sink.length = 0;
    const t0 = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    await response.text();
    out.push({ variant: scenario.variants[index]!, ms: Math.round((performance.now() - t0) * 100) / 100, statements: [...sink] });
  }
  return out;
}
