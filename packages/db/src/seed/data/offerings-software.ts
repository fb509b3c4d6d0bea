import { needsManagedDatabase, needsSupportedCompute, offering, plan } from './helpers.ts';
import type { OfferingInput } from './helpers.ts';
import type { OfferingSeed } from './types.ts';

/**
 * Partners' software that the customer installs on IaaS: no SLA and no data centre of its own, and every
 * one needs compute from a provider the vendor supports.
 */
function software(input: Omit<OfferingInput, 'sla' | 'dataCenters'>): OfferingSeed {
  return offering({
    sla: null,
    dataCenters: [],
    ...input,
    requirements: [needsSupportedCompute, ...(input.requirements ?? [])],
  });
}

export const softwareOfferings: OfferingSeed[] = [
  software({
    slug: 'fpt-is-erp',
    vendor: 'fpt-is',
    category: 'erp',
    name: 'FPT IS ERP — phần mềm quản trị doanh nghiệp',
    nameEn: 'FPT IS ERP — enterprise management software',
    summary: 'Phần mềm ERP cài đặt riêng: tài chính, mua hàng, kho, sản xuất và bán hàng.',
    summaryEn: 'Self-hosted ERP: finance, purchasing, inventory, manufacturing and sales.',
    description:
      'Hệ thống quản trị nguồn lực doanh nghiệp cài đặt trên hạ tầng do khách hàng chọn. Cần máy chủ ảo của nhà cung cấp được hỗ trợ và một cơ sở dữ liệu được quản lý.',
    descriptionEn:
      'An enterprise resource planning system installed on infrastructure the customer chooses. It needs compute from a supported provider and a managed database.',
    requirements: [needsManagedDatabase],
    plans: [
      plan('license', ['Bản quyền và triển khai', 'Licence and deployment'], 450_000_000, 'ONE_TIME', [['users', '50']]),
      plan('maintenance', ['Bảo trì và hỗ trợ', 'Maintenance and support'], 15_000_000, 'MONTH', [['users', '50']]),
    ],
  }),
  software({
    slug: 'fast-erp',
    vendor: 'fast',
    category: 'erp',
    name: 'FAST ERP — quản trị doanh nghiệp',
    nameEn: 'FAST ERP — enterprise management',
    summary: 'ERP cho doanh nghiệp vừa: kế toán, kho, bán hàng và sản xuất.',
    summaryEn: 'ERP for mid-sized companies: accounting, inventory, sales and manufacturing.',
    description: 'Phần mềm ERP cài đặt trên máy chủ riêng của doanh nghiệp hoặc máy chủ ảo thuê từ nhà cung cấp được hỗ trợ.',
    descriptionEn:
      'ERP software installed on the company’s own servers or on virtual servers rented from a supported provider.',
    plans: [
      plan('setup', ['Triển khai', 'Deployment'], 120_000_000, 'ONE_TIME', [['users', '30']]),
      plan('per-user', ['Theo người dùng', 'Per user'], 150_000, 'USER_MONTH', [['users', '1']]),
    ],
  }),
  software({
    slug: 'base-hrm',
    vendor: 'base-vn',
    category: 'hrm',
    name: 'Base HRM — quản lý nhân sự và tiền lương',
    nameEn: 'Base HRM — HR and payroll',
    summary: 'Quản lý hồ sơ nhân sự, chấm công và tính lương, cài đặt trên hạ tầng riêng.',
    summaryEn: 'HR records, timekeeping and payroll, installed on your own infrastructure.',
    description: 'Bản cài đặt riêng cho doanh nghiệp cần giữ dữ liệu nhân sự trên hạ tầng do mình kiểm soát.',
    descriptionEn:
      'A private installation for companies that need to keep their HR data on infrastructure they control.',
    plans: [
      plan('setup', ['Cài đặt và cấu hình', 'Installation and configuration'], 40_000_000, 'ONE_TIME', [['users', '100']]),
      plan('per-user', ['Theo người dùng', 'Per user'], 30_000, 'USER_MONTH', [['users', '1']]),
    ],
  }),
  software({
    slug: '1office-hrm',
    vendor: '1office',
    category: 'hrm',
    name: '1Office HRM — phần mềm nhân sự',
    nameEn: '1Office HRM — HR software',
    summary: 'Phần mềm nhân sự: tuyển dụng, hồ sơ, chấm công, tiền lương và bảo hiểm.',
    summaryEn: 'HR software: recruiting, records, timekeeping, payroll and insurance.',
    description: 'Triển khai trên máy chủ ảo của khách hàng; tính lương theo quy định hiện hành và xuất báo cáo bảo hiểm xã hội.',
    descriptionEn:
      'Deployed on the customer’s virtual servers; computes payroll under the regulations in force and exports social insurance reports.',
    plans: [
      plan('setup', ['Cài đặt', 'Installation'], 25_000_000, 'ONE_TIME', [['users', '100']]),
      plan('maintenance', ['Bảo trì hằng tháng', 'Monthly maintenance'], 3_000_000, 'MONTH', [['users', '100']]),
    ],
  }),
  software({
    slug: 'misa-accounting-self-hosted',
    vendor: 'misa',
    category: 'accounting-software',
    name: 'Phần mềm kế toán MISA cài trên máy chủ riêng',
    nameEn: 'MISA accounting software on your own server',
    summary: 'Phần mềm kế toán cài đặt trên máy chủ riêng của doanh nghiệp.',
    summaryEn: 'Accounting software installed on the company’s own server.',
    description:
      'Bản cài đặt riêng cho doanh nghiệp muốn tự quản lý dữ liệu kế toán. Cần máy chủ ảo của Viettel IDC, VNPT IT hoặc CMC Cloud.',
    descriptionEn:
      'A private installation for companies that want to manage their accounting data themselves. It needs compute from Viettel IDC, VNPT IT or CMC Cloud.',
    plans: [
      plan('license', ['Bản quyền', 'Licence'], 12_000_000, 'ONE_TIME', [['users', '5']]),
      plan('maintenance', ['Cập nhật và hỗ trợ', 'Updates and support'], 500_000, 'MONTH', [['users', '5']]),
    ],
  }),
  software({
    slug: 'fast-accounting-self-hosted',
    vendor: 'fast',
    category: 'accounting-software',
    name: 'Phần mềm kế toán FAST (cài đặt riêng)',
    nameEn: 'FAST accounting software (self-hosted)',
    summary: 'Phần mềm kế toán cài đặt riêng theo chế độ kế toán Việt Nam.',
    summaryEn: 'Self-hosted accounting software following Vietnamese accounting standards.',
    description: 'Quản lý kế toán tổng hợp, công nợ, kho và giá thành; cài đặt trên máy chủ ảo thuê từ nhà cung cấp được hỗ trợ.',
    descriptionEn:
      'General accounting, receivables and payables, inventory and costing; installed on virtual servers rented from a supported provider.',
    plans: [
      plan('license', ['Bản quyền', 'Licence'], 15_000_000, 'ONE_TIME', [['users', '5']]),
      plan('maintenance', ['Bảo trì', 'Maintenance'], 600_000, 'MONTH', [['users', '5']]),
    ],
  }),
  software({
    slug: 'vnpt-document-management',
    vendor: 'vnpt-it',
    category: 'document-management-software',
    name: 'Phần mềm quản lý văn bản VNPT (cài đặt riêng)',
    nameEn: 'VNPT document management software (self-hosted)',
    summary: 'Phần mềm quản lý văn bản và hồ sơ công việc cài đặt tại hạ tầng của cơ quan.',
    summaryEn: 'Document and case-file management software installed on the agency’s infrastructure.',
    description:
      'Dành cho cơ quan cần vận hành hệ thống quản lý văn bản trên hạ tầng riêng hoặc trung tâm dữ liệu của tỉnh, thành phố. Hỗ trợ ký số và liên thông văn bản.',
    descriptionEn:
      'For agencies that need to run their document management system on their own infrastructure or in the province’s or city’s data centre. Supports digital signing and exchanging documents with other agencies.',
    plans: [
      plan('license', ['Bản quyền và triển khai', 'Licence and deployment'], 200_000_000, 'ONE_TIME', [['users', '500']]),
      plan('maintenance', ['Bảo trì', 'Maintenance'], 8_000_000, 'MONTH', [['users', '500']]),
    ],
  }),
  software({
    slug: 'fpt-is-document-management',
    vendor: 'fpt-is',
    category: 'document-management-software',
    name: 'Phần mềm quản lý văn bản và hồ sơ FPT IS',
    nameEn: 'FPT IS document and records management software',
    summary: 'Quản lý văn bản, hồ sơ lưu trữ và quy trình phê duyệt cho doanh nghiệp lớn.',
    summaryEn: 'Document, records and approval-workflow management for large companies.',
    description: 'Số hóa và lưu trữ hồ sơ theo quy định lưu trữ, tìm kiếm toàn văn và phân quyền chi tiết; cài đặt trên hạ tầng của khách hàng.',
    descriptionEn:
      'Digitises and archives records under the archiving rules, with full-text search and fine-grained permissions; installed on the customer’s infrastructure.',
    plans: [
      plan('license', ['Bản quyền và triển khai', 'Licence and deployment'], 180_000_000, 'ONE_TIME', [['users', '300']]),
      plan('maintenance', ['Bảo trì', 'Maintenance'], 6_000_000, 'MONTH', [['users', '300']]),
    ],
  }),
];
