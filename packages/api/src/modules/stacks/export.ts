// A saved stack as CSV and as a printable page, in Vietnamese or English. Both are self-contained; a saved
// page prints from the browser's menu, its button needs the small script the server serves beside it.
import type { VendorRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { evaluatedStack } from './evaluation.ts';
import { renderCsv } from './export/csv.ts';
import type { ExportLanguage } from './export/data.ts';
import { renderHtml } from './export/print.ts';

export type ExportFormat = 'csv' | 'html';

export interface ExportResult {
  status: number;
  contentType: string;
  body: string;
  filename?: string;
}

/** GET /export/stacks/<id>.<csv|html>?lang=vi|en */
export async function exportStack(ctx: Context, globalId: string, format: ExportFormat, language: ExportLanguage): Promise<ExportResult> {
  const parsed = fromGlobalId(globalId);
  const stack = parsed?.type === 'Stack' ? await ctx.loaders.stacks.stack.load(parsed.id) : null;
  if (!stack) {
    return {
      status: 404,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No saved stack has this id.' } }),
    };
  }
  const evaluated = await evaluatedStack(ctx, stack.row.id);
  const vendorIds = [...new Set(evaluated.lines.map((line) => line.offering.vendorId))];
  const vendors = new Map<string, VendorRow>();
  (await ctx.loaders.catalog.vendor.loadMany(vendorIds)).forEach((row) => {
    if (row && !(row instanceof Error)) vendors.set(row.id, row);
  });
  const data = { stack, evaluated, vendors, id: globalId };
  const filename = `mayviet-stack-${globalId.slice(-10)}-${language}.${format}`;
  return format === 'csv'
    ? { status: 200, contentType: 'text/csv; charset=utf-8', body: renderCsv(data, language), filename }
    : { status: 200, contentType: 'text/html; charset=utf-8', body: renderHtml(data, language) };
}
