// The one layout every mail shares: a plain-text body and a simple HTML body with inline styles (mail
// clients drop style sheets), every value written into the HTML escaped.

/** A paragraph (its line breaks kept), or a link shown as a button with its address beneath. */
export type MailBlock = string | { label: string; url: string };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
  /** the closing line: who the mail is from and why it came */
  footer: string;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function textBody({ blocks, footer }: MailContent): string {
  return [...blocks.map((block) => (typeof block === 'string' ? block : `${block.label}:\n${block.url}`)), '—', footer].join('\n\n');
}

const paragraph = 'margin:0 0 16px;line-height:1.5;font-size:15px';

function htmlBlock(block: MailBlock): string {
  if (typeof block === 'string') return `<p style="${paragraph}">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`;
  const url = escapeHtml(block.url);
  return (
    `<p style="margin:8px 0 4px"><a href="${url}" style="display:inline-block;background:#0b5cad;color:#ffffff;` +
    `padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:bold;font-size:15px">${escapeHtml(block.label)}</a></p>` +
    `<p style="margin:0 0 16px;font-size:12px;color:#52606d;word-break:break-all">${url}</p>`
  );
}

export function htmlBody(content: MailContent, language: 'vi' | 'en'): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">` +
    `<p style="margin:0 0 20px;font-size:20px;font-weight:bold;color:#0b5cad">Mây Việt</p>` +
    content.blocks.map(htmlBlock).join('') +
    `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #e4e7eb;font-size:12px;color:#52606d;line-height:1.5">` +
    `${escapeHtml(content.footer)}</p></div></body></html>`
  );
}
