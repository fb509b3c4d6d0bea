import { loadReport, reportCsv } from '../../modules/curation/report.ts';
import { exportStack } from '../../modules/stacks/export.ts';
import { printScript, printScriptPath, printStyleHash } from '../../modules/stacks/export/print.ts';
import { encodeFor, sendEncoded } from '../compression.ts';
import { inlineStylePolicy } from '../headers.ts';
import { readsOnly, type ContextOf, type Route } from './route.ts';

const exportPath = /^\/export\/stacks\/([A-Za-z0-9_-]{1,100})\.(csv|html)$/;

/** The downloads: a saved stack as CSV or a printable page (with its print script), the ecosystem report as CSV. They serve anyone and read only. */
export function exportRoutes(contextOf: ContextOf): Route {
  return async (request) => {
    const { req, res, url } = request;
    if (!readsOnly(req)) return null;
    if (exportPath.test(url.pathname)) {
      const [, id, format] = exportPath.exec(url.pathname)!;
      const language = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
      const result = await exportStack(contextOf(req, request, { kind: 'anonymous' }), id!, format as 'csv' | 'html', language);
      const answer = await encodeFor(req, result.body);
      if (res.headersSent || res.destroyed) return {};
      res.statusCode = result.status;
      res.setHeader('content-type', result.contentType);
      res.setHeader('cache-control', 'no-store');
      if (format === 'html' && result.status === 200) res.setHeader('content-security-policy', inlineStylePolicy(printStyleHash));
      if (result.filename) res.setHeader('content-disposition', `attachment; filename="${result.filename}"`);
      sendEncoded(req, res, answer);
      return {};
    }
    if (url.pathname === printScriptPath) {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : printScript);
      return {};
    }
    if (url.pathname === '/export/report.csv') {
      const answer = await encodeFor(req, reportCsv(await loadReport(contextOf(req, request, { kind: 'anonymous' }))));
      if (res.headersSent || res.destroyed) return {};
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="mayviet-ecosystem-${new Date().toISOString().slice(0, 10)}.csv"`);
      sendEncoded(req, res, answer);
      return {};
    }
    return null;
  };
}
