// The partner console's strings, Vietnamese first and English second, beside the site's dictionary
// (src/i18n/dictionary.ts) but loaded with the console's chunk: public pages never download them.
// Each section's file types its English by its Vietnamese, so both languages have the same keys.
import type { Lang } from '../../i18n/dictionary.ts';
import type { SchemaEnum } from '../../lib/schema-enums.ts';
import { errorStrings } from './console-error-strings.ts';
import { listingStrings } from './console-listing-strings.ts';
import { offerStrings } from './console-offer-strings.ts';
import { organizationStrings } from './console-organization-strings.ts';

const vi = {
  title: 'Bảng điều khiển đối tác',
  ...listingStrings.vi,
  ...organizationStrings.vi,
  ...offerStrings.vi,
  ...errorStrings.vi,
  signIn: {
    title: 'Đăng nhập dành cho đối tác',
    lead: 'Nhà cung cấp quản lý dịch vụ niêm yết, khoá API, yêu cầu báo giá và webhook của tổ chức mình tại đây.',
    email: 'E-mail',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    failedTitle: 'Chưa đăng nhập được',
    noAccount: 'Chưa có tài khoản? Ban quản trị Mây Việt tạo tổ chức và tài khoản chủ sở hữu đầu tiên cho mỗi nhà cung cấp.',
    rateLimitedUntil: (time: string) => `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${time}.`,
  },
  shell: {
    organization: 'Tổ chức',
    signedInAs: 'Đăng nhập với',
    role: 'Vai trò',
    roles: { OWNER: 'Chủ sở hữu', MEMBER: 'Thành viên' } satisfies Record<SchemaEnum<'MembershipRole'>, string>,
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    sections: 'Các mục của bảng điều khiển',
    listings: 'Dịch vụ niêm yết',
    keys: 'Khoá API',
    quotes: 'Yêu cầu báo giá',
    webhook: 'Webhook',
    members: 'Thành viên',
    staffTitle: 'Đây là bảng điều khiển dành cho đối tác',
    staffBody:
      'Bạn đăng nhập bằng tài khoản của ban quản trị. Việc duyệt dịch vụ, xác minh chứng nhận và nhật ký kiểm tra thuộc bảng điều khiển dành cho ban quản trị, là một khu vực riêng.',
    staffLink: 'Mở bảng điều khiển dành cho ban quản trị',
    noOrganizationTitle: 'Tài khoản chưa thuộc tổ chức nào',
    noOrganizationBody: 'Hãy nhờ chủ sở hữu tổ chức hoặc ban quản trị Mây Việt thêm bạn vào tổ chức của nhà cung cấp.',
    sessionEnded: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.',
    notFoundTitle: 'Không tìm thấy trang trong bảng điều khiển',
    backToConsole: 'Về bảng điều khiển',
  },
  dateTime: (date: string, time: string) => `${time} ngày ${date}`,
};

export type ConsoleDictionary = typeof vi;

const en: ConsoleDictionary = {
  title: 'Partner console',
  ...listingStrings.en,
  ...organizationStrings.en,
  ...offerStrings.en,
  ...errorStrings.en,
  signIn: {
    title: 'Partner sign-in',
    lead: 'Vendors manage their organization’s listings, API keys, quote requests and webhook here.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failedTitle: 'You are not signed in',
    noAccount: 'No account yet? Mây Việt’s staff create each vendor’s organization and its first owner’s account.',
    rateLimitedUntil: (time) => `Too many sign-in attempts. Please try again after ${time}.`,
  },
  shell: {
    organization: 'Organization',
    signedInAs: 'Signed in as',
    role: 'Role',
    roles: { OWNER: 'Owner', MEMBER: 'Member' },
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    sections: 'Console sections',
    listings: 'Listings',
    keys: 'API keys',
    quotes: 'Quote requests',
    webhook: 'Webhook',
    members: 'Members',
    staffTitle: 'This is the partner console',
    staffBody:
      'You are signed in with a staff account. Reviewing listings, verifying attestations and the audit log belong to the staff console, which is separate.',
    staffLink: 'Open the staff console',
    noOrganizationTitle: 'Your account belongs to no organization',
    noOrganizationBody: 'Ask your organization’s owner or Mây Việt’s staff to add you to your vendor’s organization.',
    sessionEnded: 'Your session has ended. Please sign in again.',
    notFoundTitle: 'No such page in the console',
    backToConsole: 'Back to the console',
  },
  dateTime: (date, time) => `${date}, ${time}`,
};

export const consoleDictionaries: Record<Lang, ConsoleDictionary> = { vi, en };
