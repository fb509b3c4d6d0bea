import { recentMail, type Database, type MailboxRow } from '@mayviet/db';
import { escapeHtml } from '../../modules/mail/layout.ts';
import { notFound, sendJson, type Route } from './route.ts';

// The development mailbox: /dev/mailbox lists the outbox's last mails, for development without SMTP. It
// is served only when the devMailbox setting is on (main.ts: not in production and SMTP_URL unset) and
// never when NODE_ENV is production. Each mail's HTML is shown in a sandboxed frame (srcdoc, no scripts,
// an origin of its own), so a mail's content cannot act on this page.

const shown = 50;

/** No script anywhere; the page's and the mails' inline styles; links in a mail open in a new tab. */
const mailboxPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const style = `body{font-family:system-ui,sans-serif;margin:24px;color:#1f2933}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
iframe{width:100%;height:480px;border:1px solid #cbd2d9;background:#fff}.muted{color:#52606d}`;

function status(mail: MailboxRow): string {
  if (mail.sentAt) return `sent ${mail.sentAt.toISOString()}`;
  if (mail.failedAt) return `given up after ${mail.attempts} attempts: ${mail.lastError ?? ''}`;
  return mail.attempts > 0 ? `not sent yet (${mail.attempts} attempts: ${mail.lastError ?? ''})` : 'not sent';
}

function row(mail: MailboxRow): string {
  const to = mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress;
  const frame = escapeHtml(`<base target="_blank">${mail.htmlBody}`);
  return (
    `<tr><td>${escapeHtml(mail.createdAt.toISOString())}</td><td>${escapeHtml(to)}</td>` +
    `<td><details><summary>${escapeHtml(mail.subject)}</summary>` +
    `<iframe title="${escapeHtml(mail.subject)}" sandbox="allow-popups allow-popups-to-escape-sandbox" loading="lazy" srcdoc="${frame}"></iframe></details></td>` +
    `<td class="muted">${escapeHtml(mail.template)}</td><td>${escapeHtml(status(mail))}</td></tr>`
  );
}

export function devMailboxRoute(database: Database, enabled: boolean): Route {
  const served = enabled && process.env.NODE_ENV !== 'production';
  return async ({ req, res, url }) => {
    if (url.pathname !== '/dev/mailbox') return null;
    if (!served) {
      notFound(res, url.pathname);
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'The mailbox is read with GET.' } });
    } else {
      const mails = await recentMail(database.db, shown);
      const body =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox · Mây Việt</title><style>${style}</style></head><body>` +
        `<h1>Development mailbox</h1><p class="muted">The last ${shown} mails of the outbox (mail_outbox), newest first. SMTP_URL is unset: nothing is sent.</p>` +
        (mails.length === 0
          ? '<p>No mail yet.</p>'
          : `<table><thead><tr><th>Queued</th><th>To</th><th>Subject</th><th>Template</th><th>Status</th></tr></thead><tbody>${mails.map(row).join('')}</tbody></table>`) +
        '</body></html>';
      res.statusCode = 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', mailboxPolicy);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(req.method === 'HEAD' ? undefined : body);
    }
    return {};
  };
}
