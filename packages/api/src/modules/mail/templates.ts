import type { MailLanguage } from '@mayviet/db';
import type { ApiSettings } from '../../settings.ts';
import type { MailMessage } from './outbox.ts';

/** A rendered mail. */
export interface RenderedMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function link(settings: ApiSettings, path: string): string {
  return `${settings.siteUrl ?? 'http://localhost:3000'}${path}`;
}

/** The subject and body of a mail in a language. */
export function renderMail(message: MailMessage, language: MailLanguage, settings: ApiSettings): RenderedMail {
  const vi = language === 'VI';
  let subject: string;
  let lines: string[];
  switch (message.template) {
    case 'CONFIRM_EMAIL':
      subject = vi ? 'Xác nhận e-mail của bạn trên Mây Việt' : 'Confirm your e-mail on Mây Việt';
      lines = [vi ? `Chào ${message.name},` : `Hello ${message.name},`, link(settings, message.path)];
      break;
    case 'RESET_PASSWORD':
      subject = vi ? 'Đặt lại mật khẩu Mây Việt' : 'Reset your Mây Việt password';
      lines = [vi ? `Chào ${message.name},` : `Hello ${message.name},`, link(settings, message.path)];
      break;
    case 'ACCOUNT_EXISTS':
      subject = vi ? 'Bạn đã có tài khoản Mây Việt' : 'You already have a Mây Việt account';
      lines = [link(settings, message.signInPath), link(settings, message.resetPath)];
      break;
    case 'QUOTE_RECEIPT':
      subject = vi ? `Yêu cầu báo giá ${message.reference} đã được gửi` : `Quote request ${message.reference} was sent`;
      lines = [message.vendorNames.join(', '), link(settings, message.path)];
      break;
    case 'NEW_OFFER':
      subject = vi ? `${message.vendorName} gửi báo giá cho ${message.reference}` : `${message.vendorName} made an offer on ${message.reference}`;
      lines = [message.path ? link(settings, message.path) : ''];
      break;
    case 'VENDOR_DECLINED':
      subject = vi ? `${message.vendorName} từ chối báo giá ${message.reference}` : `${message.vendorName} declined to quote ${message.reference}`;
      lines = [message.reason ?? '', message.path ? link(settings, message.path) : ''];
      break;
    case 'OFFER_ACCEPTED':
      subject = vi ? `Báo giá cho ${message.reference} đã được chấp nhận` : `Your offer on ${message.reference} was accepted`;
      lines = [link(settings, message.path)];
      break;
    case 'OFFER_DECLINED':
      subject = vi ? `Báo giá cho ${message.reference} bị từ chối` : `Your offer on ${message.reference} was declined`;
      lines = [link(settings, message.path)];
      break;
  }
  const textBody = lines.filter(Boolean).join('\n\n');
  return { subject, textBody, htmlBody: `<p>${escapeHtml(textBody).replace(/\n\n/g, '</p><p>')}</p>` };
}
