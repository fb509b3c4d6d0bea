// Word lists for the synthetic catalog: Vietnamese product words with their English glosses, so
// names, summaries and descriptions read like the real listings and give search something to chew on.

/** Product words per category slug: [Vietnamese, English]. Categories not listed use their own name. */
export const productWords: Record<string, [string, string][]> = {
  compute: [
    ['Máy chủ ảo', 'Virtual servers'],
    ['Điện toán đám mây', 'Cloud computing'],
    ['Cloud Server', 'Cloud Server'],
    ['Máy chủ ảo GPU', 'GPU virtual servers'],
    ['Máy chủ chuyên dụng', 'Dedicated servers'],
  ],
  'block-storage': [
    ['Lưu trữ khối', 'Block storage'],
    ['Ổ đĩa SSD đám mây', 'Cloud SSD volumes'],
  ],
  'object-storage': [
    ['Lưu trữ đối tượng', 'Object storage'],
    ['Lưu trữ đám mây S3', 'S3 cloud storage'],
  ],
  backup: [
    ['Sao lưu dữ liệu', 'Data backup'],
    ['Sao lưu máy chủ', 'Server backup'],
    ['Sao lưu đám mây', 'Cloud backup'],
  ],
  network: [
    ['Mạng riêng ảo', 'Virtual private cloud'],
    ['Cân bằng tải', 'Load balancer'],
    ['Kết nối riêng', 'Private connect'],
  ],
  cdn: [
    ['Mạng phân phối nội dung', 'Content delivery network'],
    ['CDN tăng tốc web', 'Web acceleration CDN'],
  ],
  'managed-database': [
    ['Cơ sở dữ liệu PostgreSQL', 'Managed PostgreSQL'],
    ['Cơ sở dữ liệu MySQL', 'Managed MySQL'],
    ['Cơ sở dữ liệu được quản lý', 'Managed database'],
  ],
  kubernetes: [
    ['Kubernetes được quản lý', 'Managed Kubernetes'],
    ['Nền tảng container', 'Container platform'],
  ],
  monitoring: [
    ['Giám sát hạ tầng', 'Infrastructure monitoring'],
    ['Giám sát ứng dụng', 'Application monitoring'],
  ],
  email: [
    ['Thư điện tử doanh nghiệp', 'Business e-mail'],
    ['Email tên miền riêng', 'Custom-domain e-mail'],
  ],
  'e-office': [
    ['Văn phòng điện tử', 'E-office'],
    ['Quản lý văn bản', 'Document management'],
  ],
  'e-government': [
    ['Một cửa điện tử', 'One-stop e-government'],
    ['Dịch vụ công trực tuyến', 'Online public services'],
  ],
  'e-learning': [
    ['Học trực tuyến', 'E-learning'],
    ['Lớp học ảo', 'Virtual classroom'],
  ],
  telemedicine: [
    ['Y tế từ xa', 'Telemedicine'],
    ['Khám bệnh trực tuyến', 'Online consultations'],
  ],
  accounting: [
    ['Kế toán trực tuyến', 'Online accounting'],
    ['Hóa đơn điện tử', 'E-invoicing'],
  ],
  'video-conferencing': [
    ['Hội nghị truyền hình', 'Video conferencing'],
    ['Họp trực tuyến', 'Online meetings'],
  ],
  'e-newspaper': [
    ['Nền tảng báo điện tử', 'E-newspaper platform'],
    ['Tòa soạn hội tụ', 'Converged newsroom'],
  ],
  waf: [
    ['Tường lửa ứng dụng web', 'Web application firewall'],
    ['Tường lửa WAF', 'WAF firewall'],
  ],
  'ddos-protection': [
    ['Chống tấn công DDoS', 'DDoS protection'],
    ['Tường lửa chống DDoS', 'Anti-DDoS firewall'],
  ],
  soc: [
    ['Giám sát an toàn thông tin', 'Security monitoring (SOC)'],
    ['Trung tâm điều hành an ninh mạng', 'Security operations centre'],
  ],
  'disaster-recovery': [
    ['Sao lưu và khôi phục thảm họa', 'Disaster recovery'],
    ['Dự phòng thảm họa', 'DR site'],
  ],
  kms: [
    ['Mã hóa dữ liệu', 'Data encryption'],
    ['Quản lý khóa mã hóa', 'Key management'],
  ],
  'vulnerability-scanning': [
    ['Rà quét lỗ hổng', 'Vulnerability scanning'],
    ['Kiểm thử xâm nhập', 'Penetration testing'],
  ],
  erp: [['Phần mềm quản trị doanh nghiệp', 'ERP software']],
  hrm: [
    ['Quản lý nhân sự', 'HR management'],
    ['Phần mềm tính lương', 'Payroll software'],
  ],
  'accounting-software': [['Phần mềm kế toán', 'Accounting software']],
  'document-management-software': [['Phần mềm quản lý văn bản', 'Document management software']],
};

