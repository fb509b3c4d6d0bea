// The staff console's strings, Vietnamese first and English second, beside the site's dictionary
// (src/i18n/dictionary.ts) but loaded with the staff console's chunk: public pages never download them.
// Each section's file types its English by its Vietnamese, so both languages have the same keys.
import type { Lang } from '../../i18n/dictionary.ts';
import { errorStrings } from './staff-error-strings.ts';
import { organizationStrings } from './staff-organization-strings.ts';
import { reviewStrings } from './staff-review-strings.ts';

const vi = {
  title: 'Bảng điều khiển Hiệp hội',
  ...reviewStrings.vi,
  ...organizationStrings.vi,
  ...errorStrings.vi,
  common: {
    cancel: 'Huỷ',
    working: 'Đang xử lý…',
    newTab: '(mở trong thẻ mới)',
    next: 'Trang sau',
    previous: 'Trang trước',
    page: (n: number) => `Trang ${n}`,
  },
  signIn: {
    title: 'Đăng nhập dành cho cán bộ Hiệp hội',
    lead: 'Cán bộ Hiệp hội duyệt dịch vụ niêm yết, xác minh chứng nhận, quản lý tổ chức đối tác, chọn dịch vụ nổi bật, soạn mẫu giải pháp và tra cứu nhật ký kiểm tra tại đây.',
    email: 'E-mail',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    failedTitle: 'Chưa đăng nhập được',
    rateLimitedUntil: (time: string) => `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${time}.`,
    partners: 'Bạn là nhà cung cấp?',
    partnerConsole: 'Đăng nhập bảng điều khiển đối tác',
  },
  shell: {
    console: 'Khu vực',
    signedInAs: 'Đăng nhập với',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    sections: 'Các mục của bảng điều khiển Hiệp hội',
    review: 'Hàng chờ duyệt',
    verification: 'Xác minh chứng nhận',
    organizations: 'Tổ chức đối tác',
    audit: 'Nhật ký kiểm tra',
    featured: 'Dịch vụ nổi bật',
    blueprints: 'Mẫu giải pháp',
    notStaffTitle: 'Khu vực này dành cho cán bộ Hiệp hội',
    notStaffBody:
      'Tài khoản của bạn không phải tài khoản cán bộ Hiệp hội nên không dùng được bảng điều khiển này. Nếu bạn là cán bộ, hãy đăng xuất rồi đăng nhập bằng tài khoản Hiệp hội cấp cho bạn.',
    toPartnerConsole: 'Đến bảng điều khiển đối tác của bạn',
    sessionEnded: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.',
    notFoundTitle: 'Không tìm thấy trang trong bảng điều khiển Hiệp hội',
    backToStaff: 'Về hàng chờ duyệt',
  },
  dateTime: (date: string, time: string) => `${time} ngày ${date}`,
};

export type StaffDictionary = typeof vi;

const en: StaffDictionary = {
  title: 'Association staff console',
  ...reviewStrings.en,
  ...organizationStrings.en,
  ...errorStrings.en,
  common: {
    cancel: 'Cancel',
    working: 'Working…',
    newTab: '(opens in a new tab)',
    next: 'Next page',
    previous: 'Previous page',
    page: (n) => `Page ${n}`,
  },
  signIn: {
    title: 'Association staff sign-in',
    lead: 'Association staff review listings, verify attestations, manage partner organizations, choose the featured listings, curate blueprints and search the audit log here.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failedTitle: 'Could not sign in',
    rateLimitedUntil: (time) => `Too many sign-in attempts. Please try again after ${time}.`,
    partners: 'A vendor?',
    partnerConsole: 'Sign in to the partner console',
  },
  shell: {
    console: 'Area',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    sections: 'Staff console sections',
    review: 'Review queue',
    verification: 'Verification',
    organizations: 'Organizations',
    audit: 'Audit log',
    featured: 'Featured',
    blueprints: 'Blueprints',
    notStaffTitle: 'This area is for association staff',
    notStaffBody:
      'Your account is not an association staff account, so this console is not available to it. If you are staff, sign out and sign in with the account the association gave you.',
    toPartnerConsole: 'Go to your partner console',
    sessionEnded: 'Your session has ended. Please sign in again.',
    notFoundTitle: 'No such page in the staff console',
    backToStaff: 'Back to the review queue',
  },
  dateTime: (date, time) => `${date}, ${time}`,
};

export const staffDictionaries: Record<Lang, StaffDictionary> = { vi, en };
