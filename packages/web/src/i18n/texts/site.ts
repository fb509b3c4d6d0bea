// The site's frame: header, footer, notices, page descriptions and the not-found page.
import type { Lang } from '../lang.ts';

const vi = {
  siteName: 'Mây Việt',
  siteTitle: 'Mây Việt — Chợ điện toán đám mây Việt Nam',
  skipToContent: 'Chuyển đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    catalog: 'Danh mục',
    stack: 'Bộ giải pháp',
    report: 'Báo cáo',
    partner: 'Đối tác',
    stackCount: (n: number) => (n === 0 ? 'chưa có mục nào' : `${n} mục`),
  },
  account: {
    menu: 'Tài khoản',
    signedInAs: 'Đăng nhập với',
    stacks: 'Bộ giải pháp của tôi',
    requests: 'Yêu cầu báo giá của tôi',
    signIn: 'Đăng nhập',
    signUp: 'Tạo tài khoản',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
  },
  language: {
    switchTo: 'English',
    switchToLang: 'en' as Lang,
    switchLabel: 'Switch the site to English',
  },
  footer: {
    about: 'Mây Việt — chợ mở của hệ sinh thái điện toán đám mây Việt Nam.',
    developers: 'Dành cho nhà phát triển:',
    api: 'API GraphQL',
    prices: 'Giá niêm yết bằng đồng Việt Nam, chưa gồm VAT.',
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    reload: 'Tải lại trang',
    breadcrumb: 'Đường dẫn',
    apiDownTitle: 'Không kết nối được với máy chủ',
    apiDownBody: 'Chúng tôi chưa lấy được dữ liệu. Vui lòng kiểm tra kết nối mạng rồi thử lại sau ít phút.',
    crashTitle: 'Đã có lỗi xảy ra',
    crashBody: 'Trang này gặp sự cố khi hiển thị. Tải lại trang thường khắc phục được.',
    goHome: 'Về trang chủ',
    goCatalog: 'Xem danh mục dịch vụ',
  },
  meta: {
    siteDescription: 'Mây Việt — chợ mở của hệ sinh thái điện toán đám mây Việt Nam: so sánh dịch vụ, nhà cung cấp và bảng giá bằng VND.',
    catalogDescription: (count: string) =>
      `${count} dịch vụ điện toán đám mây của các nhà cung cấp trong nước: hạ tầng, nền tảng, phần mềm và bảo mật, giá niêm yết bằng đồng Việt Nam.`,
    stackDescription: (lines: string, monthly: string) => `Bộ giải pháp gồm ${lines} dịch vụ, ${monthly} mỗi tháng theo giá hôm nay.`,
    stackBuilderDescription:
      'Ghép bộ giải pháp đám mây từ nhiều nhà cung cấp trong nước: giá theo tháng, trả một lần và năm đầu bằng VND, nơi lưu dữ liệu, SLA và những gì còn thiếu.',
    composeTitle: 'Soạn giúp tôi',
    composeDescription:
      'Chọn một mẫu (học trực tuyến, y tế từ xa, dịch vụ công một cửa…) hoặc nêu nhu cầu và ràng buộc: Mây Việt soạn các bộ giải pháp rẻ nhất, ít nhà cung cấp nhất và sẵn sàng cao nhất từ nhiều nhà cung cấp trong nước.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: (path: string) => `Địa chỉ ${path} không có trên Mây Việt. Có thể liên kết đã cũ hoặc bị gõ nhầm.`,
    suggestions: 'Hoặc:',
  },
};

const en: typeof vi = {
  siteName: 'Mây Việt',
  siteTitle: 'Mây Việt — Vietnam’s cloud marketplace',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    catalog: 'Catalog',
    stack: 'Stack',
    report: 'Report',
    partner: 'Partner',
    stackCount: (n) => (n === 0 ? 'no items yet' : n === 1 ? '1 item' : `${n} items`),
  },
  account: {
    menu: 'Account',
    signedInAs: 'Signed in as',
    stacks: 'My stacks',
    requests: 'My requests',
    signIn: 'Sign in',
    signUp: 'Create an account',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
  },
  language: {
    switchTo: 'Tiếng Việt',
    switchToLang: 'vi',
    switchLabel: 'Chuyển trang sang tiếng Việt',
  },
  footer: {
    about: 'Mây Việt — the open marketplace of Vietnam’s cloud ecosystem.',
    developers: 'For developers:',
    api: 'GraphQL API',
    prices: 'Prices are listed in Vietnamese đồng, VAT excluded.',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    reload: 'Reload the page',
    breadcrumb: 'Breadcrumb',
    apiDownTitle: 'Cannot reach the server',
    apiDownBody: 'We could not load the data. Please check your connection and try again in a few minutes.',
    crashTitle: 'Something went wrong',
    crashBody: 'This page failed to display. Reloading it usually helps.',
    goHome: 'Go to the home page',
    goCatalog: 'Browse the catalog',
  },
  meta: {
    siteDescription: 'Mây Việt — the open marketplace of Vietnam’s cloud ecosystem: compare services, vendors and prices in Vietnamese đồng.',
    catalogDescription: (count) =>
      `${count} cloud services from domestic vendors: infrastructure, platforms, software and security, priced in Vietnamese đồng.`,
    stackDescription: (lines, monthly) => `A stack of ${lines} services, ${monthly} a month at today’s prices.`,
    stackBuilderDescription:
      'Compose a cloud stack from several domestic vendors: monthly, one-time and first-year prices in VND, where the data is kept, the SLA and what is missing.',
    composeTitle: 'Compose for me',
    composeDescription:
      'Pick a blueprint (remote learning, telemedicine, one-stop e-government…) or state your needs and constraints: Mây Việt composes the cheapest stack, the one with the fewest vendors and the most available one from domestic vendors.',
  },
  notFound: {
    title: 'Page not found',
    body: (path) => `There is no page at ${path} on Mây Việt. The link may be old or mistyped.`,
    suggestions: 'Or:',
  },
};

export const siteTexts = { vi, en };
