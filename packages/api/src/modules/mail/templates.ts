import type { MailLanguage } from '@mayviet/db';
import type { ApiSettings } from '../../settings.ts';
import { formatVnd } from '../stacks/money.ts';
import { htmlBody, textBody, type MailBlock, type MailContent } from './layout.ts';
import type { MailMessage } from './messages.ts';

/** A rendered mail. */
export interface RenderedMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

/**
 * The origin mail links are written with: SITE_URL, else the origin this server listens on (set when it
 * starts listening), never a request's Host, which a client chooses (a reset link sent to another site).
 */
export function mailLinkOrigin(settings: Pick<ApiSettings, 'siteUrl' | 'listenOrigin'>): string {
  return settings.siteUrl ?? settings.listenOrigin ?? 'http://localhost';
}

/** A site path made absolute; a path that would leave the site (//host, a scheme) is refused. */
function absolute(origin: string, path: string): string {
  const url = new URL(path, origin);
  if (!path.startsWith('/') || path.startsWith('//') || url.origin !== origin) throw new Error('a mail link must be a path of the site');
  return url.href;
}

function when(date: Date, vi: boolean): string {
  const formatted = new Intl.DateTimeFormat(vi ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
  return vi ? `${formatted} (giờ Việt Nam)` : `${formatted} (Vietnam time)`;
}

function totals(message: { monthlyTotal: bigint; oneTimeTotal: bigint }, vi: boolean): string {
  return vi
    ? `Hàng tháng: ${formatVnd(message.monthlyTotal)}\nMột lần: ${formatVnd(message.oneTimeTotal)}`
    : `Monthly: ${formatVnd(message.monthlyTotal)}\nOne-time: ${formatVnd(message.oneTimeTotal)}`;
}

/** What each template says, in Vietnamese or English. */
function content(message: MailMessage, vi: boolean, link: (path: string) => string): MailContent {
  const hello = vi ? `Chào ${message.name},` : `Hello ${message.name},`;
  const buyerFooter = vi
    ? 'Mây Việt, chợ dịch vụ điện toán đám mây cho cơ quan và doanh nghiệp Việt Nam. Bạn nhận được thư này vì địa chỉ e-mail của bạn được dùng trên Mây Việt.'
    : 'Mây Việt, the cloud services marketplace for Vietnamese agencies and businesses. You received this mail because your address was used on Mây Việt.';
  const vendorFooter = vi
    ? 'Mây Việt. Bạn nhận được thư này vì tổ chức của bạn là nhà cung cấp trên Mây Việt.'
    : 'Mây Việt. You received this mail because your organisation is a vendor on Mây Việt.';
  const open = (path: string | null, label: string, otherwise: string): MailBlock => (path ? { label, url: link(path) } : otherwise);
  switch (message.template) {
    case 'CONFIRM_EMAIL':
      return {
        subject: vi ? 'Xác nhận địa chỉ e-mail của bạn trên Mây Việt' : 'Confirm your e-mail address on Mây Việt',
        blocks: [
          hello,
          vi
            ? 'Cảm ơn bạn đã đăng ký tài khoản người mua trên Mây Việt. Hãy xác nhận địa chỉ e-mail này để bắt đầu sử dụng tài khoản:'
            : 'Thank you for creating a buyer account on Mây Việt. Please confirm this e-mail address to start using your account:',
          { label: vi ? 'Xác nhận e-mail' : 'Confirm my e-mail', url: link(message.path) },
          vi
            ? 'Liên kết có hiệu lực trong 48 giờ và chỉ dùng được một lần. Nếu bạn không đăng ký, hãy bỏ qua thư này.'
            : 'The link is valid for 48 hours and works once. If you did not sign up, you can ignore this mail.',
        ],
        footer: buyerFooter,
      };
    case 'RESET_PASSWORD':
      return {
        subject: vi ? 'Đặt lại mật khẩu Mây Việt' : 'Reset your Mây Việt password',
        blocks: [
          hello,
          vi ? 'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Hãy chọn mật khẩu mới tại đây:' : 'We were asked to reset the password of your account. Choose a new password here:',
          { label: vi ? 'Đặt mật khẩu mới' : 'Choose a new password', url: link(message.path) },
          vi
            ? 'Liên kết có hiệu lực trong 1 giờ và chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.'
            : 'The link is valid for 1 hour and works once. If you did not ask for it, ignore this mail: your password stays as it is.',
        ],
        footer: buyerFooter,
      };
    case 'ACCOUNT_EXISTS':
      return {
        subject: vi ? 'Bạn đã có tài khoản Mây Việt' : 'You already have a Mây Việt account',
        blocks: [
          hello,
          vi
            ? 'Ai đó (có thể là bạn) vừa đăng ký trên Mây Việt bằng địa chỉ e-mail này, nhưng địa chỉ này đã có tài khoản. Bạn có thể đăng nhập:'
            : 'Someone (perhaps you) just signed up on Mây Việt with this e-mail address, which already has an account. You can sign in:',
          { label: vi ? 'Đăng nhập' : 'Sign in', url: link(message.signInPath) },
          vi ? 'Nếu bạn quên mật khẩu, hãy đặt lại:' : 'If you forgot your password, reset it:',
          { label: vi ? 'Đặt lại mật khẩu' : 'Reset my password', url: link(message.resetPath) },
          vi ? 'Nếu không phải bạn, hãy bỏ qua thư này: tài khoản của bạn không thay đổi.' : 'If it was not you, ignore this mail: your account is unchanged.',
        ],
        footer: buyerFooter,
      };
    case 'QUOTE_RECEIPT':
      return {
        subject: vi ? `Đã gửi yêu cầu báo giá ${message.reference}` : `Quote request ${message.reference} was sent`,
        blocks: [
          hello,
          vi
            ? `Yêu cầu báo giá ${message.reference} của bạn đã được gửi tới: ${message.vendorNames.join(', ')}.`
            : `Your quote request ${message.reference} was sent to: ${message.vendorNames.join(', ')}.`,
          vi
            ? 'Mỗi nhà cung cấp có thể gửi báo giá trên Mây Việt; chúng tôi sẽ báo cho bạn qua e-mail. Theo dõi yêu cầu tại:'
            : 'Each vendor may answer with an offer on Mây Việt; we will tell you by e-mail. Follow the request here:',
          { label: vi ? 'Xem yêu cầu' : 'View the request', url: link(message.path) },
        ],
        footer: buyerFooter,
      };
    case 'NEW_OFFER':
      return {
        subject: vi ? `${message.vendorName} đã gửi báo giá cho yêu cầu ${message.reference}` : `${message.vendorName} made an offer on ${message.reference}`,
        blocks: [
          hello,
          vi
            ? `${message.vendorName} đã gửi báo giá cho yêu cầu ${message.reference} của bạn.`
            : `${message.vendorName} answered your quote request ${message.reference} with an offer.`,
          `${totals(message, vi)}\n${vi ? 'Hiệu lực đến' : 'Valid until'}: ${when(message.validUntil, vi)}`,
          open(
            message.path,
            vi ? 'Xem và trả lời báo giá' : 'View and answer the offer',
            vi
              ? 'Mở yêu cầu bằng liên kết trong thư xác nhận đã gửi yêu cầu để xem, chấp nhận hoặc từ chối báo giá.'
              : 'Open the request with the link in the mail that confirmed it was sent to view, accept or decline the offer.',
          ),
        ],
        footer: buyerFooter,
      };
    case 'VENDOR_DECLINED':
      return {
        subject: vi ? `${message.vendorName} không gửi báo giá cho yêu cầu ${message.reference}` : `${message.vendorName} declined to quote on ${message.reference}`,
        blocks: [
          hello,
          vi
            ? `${message.vendorName} cho biết sẽ không gửi báo giá cho yêu cầu ${message.reference} của bạn.`
            : `${message.vendorName} will not make an offer on your quote request ${message.reference}.`,
          ...(message.reason ? [`${vi ? 'Lý do' : 'Reason'}: ${message.reason}`] : []),
          open(
            message.path,
            vi ? 'Xem yêu cầu' : 'View the request',
            vi ? 'Các nhà cung cấp khác vẫn có thể gửi báo giá.' : 'Other vendors may still make offers.',
          ),
        ],
        footer: buyerFooter,
      };
    case 'OFFER_ACCEPTED':
      return {
        subject: vi ? `Báo giá cho yêu cầu ${message.reference} đã được chấp nhận` : `Your offer on ${message.reference} was accepted`,
        blocks: [
          hello,
          vi
            ? `Người mua đã chấp nhận báo giá của ${message.vendorName} cho yêu cầu ${message.reference}:`
            : `The buyer accepted ${message.vendorName}'s offer on quote request ${message.reference}:`,
          totals(message, vi),
          vi ? 'Hãy liên hệ người mua để hoàn tất hợp đồng. Chi tiết trong hộp thư yêu cầu báo giá:' : 'Please contact the buyer to complete the contract. The details are in your quote inbox:',
          { label: vi ? 'Mở yêu cầu báo giá' : 'Open the quote request', url: link(message.path) },
        ],
        footer: vendorFooter,
      };
    case 'OFFER_DECLINED':
      return {
        subject: vi ? `Báo giá cho yêu cầu ${message.reference} bị từ chối` : `Your offer on ${message.reference} was declined`,
        blocks: [
          hello,
          vi
            ? `Người mua đã từ chối báo giá của ${message.vendorName} cho yêu cầu ${message.reference}. Bạn vẫn có thể gửi một báo giá mới nếu yêu cầu còn mở.`
            : `The buyer declined ${message.vendorName}'s offer on quote request ${message.reference}. You may still make a new offer while the request is open.`,
          { label: vi ? 'Mở yêu cầu báo giá' : 'Open the quote request', url: link(message.path) },
        ],
        footer: vendorFooter,
      };
    case 'ORGANIZATION_INVITATION': {
      const role = message.role === 'OWNER' ? (vi ? 'chủ sở hữu' : 'an owner') : vi ? 'thành viên' : 'a member';
      return {
        subject: vi ? `${message.inviterName} mời bạn tham gia ${message.vendorName} trên Mây Việt` : `${message.inviterName} invites you to ${message.vendorName} on Mây Việt`,
        blocks: [
          hello,
          vi
            ? `${message.inviterName} mời bạn tham gia tổ chức ${message.vendorName} trên Mây Việt với vai trò ${role}, để quản lý dịch vụ và báo giá của nhà cung cấp này.`
            : `${message.inviterName} invites you to join ${message.vendorName}'s organization on Mây Việt as ${role}, to manage this vendor's listings and quotes.`,
          { label: vi ? 'Chấp nhận lời mời' : 'Accept the invitation', url: link(message.path) },
          vi
            ? `Liên kết dùng được một lần, đến ${when(message.expiresAt, vi)}. Nếu bạn không chờ lời mời này, hãy bỏ qua thư.`
            : `The link works once, until ${when(message.expiresAt, vi)}. If you did not expect this invitation, ignore this mail.`,
        ],
        footer: vi
          ? `Mây Việt. Bạn nhận được thư này vì ${message.inviterName} đã mời địa chỉ này vào tổ chức ${message.vendorName}.`
          : `Mây Việt. You received this mail because ${message.inviterName} invited this address to ${message.vendorName}'s organization.`,
      };
    }
  }
}

/** The subject and bodies of a mail in a language, its links absolute on the site's origin. */
export function renderMail(message: MailMessage, language: MailLanguage, settings: Pick<ApiSettings, 'siteUrl' | 'listenOrigin'>): RenderedMail {
  const vi = language === 'VI';
  const origin = mailLinkOrigin(settings);
  const mail = content(message, vi, (path) => absolute(origin, path));
  return { subject: mail.subject, textBody: textBody(mail), htmlBody: htmlBody(mail, vi ? 'vi' : 'en') };
}