export const qualifiers: [string, string][] = [
  ['Cơ bản', 'Basic'],
  ['Tiêu chuẩn', 'Standard'],
  ['Doanh nghiệp', 'Enterprise'],
  ['Chính phủ', 'Government'],
  ['Giáo dục', 'Education'],
  ['Y tế', 'Healthcare'],
  ['Pro', 'Pro'],
  ['Plus', 'Plus'],
  ['Tài chính', 'Finance'],
  ['Thế hệ mới', 'Next generation'],
  ['Bảo mật cao', 'High security'],
  ['Tiết kiệm', 'Economy'],
];

export const audiences: [string, string][] = [
  ['doanh nghiệp vừa và nhỏ', 'small and medium businesses'],
  ['cơ quan nhà nước', 'public agencies'],
  ['ngân hàng và tổ chức tài chính', 'banks and financial institutions'],
  ['trường học và đại học', 'schools and universities'],
  ['bệnh viện và phòng khám', 'hospitals and clinics'],
  ['doanh nghiệp khởi nghiệp', 'startups'],
  ['sàn thương mại điện tử', 'e-commerce platforms'],
  ['tập đoàn lớn', 'large corporations'],
];

/** One sentence per offering kind on what it does. */
export const kindSentences: Record<string, string> = {
  IAAS: 'Hạ tầng chạy trên ổ SSD NVMe với mạng 10 Gbps, khởi tạo trong vài phút và mở rộng theo nhu cầu.',
  PAAS: 'Nền tảng được quản lý hoàn toàn: tự động sao lưu, vá lỗi và giám sát, nhóm phát triển chỉ cần tập trung vào ứng dụng.',
  SAAS: 'Dùng ngay trên trình duyệt và ứng dụng di động, hỗ trợ chữ ký số và phân quyền theo phòng ban.',
  SECURITY: 'Phát hiện và ngăn chặn tấn công theo thời gian thực, báo cáo sự cố cho đội ngũ an toàn thông tin.',
  SOFTWARE: 'Cài đặt trên máy chủ của khách hàng hoặc trên đám mây trong nước, bản quyền vĩnh viễn hoặc thuê bao.',
};

export const extraSentences: string[] = [
  'Dữ liệu được lưu trữ tại trung tâm dữ liệu ở {city}, đáp ứng Nghị định 53/2022/NĐ-CP về lưu trữ dữ liệu trong nước.',
  'Hỗ trợ kỹ thuật 24/7 bằng tiếng Việt, cam kết chất lượng dịch vụ theo hợp đồng.',
  'Thanh toán theo tháng, không cần đầu tư ban đầu, dễ dàng nâng cấp hoặc hạ cấp gói dịch vụ.',
  'Tích hợp với hệ thống định danh điện tử VNeID và cổng dịch vụ công quốc gia.',
  'Sao lưu tự động hằng ngày và khôi phục dữ liệu chỉ trong vài phút.',
  'Đội ngũ kỹ sư tại {city} hỗ trợ chuyển đổi hệ thống từ máy chủ vật lý lên đám mây.',
];

export const cities = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Bình Dương', 'Cần Thơ', 'Hải Phòng'];

/** Plan tiers: [slug, Vietnamese name, price multiplier]. */
export const planTiers: [string, string, number][] = [
  ['co-ban', 'Gói Cơ bản', 1],
  ['tieu-chuan', 'Gói Tiêu chuẩn', 2],
  ['nang-cao', 'Gói Nâng cao', 4],
];

/**
 * Spec keys per category slug or, failing that, per kind: [key, value of the first tier] —
 * each further tier doubles the value.
 */
export const specTemplates: Record<string, [string, number][]> = {
  compute: [
    ['vcpu', 2],
    ['ram_gb', 4],
    ['storage_gb', 60],
  ],
  'block-storage': [
    ['storage_gb', 100],
    ['iops', 3000],
  ],
  'object-storage': [
    ['storage_gb', 500],
    ['egress_gb', 100],
  ],
  backup: [
    ['storage_gb', 200],
    ['retention_days', 30],
  ],
  network: [['bandwidth_mbps', 100]],
  cdn: [
    ['bandwidth_mbps', 200],
    ['egress_gb', 500],
  ],
  PAAS: [
    ['vcpu', 2],
    ['ram_gb', 4],
    ['storage_gb', 50],
  ],
  SAAS: [
    ['users', 25],
    ['storage_gb', 50],
  ],
  SECURITY: [
    ['domains', 1],
    ['bandwidth_mbps', 100],
  ],
  SOFTWARE: [
    ['users', 50],
    ['modules', 3],
  ],
  IAAS: [['bandwidth_mbps', 100]],
};

/** Which categories a requirement of an offering of this kind asks for. */
export const requirementCategories: Record<string, string[]> = {
  IAAS: ['network'],
  PAAS: ['block-storage'],
  SAAS: ['backup', 'disaster-recovery'],
  SECURITY: ['compute', 'kubernetes'],
  SOFTWARE: ['compute', 'managed-database'],
};
