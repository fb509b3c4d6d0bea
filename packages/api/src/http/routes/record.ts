import type { IncomingMessage } from 'node:http';
import type { Database } from '@mayviet/db';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { estimateCost } from '../../graphql/limits.ts';
import { resolveActor, type Actor } from '../../modules/accounts/actor.ts';
import { procurementRecord, recordRequestFor } from '../../modules/offers/record/service.ts';
import { recordStyleHash } from '../../modules/offers/record/print.ts';
import { budgetSubject, type BudgetStore } from '../budget.ts';
import { encodeFor, sendEncoded } from '../compression.ts';
import { inlineStylePolicy } from '../headers.ts';
import { requestDatabase } from '../request-database.ts';
import { readBody } from './graphql.ts';
import { HttpError, sendJson, type ContextOf, type Route } from './route.ts';

/** Where the buyer's page posts its form: the secret travels in the body, never in an address. */
export const recordPath = '/quote-requests/record';

/** The record costs a client what the API's own field does, read through the token. */
const pricedAs = parse('query($token: String!) { quoteRequestByToken(token: $token) { procurementRecordCsv } }');

export interface RecordRouteOptions {
  database: Database;
  schema: GraphQLSchema;
  contextOf: ContextOf;
  budgets: BudgetStore;
  /** the points each client's budget gets back every second */
  restorePerSecond: number;
  /** the site's origin, for the stack's link in the record */
  originOf: (req: IncomingMessage) => string;
}

/**
 * POST /quote-requests/record (a form: accessToken, or quoteRequestId with the account's session cookie;
 * format=html|csv; language=vi|en): the buyer's procurement record as its printable page or a CSV
 * download. Anyone but the request's buyer gets 404, as for a request that does not exist.
 */
export function recordRoute({ database, schema, contextOf, budgets, restorePerSecond, originOf }: RecordRouteOptions): Route {
  const cost = estimateCost(schema, pricedAs, getOperationAST(pricedAs)!, {}).points;
  return async (request) => {
    const { req, res, url } = request;
    if (url.pathname !== recordPath) return null;
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: `Post the record's form to ${recordPath}.` } });
      return {};
    }
    if ((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/x-www-form-urlencoded') {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Post the record’s form as application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(await readBody(req));
    const format = form.get('format') === 'csv' ? 'csv' : 'html';
    const language = form.get('language')?.toLowerCase() === 'en' ? 'en' : 'vi';
    const reads = requestDatabase(database);
    try {
      // A form carries no API key; a broken Authorization header opens nothing.
      const actor: Actor = await resolveActor(reads.db, req.headers).catch(() => ({ kind: 'anonymous' }) as const);
      const ctx = contextOf(req, request, actor, reads.db);
      const budget = await budgets.take(budgetSubject(actor, ctx.clientAddress), cost).catch((error: unknown) => {
        ctx.log.warn({ err: error }, 'the query budget store did not answer; the record goes unmetered');
        return null;
      });
      if (budget && !budget.granted) {
        res.setHeader('retry-after', String(Math.max(1, Math.ceil((cost - budget.available) / restorePerSecond))));
        sendJson(res, 429, { error: { code: 'RATE_LIMITED', message: 'This client’s query budget is spent; try again shortly.' } });
        return { statements: reads.statements() };
      }
      reads.begin();
      const quoteRequest = await recordRequestFor(ctx, { accessToken: form.get('accessToken'), quoteRequestId: form.get('quoteRequestId') });
      if (!quoteRequest) {
        sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'No quote request of yours matches.' } });
        return { statements: reads.statements() };
      }
      const result = await procurementRecord(ctx, quoteRequest, format, language, originOf(req));
      const answer = await encodeFor(req, result.body);
      if (res.headersSent || res.destroyed) return { statements: reads.statements() };
      res.statusCode = result.status;
      res.setHeader('content-type', result.contentType);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-robots-tag', 'noindex');
      if (format === 'html') res.setHeader('content-security-policy', inlineStylePolicy(recordStyleHash));
      if (result.filename) res.setHeader('content-disposition', `attachment; filename="${result.filename}"`);
      sendEncoded(req, res, answer);
      return { statements: reads.statements() };
    } finally {
      await reads.finish();
    }
  };
}
