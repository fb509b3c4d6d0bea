import {
  DC,
  VIETTEL_SLA,
  needsAnyWebWorkload,
  needsComputeFrom,
  needsStorageFrom,
  needsWorkloadOn,
  offering,
  plan,
} from './helpers.ts';
import type { OfferingSeed } from './types.ts';

const wafOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-cloud-waf',
    vendor: 'viettel-idc',
    category: 'waf',
    name: 'Tường lửa ứng dụng web Viettel Cloud WAF',
    nameEn: 'Viettel Cloud WAF web application firewall',
    summary: 'Chặn tấn công SQL injection, XSS và bot độc hại trước khi tới ứng dụng web.',
    summaryEn: 'Blocks SQL injection, XSS and malicious bots before they reach your web application.',
    description:
      'Tường lửa ứng dụng web đặt trước ứng dụng chạy trên hạ tầng Viettel IDC, với bộ luật cập nhật liên tục và báo cáo tấn công theo thời gian thực.',
    descriptionEn:
      'A web application firewall in front of applications on Viettel IDC’s infrastructure, with continuously updated rules and real-time attack reports.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsWorkloadOn('viettel-idc', 'Viettel IDC')],
    plans: [
      plan('1-domain', ['1 tên miền', '1 domain'], 2_500_000, 'MONTH', [['domains', '1'], ['bandwidth_mbps', '100']]),
      plan('5-domains', ['5 tên miền', '5 domains'], 6_000_000, 'MONTH', [['domains', '5'], ['bandwidth_mbps', '300']]),
    ],
  }),
  offering({
    slug: 'cmc-waf',
    vendor: 'cmc-cloud',
    category: 'waf',
    name: 'CMC WAF — tường lửa ứng dụng web',
    nameEn: 'CMC WAF — web application firewall',
    summary: 'Bảo vệ website và API chạy trên CMC Cloud khỏi các tấn công phổ biến.',
    summaryEn: 'Protects websites and APIs on CMC Cloud from common attacks.',
    description: 'Lọc lưu lượng HTTP/HTTPS theo bộ luật OWASP, giới hạn tần suất truy cập và chặn địa chỉ IP xấu.',
    descriptionEn:
      'Filters HTTP and HTTPS traffic with OWASP rules, limits request rates and blocks bad IP addresses.',
    sla: '99.95',
    dataCenters: DC.cmc,
    requirements: [needsWorkloadOn('cmc-cloud', 'CMC Cloud')],
    plans: [plan('1-domain', ['1 tên miền', '1 domain'], 2_200_000, 'MONTH', [['domains', '1']])],
  }),
  offering({
    slug: 'bizfly-waf',
    vendor: 'bizfly-cloud',
    category: 'waf',
    name: 'Bizfly WAF — tường lửa ứng dụng web',
    nameEn: 'Bizfly WAF — web application firewall',
    summary: 'Tường lửa ứng dụng web cho website chạy trên Bizfly Cloud.',
    summaryEn: 'Web application firewall for websites on Bizfly Cloud.',
    description: 'Kích hoạt bảo vệ cho website chỉ với vài thao tác, kèm chứng chỉ TLS và báo cáo tấn công hằng tuần.',
    descriptionEn:
      'Turn on protection for a website in a few steps, with a TLS certificate and weekly attack reports.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    requirements: [needsWorkloadOn('bizfly-cloud', 'Bizfly Cloud')],
    plans: [plan('basic', ['Cơ bản', 'Basic'], 1_500_000, 'MONTH', [['domains', '1']])],
  }),
  offering({
    slug: 'vsec-managed-waf',
    vendor: 'vsec',
    category: 'waf',
    name: 'VSEC WAF — tường lửa ứng dụng web được quản lý',
    nameEn: 'VSEC WAF — managed web application firewall',
    summary: 'Tường lửa ứng dụng web do chuyên gia vận hành, dùng được với ứng dụng trên mọi nhà cung cấp.',
    summaryEn: 'Expert-operated web application firewall that works with applications on any provider.',
    description: 'Chuyên gia an toàn thông tin tinh chỉnh bộ luật theo ứng dụng của khách hàng và xử lý sự cố 24/7.',
    descriptionEn:
      'Security experts tune the rules to the customer’s applications and handle incidents 24/7.',
    sla: '99.9',
    dataCenters: ['vnpt-ha-noi'],
    requirements: [needsAnyWebWorkload],
    plans: [
      plan('managed', ['Được quản lý', 'Managed'], 8_000_000, 'MONTH', [['domains', '3']]),
      plan('onboarding', ['Khảo sát và cấu hình ban đầu', 'Initial assessment and configuration'], 15_000_000, 'ONE_TIME', []),
    ],
  }),
];

const ddosOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-anti-ddos',
    vendor: 'viettel-idc',
    category: 'ddos-protection',
    name: 'Chống tấn công DDoS Viettel Cloud',
    nameEn: 'Viettel Cloud DDoS protection',
    summary: 'Phát hiện và lọc tấn công từ chối dịch vụ cho dịch vụ chạy trên hạ tầng Viettel IDC.',
    summaryEn: 'Detects and scrubs denial-of-service attacks for services hosted by Viettel IDC.',
    description: 'Giám sát lưu lượng liên tục, tự động chuyển hướng qua hệ thống lọc khi phát hiện tấn công lớp mạng và lớp ứng dụng.',
    descriptionEn:
      'Watches traffic continuously and diverts it through scrubbing systems automatically when it detects network-layer or application-layer attacks.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsWorkloadOn('viettel-idc', 'Viettel IDC')],
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 5_000_000, 'MONTH', [['throughput_gbps', '10']])],
  }),
  offering({
    slug: 'vnpt-anti-ddos',
    vendor: 'vnpt-it',
    category: 'ddos-protection',
    name: 'VNPT Anti-DDoS — chống tấn công DDoS',
    nameEn: 'VNPT Anti-DDoS — DDoS protection',
    summary: 'Chống tấn công DDoS cho hệ thống chạy trên VNPT Cloud.',
    summaryEn: 'DDoS protection for systems hosted on VNPT Cloud.',
    description: 'Lọc lưu lượng tấn công ngay tại mạng lõi trước khi tới máy chủ của khách hàng.',
    descriptionEn:
      'Filters attack traffic in the core network before it reaches the customer’s servers.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    requirements: [needsWorkloadOn('vnpt-it', 'VNPT IT')],
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 4_500_000, 'MONTH', [['throughput_gbps', '10']])],
  }),
  offering({
    slug: 'vng-anti-ddos',
    vendor: 'vng-cloud',
    category: 'ddos-protection',
    name: 'vDDoS Protection — chống DDoS VNG Cloud',
    nameEn: 'vDDoS Protection — VNG Cloud DDoS protection',
    summary: 'Chống DDoS lớp mạng và lớp ứng dụng cho tài nguyên trên VNG Cloud.',
    summaryEn: 'Network and application-layer DDoS protection for VNG Cloud resources.',
    description: 'Tự động phát hiện tấn công, lọc lưu lượng và gửi báo cáo sau sự cố cho khách hàng.',
    descriptionEn:
      'Detects attacks automatically, filters the traffic and sends the customer a report after each incident.',
    sla: '99.95',
    dataCenters: DC.vng,
    requirements: [needsWorkloadOn('vng-cloud', 'VNG Cloud')],
    plans: [
      plan('basic', ['Cơ bản', 'Basic'], 3_000_000, 'MONTH', [['throughput_gbps', '5']]),
      plan('advanced', ['Nâng cao', 'Advanced'], 9_000_000, 'MONTH', [['throughput_gbps', '40']]),
    ],
  }),
];

