// Who takes a request's procurement record, and the record as a download or a printable page. Only the
// buyer: the holder of the request's access token, or the account the request is tied to. Staff do not:
// the record holds the prices vendors offered, which staff never read. Anyone else finds nothing.
import type { QuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../../context.ts';
import { fromGlobalId } from '../../../graphql/ids.ts';
import type { ExportResult } from '../../stacks/export.ts';
import type { ExportLanguage } from '../../stacks/export/data.ts';
import { quoteRequestByToken } from '../../stacks/quote-access.ts';
import { isAccountHolder, isStaff } from '../access.ts';
import { recordCsv } from './csv.ts';
import { loadProcurementRecord } from './data.ts';
import { recordHtml } from './print.ts';

export interface RecordAsk {
  /** the request's access token (mvq_…) */
  accessToken?: string | null;
  /** a QuoteRequest's global id, for the account holder signed in */
  quoteRequestId?: string | null;
}

/** The request whose record the caller may take; null for anyone else, as for a missing request. */
export async function recordRequestFor(ctx: Context, ask: RecordAsk): Promise<QuoteRequestRow | null> {
  if (isStaff(ctx)) return null;
  if (ask.accessToken) return quoteRequestByToken(ctx, ask.accessToken);
  const parsed = ask.quoteRequestId ? fromGlobalId(ask.quoteRequestId) : null;
  if (parsed?.type !== 'QuoteRequest' || !(await isAccountHolder(ctx, parsed.id))) return null;
  return ctx.loaders.stacks.quoteRequest.load(parsed.id);
}

/** The record of a request the caller may take, as CSV (a download) or as the printable page. */
export async function procurementRecord(ctx: Context, request: QuoteRequestRow, format: 'csv' | 'html', language: ExportLanguage, origin: string): Promise<ExportResult> {
  const record = await loadProcurementRecord(ctx, request, language);
  ctx.log.info({ quoteRequestId: request.id, format }, 'procurement record');
  return format === 'csv'
    ? { status: 200, contentType: 'text/csv; charset=utf-8', body: recordCsv(record, language, origin), filename: `mayviet-record-${request.reference}-${language}.csv` }
    : { status: 200, contentType: 'text/html; charset=utf-8', body: recordHtml(record, language, origin) };
}
