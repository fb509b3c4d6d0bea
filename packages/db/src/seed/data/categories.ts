import type { CategorySeed } from './types.ts';

/** The categories of DESIGN.md, grouped by offering kind; `position` orders them within the kind. */
export const categorySeeds: CategorySeed[] = [
  // IaaS
  { slug: 'compute', kind: 'IAAS', position: 1, name: 'Máy chủ ảo', nameEn: 'Compute (virtual servers)', needUnits: ['MONTH', 'HOUR'], unitName: 'máy chủ', unitNameEn: 'servers' },
  { slug: 'block-storage', kind: 'IAAS', position: 2, name: 'Lưu trữ khối', nameEn: 'Block storage', needUnits: ['GB_MONTH'], unitName: 'GB', unitNameEn: 'GB' },
  { slug: 'object-storage', kind: 'IAAS', position: 3, name: 'Lưu trữ đối tượng', nameEn: 'Object storage', needUnits: ['GB_MONTH'], unitName: 'GB', unitNameEn: 'GB' },
  { slug: 'backup', kind: 'IAAS', position: 4, name: 'Sao lưu dữ liệu', nameEn: 'Backup', needUnits: ['GB_MONTH'], unitName: 'GB', unitNameEn: 'GB' },
  { slug: 'network', kind: 'IAAS', position: 5, name: 'Mạng riêng ảo và cân bằng tải', nameEn: 'Networking (VPC, load balancer)', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  { slug: 'cdn', kind: 'IAAS', position: 6, name: 'Mạng phân phối nội dung (CDN)', nameEn: 'Content delivery network (CDN)', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  // PaaS
  { slug: 'managed-database', kind: 'PAAS', position: 1, name: 'Cơ sở dữ liệu được quản lý', nameEn: 'Managed database', needUnits: ['MONTH', 'HOUR'], unitName: 'máy chủ cơ sở dữ liệu', unitNameEn: 'database instances' },
  { slug: 'kubernetes', kind: 'PAAS', position: 2, name: 'Kubernetes được quản lý', nameEn: 'Managed Kubernetes', needUnits: ['MONTH', 'HOUR'], unitName: 'cụm', unitNameEn: 'clusters' },
  { slug: 'monitoring', kind: 'PAAS', position: 3, name: 'Giám sát hạ tầng', nameEn: 'Infrastructure monitoring', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  // SaaS
  { slug: 'email', kind: 'SAAS', position: 1, name: 'Thư điện tử', nameEn: 'E-mail', needUnits: ['USER_MONTH'], unitName: 'hộp thư', unitNameEn: 'mailboxes' },
  { slug: 'e-office', kind: 'SAAS', position: 2, name: 'Văn phòng điện tử và quản lý văn bản', nameEn: 'E-office and document management', needUnits: ['USER_MONTH'], unitName: 'người dùng', unitNameEn: 'users' },
  {
    slug: 'e-government',
    kind: 'SAAS',
    position: 3,
    name: 'Một cửa điện tử và dịch vụ công trực tuyến',
    nameEn: 'One-stop e-government and online public services',
    needUnits: ['MONTH', 'HOUR'],
    unitName: 'gói',
    unitNameEn: 'subscriptions',
  },
  { slug: 'e-learning', kind: 'SAAS', position: 4, name: 'Học trực tuyến', nameEn: 'E-learning', needUnits: ['USER_MONTH'], unitName: 'người học', unitNameEn: 'learners' },
  { slug: 'telemedicine', kind: 'SAAS', position: 5, name: 'Y tế từ xa', nameEn: 'Telemedicine', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  { slug: 'accounting', kind: 'SAAS', position: 6, name: 'Kế toán trực tuyến', nameEn: 'Online accounting', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  { slug: 'video-conferencing', kind: 'SAAS', position: 7, name: 'Hội nghị truyền hình', nameEn: 'Video conferencing', needUnits: ['USER_MONTH'], unitName: 'người dùng', unitNameEn: 'users' },
  { slug: 'e-newspaper', kind: 'SAAS', position: 8, name: 'Nền tảng báo điện tử', nameEn: 'E-newspaper platform', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  // Security
  { slug: 'waf', kind: 'SECURITY', position: 1, name: 'Tường lửa ứng dụng web (WAF)', nameEn: 'Web application firewall (WAF)', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  { slug: 'ddos-protection', kind: 'SECURITY', position: 2, name: 'Chống tấn công DDoS', nameEn: 'DDoS protection', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  {
    slug: 'soc',
    kind: 'SECURITY',
    position: 3,
    name: 'Giám sát an toàn thông tin (SOC)',
    nameEn: 'Security operations centre (SOC) monitoring',
    needUnits: ['MONTH', 'HOUR'],
    unitName: 'gói',
    unitNameEn: 'subscriptions',
  },
  {
    slug: 'disaster-recovery',
    kind: 'SECURITY',
    position: 4,
    name: 'Sao lưu và khôi phục sau thảm họa (DR)',
    nameEn: 'Backup and disaster recovery (DR)',
    needUnits: ['MONTH', 'HOUR'],
    unitName: 'gói',
    unitNameEn: 'subscriptions',
  },
  { slug: 'kms', kind: 'SECURITY', position: 5, name: 'Mã hóa và quản lý khóa (KMS)', nameEn: 'Encryption and key management (KMS)', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  { slug: 'vulnerability-scanning', kind: 'SECURITY', position: 6, name: 'Rà quét lỗ hổng bảo mật', nameEn: 'Vulnerability scanning', needUnits: ['MONTH', 'HOUR'], unitName: 'gói', unitNameEn: 'subscriptions' },
  // Software that installs on someone's IaaS
  { slug: 'erp', kind: 'SOFTWARE', position: 1, name: 'Phần mềm quản trị doanh nghiệp (ERP)', nameEn: 'ERP software', needUnits: ['ONE_TIME', 'MONTH', 'HOUR'], unitName: 'bản quyền', unitNameEn: 'licences' },
  { slug: 'hrm', kind: 'SOFTWARE', position: 2, name: 'Phần mềm quản lý nhân sự và tiền lương', nameEn: 'HR and payroll software', needUnits: ['ONE_TIME', 'MONTH', 'HOUR'], unitName: 'bản quyền', unitNameEn: 'licences' },
  { slug: 'accounting-software', kind: 'SOFTWARE', position: 3, name: 'Phần mềm kế toán', nameEn: 'Accounting software (self-hosted)', needUnits: ['ONE_TIME', 'MONTH', 'HOUR'], unitName: 'bản quyền', unitNameEn: 'licences' },
  {
    slug: 'document-management-software',
    kind: 'SOFTWARE',
    position: 4,
    name: 'Phần mềm quản lý văn bản',
    nameEn: 'Document management software (self-hosted)',
    needUnits: ['ONE_TIME', 'MONTH', 'HOUR'],
    unitName: 'bản quyền',
    unitNameEn: 'licences',
  },
];