const socOfferings: OfferingSeed[] = [
  offering({
    slug: 'vsec-soc',
    vendor: 'vsec',
    category: 'soc',
    name: 'VSEC SOC — giám sát an toàn thông tin 24/7',
    nameEn: 'VSEC SOC — 24/7 security monitoring',
    summary: 'Trung tâm giám sát an toàn thông tin thuê ngoài, theo dõi và ứng cứu sự cố 24/7.',
    summaryEn: 'Outsourced security operations centre: 24/7 monitoring and incident response.',
    description:
      'Thu thập nhật ký từ máy chủ, thiết bị mạng và ứng dụng; chuyên gia phân tích cảnh báo và hỗ trợ ứng cứu khi có sự cố. Báo cáo định kỳ cho lãnh đạo.',
    descriptionEn:
      'Collects logs from servers, network devices and applications; experts analyse the alerts and help respond to incidents. Regular reports for management.',
    sla: '99.9',
    dataCenters: ['viettel-idc-ha-noi'],
    plans: [
      plan('sme', ['Doanh nghiệp vừa và nhỏ', 'Small and medium-sized businesses'], 15_000_000, 'MONTH', [['assets', '50']]),
      plan('enterprise', ['Doanh nghiệp lớn', 'Large enterprises'], 45_000_000, 'MONTH', [['assets', '200']]),
      plan('onboarding', ['Khảo sát và kết nối nguồn nhật ký', 'Assessment and connection of log sources'], 20_000_000, 'ONE_TIME', []),
    ],
  }),
  offering({
    slug: 'cyradar-soc',
    vendor: 'cyradar',
    category: 'soc',
    name: 'CyRadar SOC — giám sát an ninh mạng',
    nameEn: 'CyRadar SOC — cybersecurity monitoring',
    summary: 'Giám sát an ninh mạng liên tục, phát hiện mã độc và truy cập bất thường.',
    summaryEn: 'Continuous security monitoring detecting malware and unusual access.',
    description: 'Phân tích lưu lượng mạng và nhật ký hệ thống để phát hiện mối đe dọa, cảnh báo kèm hướng dẫn xử lý.',
    descriptionEn:
      'Analyses network traffic and system logs to detect threats, with alerts that come with guidance on how to handle them.',
    sla: '99.9',
    dataCenters: ['cmc-ha-noi'],
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 12_000_000, 'MONTH', [['assets', '50']])],
  }),
  offering({
    slug: 'bkav-soc',
    vendor: 'bkav',
    category: 'soc',
    name: 'BKAV SOC — trung tâm giám sát an ninh mạng',
    nameEn: 'BKAV SOC — cybersecurity monitoring centre',
    summary: 'Giám sát an ninh mạng cho cơ quan, tổ chức và doanh nghiệp.',
    summaryEn: 'Security monitoring for agencies, organisations and companies.',
    description: 'Theo dõi cảnh báo an ninh mạng tập trung, phân loại mức độ nghiêm trọng và hỗ trợ ứng cứu sự cố.',
    descriptionEn:
      'Central tracking of cybersecurity alerts, ranked by severity, with help in responding to incidents.',
    sla: '99.9',
    dataCenters: ['vnpt-ha-noi'],
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 13_500_000, 'MONTH', [['assets', '50']])],
  }),
];

const disasterRecoveryOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-disaster-recovery',
    vendor: 'viettel-idc',
    category: 'disaster-recovery',
    name: 'Khôi phục sau thảm họa Viettel Cloud DR',
    nameEn: 'Viettel Cloud DR — disaster recovery',
    summary: 'Nhân bản hệ thống sang trung tâm dữ liệu thứ hai và chuyển đổi khi có sự cố lớn.',
    summaryEn: 'Replicates systems to a second data centre and fails over after a major incident.',
    description:
      'Hệ thống được nhân bản liên tục giữa Hà Nội và Bình Dương. Theo Viettel IDC, chỉ một trung tâm dữ liệu thì rủi ro cao; với hai trung tâm, 70–80% dịch vụ có thể được khôi phục ngay.',
    descriptionEn:
      'Systems are replicated continuously between Hà Nội and Bình Dương. According to Viettel IDC, a single data centre is a high risk; with two, 70–80% of services can be restored at once.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsComputeFrom('viettel-idc', 'Viettel IDC', 'Nhân bản hệ thống chạy', 'Replicates systems running')],
    plans: [
      plan('per-vm', ['Theo máy chủ được bảo vệ', 'Per protected server'], 400_000, 'MONTH', [['protected_vms', '1'], ['rpo_minutes', '15']]),
      plan('setup', ['Thiết kế phương án DR', 'DR plan design'], 25_000_000, 'ONE_TIME', []),
    ],
  }),
  offering({
    slug: 'cmc-draas',
    vendor: 'cmc-cloud',
    category: 'disaster-recovery',
    name: 'CMC DRaaS — khôi phục sau thảm họa',
    nameEn: 'CMC DRaaS — disaster recovery',
    summary: 'Dự phòng thảm họa cho hệ thống tại chỗ hoặc trên đám mây, sang điện toán đám mây CMC Cloud.',
    summaryEn: 'Disaster recovery to CMC Cloud for on-premises or cloud systems.',
    description: 'Nhân bản hệ thống của khách hàng sang trung tâm dữ liệu CMC, diễn tập chuyển đổi định kỳ mà không ảnh hưởng hệ thống chính.',
    descriptionEn:
      'Replicates the customer’s systems to a CMC data centre, and rehearses the failover regularly without affecting the main system.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('per-vm', ['Theo máy chủ được bảo vệ', 'Per protected server'], 380_000, 'MONTH', [['protected_vms', '1'], ['rpo_minutes', '15']])],
  }),
  offering({
    slug: 'vnpt-cloud-dr',
    vendor: 'vnpt-it',
    category: 'disaster-recovery',
    name: 'VNPT Cloud DR — dự phòng thảm họa',
    nameEn: 'VNPT Cloud DR — disaster recovery',
    summary: 'Trung tâm dữ liệu dự phòng cho hệ thống thông tin của cơ quan, doanh nghiệp.',
    summaryEn: 'Standby data centre for agencies and companies.',
    description: 'Đặt hệ thống dự phòng tại trung tâm dữ liệu VNPT ở một vùng khác với hệ thống chính để giảm rủi ro gián đoạn dịch vụ.',
    descriptionEn:
      'Places a standby system in a VNPT data centre in a different region from the main system, to reduce the risk of service interruptions.',
    sla: '99.95',
    dataCenters: ['vnpt-tp-hcm', 'vnpt-da-nang'],
    plans: [plan('per-vm', ['Theo máy chủ được bảo vệ', 'Per protected server'], 390_000, 'MONTH', [['protected_vms', '1'], ['rpo_minutes', '30']])],
  }),
];

const kmsOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-kms',
    vendor: 'viettel-idc',
    category: 'kms',
    name: 'Quản lý khóa mã hóa Viettel KMS',
    nameEn: 'Viettel KMS encryption key management',
    summary: 'Tạo, lưu trữ và xoay vòng khóa mã hóa cho dữ liệu trên Viettel Cloud.',
    summaryEn: 'Create, store and rotate encryption keys for data on Viettel Cloud.',
    description: 'Khóa được lưu trong mô-đun bảo mật phần cứng (HSM) đặt tại Việt Nam; mọi thao tác với khóa đều được ghi nhật ký.',
    descriptionEn:
      'Keys are kept in a hardware security module (HSM) in Vietnam; every operation on a key is logged.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsStorageFrom('viettel-idc', 'Viettel IDC')],
    plans: [plan('per-key', ['Theo khóa', 'Per key'], 50_000, 'MONTH', [['keys', '1']])],
  }),
  offering({
    slug: 'vng-kms',
    vendor: 'vng-cloud',
    category: 'kms',
    name: 'vKMS — mã hóa và quản lý khóa VNG Cloud',
    nameEn: 'vKMS — VNG Cloud encryption and key management',
    summary: 'Quản lý khóa mã hóa tập trung cho ổ đĩa và kho lưu trữ trên VNG Cloud.',
    summaryEn: 'Central key management for VNG Cloud volumes and object storage.',
    description: 'Mã hóa dữ liệu khi lưu trữ bằng khóa do khách hàng quản lý, phân quyền sử dụng khóa theo từng dự án.',
    descriptionEn:
      'Encrypts data at rest with keys the customer manages, with permissions to use each key per project.',
    sla: '99.95',
    dataCenters: DC.vng,
    requirements: [needsStorageFrom('vng-cloud', 'VNG Cloud')],
    plans: [plan('per-key', ['Theo khóa', 'Per key'], 45_000, 'MONTH', [['keys', '1']])],
  }),
];

const vulnerabilityScanningOfferings: OfferingSeed[] = [
  offering({
    slug: 'cyradar-vulnerability-scan',
    vendor: 'cyradar',
    category: 'vulnerability-scanning',
    name: 'CyRadar — rà quét lỗ hổng website và máy chủ',
    nameEn: 'CyRadar — website and server vulnerability scanning',
    summary: 'Rà quét định kỳ lỗ hổng bảo mật của website, máy chủ và thiết bị mạng.',
    summaryEn: 'Scheduled vulnerability scans of websites, servers and network devices.',
    description: 'Quét theo lịch, xếp hạng lỗ hổng theo mức độ nghiêm trọng và gợi ý cách khắc phục bằng tiếng Việt.',
    descriptionEn:
      'Scheduled scans that rank vulnerabilities by severity and suggest fixes in Vietnamese.',
    sla: '99.5',
    dataCenters: ['cmc-ha-noi'],
    plans: [
      plan('10-targets', ['10 mục tiêu', '10 targets'], 1_500_000, 'MONTH', [['targets', '10']]),
      plan('50-targets', ['50 mục tiêu', '50 targets'], 5_500_000, 'MONTH', [['targets', '50']]),
    ],
  }),
  offering({
    slug: 'bkav-vulnerability-scan',
    vendor: 'bkav',
    category: 'vulnerability-scanning',
    name: 'BKAV — rà quét lỗ hổng bảo mật',
    nameEn: 'BKAV — security vulnerability scanning',
    summary: 'Đánh giá lỗ hổng hệ thống thông tin trước khi đưa vào vận hành.',
    summaryEn: 'Vulnerability assessment of information systems before go-live.',
    description: 'Rà quét và đánh giá lỗ hổng ứng dụng web, hệ điều hành và cấu hình; báo cáo kèm khuyến nghị khắc phục.',
    descriptionEn:
      'Scans and assesses vulnerabilities in web applications, operating systems and configuration; the report comes with recommended fixes.',
    sla: null,
    dataCenters: [],
    plans: [plan('assessment', ['Một lần đánh giá', 'One assessment'], 30_000_000, 'ONE_TIME', [['targets', '20']])],
  }),
  offering({
    slug: 'vsec-penetration-testing',
    vendor: 'vsec',
    category: 'vulnerability-scanning',
    name: 'VSEC — kiểm thử xâm nhập và rà quét lỗ hổng',
    nameEn: 'VSEC — penetration testing and vulnerability scanning',
    summary: 'Kiểm thử xâm nhập bởi chuyên gia kết hợp rà quét lỗ hổng tự động hằng tháng.',
    summaryEn: 'Expert penetration testing plus monthly automated vulnerability scans.',
    description: 'Chuyên gia mô phỏng tấn công thực tế vào ứng dụng và hạ tầng, sau đó rà quét tự động hằng tháng để phát hiện lỗ hổng mới.',
    descriptionEn:
      'Experts simulate real attacks on applications and infrastructure; automated monthly scans then find new vulnerabilities.',
    sla: '99.5',
    dataCenters: ['vnpt-ha-noi'],
    plans: [
      plan('pentest', ['Kiểm thử xâm nhập', 'Penetration test'], 60_000_000, 'ONE_TIME', [['targets', '5']]),
      plan('monthly-scan', ['Rà quét hằng tháng', 'Monthly scan'], 2_000_000, 'MONTH', [['targets', '20']]),
    ],
  }),
];

const unpublishedSecurityOfferings: OfferingSeed[] = [
  offering({
    slug: 'cyradar-threat-intelligence',
    vendor: 'cyradar',
    category: 'soc',
    status: 'DRAFT',
    name: 'CyRadar Threat Intelligence — tình báo mối đe dọa',
    nameEn: 'CyRadar Threat Intelligence',
    summary: 'Nguồn tin tình báo mối đe dọa cho đội SOC, đang soạn thảo.',
    summaryEn: 'Threat-intelligence feed for SOC teams, being drafted.',
    description: 'Bản nháp: nội dung và giá chưa hoàn thiện.',
    descriptionEn:
      'Draft: the content and prices are not final.',
    sla: null,
    dataCenters: [],
    plans: [plan('feed', ['Nguồn tin', 'Feed'], 10_000_000, 'MONTH', [])],
  }),
];

export const securityOfferings: OfferingSeed[] = [
  ...wafOfferings,
  ...ddosOfferings,
  ...socOfferings,
  ...disasterRecoveryOfferings,
  ...kmsOfferings,
  ...vulnerabilityScanningOfferings,
  ...unpublishedSecurityOfferings,
];
