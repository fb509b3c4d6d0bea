import type { BlueprintSeed } from './types.ts';

// The use cases the round table names (000_…: remote learning, telemedicine, remote work and video conferencing,
// remote accounting, e-newspapers, cyber-security platforms) and the city data center of Cần Thơ (002_…), each as the
// needs a buyer composes a stack from. Quantities are in each category's usual unit (categories.ts) and illustrative:
// the descriptions say so, and buyers change them before composing. Staff edit these in the console; seeding only
// adds the ones whose slug is missing.
export const blueprintSeeds: BlueprintSeed[] = [
  {
    slug: 'remote-learning',
    name: 'Học trực tuyến',
    nameEn: 'Remote learning',
    description:
      'Một trường hoặc trung tâm đào tạo dạy và học từ xa: hệ thống học trực tuyến cho người học, lớp học trực tiếp qua hội nghị truyền hình, kho bài giảng video phát qua CDN. Số lượng mang tính minh hoạ cho khoảng 500 người học.',
    descriptionEn:
      'A school or training centre teaching at a distance: an e-learning system for its learners, live classes over video conferencing, and a library of recorded lectures delivered through a CDN. Quantities are illustrative, for about 500 learners.',
    needs: [
      { category: 'e-learning', quantity: 500, note: { vi: 'Tài khoản cho người học', en: 'Accounts for the learners' } },
      { category: 'video-conferencing', quantity: 40, note: { vi: 'Giáo viên dạy lớp trực tiếp', en: 'Teachers running live classes' } },
      { category: 'object-storage', quantity: 1000, note: { vi: 'Kho bài giảng video', en: 'The recorded lecture library' } },
      { category: 'cdn', quantity: 1, note: { vi: 'Phát video bài giảng đến người học', en: 'Delivers lecture videos to the learners' } },
    ],
  },
  {
    slug: 'telemedicine',
    name: 'Y tế từ xa',
    nameEn: 'Telemedicine',
    description:
      'Một bệnh viện hoặc phòng khám khám chữa bệnh từ xa: nền tảng y tế từ xa, hội nghị truyền hình cho bác sĩ hội chẩn, lưu trữ ảnh chụp và kết quả xét nghiệm, mã hoá dữ liệu sức khoẻ. Số lượng mang tính minh hoạ.',
    descriptionEn:
      'A hospital or clinic consulting at a distance: a telemedicine platform, video conferencing for doctors’ joint consultations, storage for scans and test results, and encryption for health data. Quantities are illustrative.',
    needs: [
      { category: 'telemedicine', quantity: 1 },
      { category: 'video-conferencing', quantity: 30, note: { vi: 'Bác sĩ hội chẩn từ xa', en: 'Doctors in remote joint consultations' } },
      { category: 'object-storage', quantity: 500, note: { vi: 'Ảnh chụp và kết quả xét nghiệm', en: 'Scans and test results' } },
      { category: 'kms', quantity: 1, note: { vi: 'Mã hoá dữ liệu sức khoẻ của người bệnh', en: 'Encrypts patients’ health data' } },
    ],
  },
  {
    slug: 'remote-work',
    name: 'Làm việc từ xa và hội nghị truyền hình',
    nameEn: 'Remote work and video conferencing',
    description:
      'Một doanh nghiệp làm việc từ xa: họp qua hội nghị truyền hình, thư điện tử theo tên miền riêng, văn phòng điện tử để trình ký và giao việc, kho tài liệu dùng chung. Số lượng mang tính minh hoạ cho khoảng 50 nhân viên.',
    descriptionEn:
      'A company working remotely: meetings over video conferencing, e-mail on its own domain, an e-office for approvals and tasks, and a shared document store. Quantities are illustrative, for about 50 staff.',
    needs: [
      { category: 'video-conferencing', quantity: 50 },
      { category: 'email', quantity: 50 },
      { category: 'e-office', quantity: 50, note: { vi: 'Trình ký, giao việc và văn bản nội bộ', en: 'Approvals, tasks and internal documents' } },
      { category: 'object-storage', quantity: 200, note: { vi: 'Tài liệu dùng chung', en: 'Shared documents' } },
    ],
  },
  {
    slug: 'sme-remote-accounting',
    name: 'Kế toán từ xa cho doanh nghiệp nhỏ và vừa',
    nameEn: 'Remote accounting for an SME',
    description:
      'Một doanh nghiệp nhỏ và vừa làm kế toán trực tuyến: phần mềm kế toán dùng qua trình duyệt, thư điện tử để gửi hoá đơn và chứng từ, sao lưu sổ sách. Số lượng mang tính minh hoạ cho khoảng 10 người.',
    descriptionEn:
      'A small or medium-sized enterprise keeping its accounts online: accounting software used in the browser, e-mail to send invoices and vouchers, and backups of the books. Quantities are illustrative, for about 10 people.',
    needs: [
      { category: 'accounting', quantity: 1 },
      { category: 'email', quantity: 10, note: { vi: 'Gửi hoá đơn và chứng từ', en: 'Sends invoices and vouchers' } },
      { category: 'backup', quantity: 100, note: { vi: 'Sao lưu sổ sách và chứng từ', en: 'Backs up the books and vouchers' } },
    ],
  },
  {
    slug: 'e-newspaper',
    name: 'Nền tảng báo điện tử',
    nameEn: 'E-newspaper platform',
    description:
      'Một toà soạn xuất bản báo điện tử: hệ thống quản lý và xuất bản tin bài, CDN cho lượng truy cập lớn, kho ảnh và video, tường lửa ứng dụng web và chống DDoS. Số lượng mang tính minh hoạ.',
    descriptionEn:
      'A newsroom publishing online: a system to write and publish articles, a CDN for heavy traffic, a photo and video store, a web application firewall and DDoS protection. Quantities are illustrative.',
    needs: [
      { category: 'e-newspaper', quantity: 1 },
      { category: 'cdn', quantity: 1, note: { vi: 'Chịu lượng truy cập lớn khi có tin nóng', en: 'Carries the traffic of breaking news' } },
      { category: 'object-storage', quantity: 2000, note: { vi: 'Kho ảnh và video của toà soạn', en: 'The newsroom’s photos and videos' } },
      { category: 'waf', quantity: 1 },
      { category: 'ddos-protection', quantity: 1 },
    ],
  },
  {
    slug: 'cyber-security-platform',
    name: 'Nền tảng an ninh mạng',
    nameEn: 'Cyber-security platform',
    description:
      'Một tổ chức bảo vệ hệ thống của mình: giám sát an toàn thông tin (SOC), tường lửa ứng dụng web, chống DDoS, rà quét lỗ hổng, quản lý khoá mã hoá và khôi phục sau thảm hoạ. Số lượng mang tính minh hoạ.',
    descriptionEn:
      'An organisation protecting its systems: security operations centre (SOC) monitoring, a web application firewall, DDoS protection, vulnerability scanning, encryption key management and disaster recovery. Quantities are illustrative.',
    needs: [
      { category: 'soc', quantity: 1, note: { vi: 'Giám sát và ứng cứu sự cố 24/7', en: 'Round-the-clock monitoring and incident response' } },
      { category: 'waf', quantity: 1 },
      { category: 'ddos-protection', quantity: 1 },
      { category: 'vulnerability-scanning', quantity: 1 },
      { category: 'kms', quantity: 1 },
      { category: 'disaster-recovery', quantity: 1, note: { vi: 'Khôi phục dịch vụ sau sự cố lớn', en: 'Restores service after a major incident' } },
    ],
  },
  {
    slug: 'city-e-government',
    name: 'Một cửa điện tử cho thành phố',
    nameEn: 'One-stop e-government for a city',
    description:
      'Một thành phố cung cấp dịch vụ công trực tuyến: một cửa điện tử, quản lý văn bản và điều hành cho các cơ quan, thư điện tử công vụ, tường lửa ứng dụng web và chống DDoS cho cổng dịch vụ công. Số lượng mang tính minh hoạ.',
    descriptionEn:
      'A city offering public services online: a one-stop e-government system, document management and executive software for its agencies, official e-mail, a web application firewall and DDoS protection for the public services portal. Quantities are illustrative.',
    needs: [
      { category: 'e-government', quantity: 1, note: { vi: 'Một cửa điện tử và dịch vụ công trực tuyến', en: 'One-stop office and online public services' } },
      {
        category: 'e-office',
        quantity: 1000,
        note: { vi: 'Quản lý văn bản và điều hành giữa các cơ quan', en: 'Document management and executive software between agencies' },
      },
      { category: 'email', quantity: 2000, note: { vi: 'Thư điện tử công vụ cho cán bộ', en: 'Official e-mail for civil servants' } },
      { category: 'waf', quantity: 1, note: { vi: 'Bảo vệ cổng dịch vụ công', en: 'Protects the public services portal' } },
      { category: 'ddos-protection', quantity: 1 },
    ],
  },
  {
    slug: 'city-data-center',
    name: 'Trung tâm dữ liệu thành phố',
    nameEn: 'City data center',
    description:
      'Các phân hệ của trung tâm dữ liệu một thành phố, theo kiến trúc của Cần Thơ: mạng và truyền dẫn, an ninh, kết nối, máy chủ, lưu trữ tập trung và hệ thống phụ trợ, mỗi phân vùng có chính sách an ninh riêng. Số lượng mang tính minh hoạ.',
    descriptionEn:
      'The subsystems of a city’s data center, after Cần Thơ’s architecture: network and transmission, security, connectivity, servers, central storage and support systems, each zone with its own security policy. Quantities are illustrative.',
    needs: [
      { category: 'network', quantity: 1, note: { vi: 'Mạng và truyền dẫn đến các cơ quan, đơn vị', en: 'Network and transmission to agencies and units' } },
      { category: 'waf', quantity: 1, note: { vi: 'An ninh: bảo vệ các ứng dụng dùng chung', en: 'Security: protects the shared applications' } },
      { category: 'ddos-protection', quantity: 1, note: { vi: 'An ninh: chống tấn công từ chối dịch vụ', en: 'Security: against denial-of-service attacks' } },
      { category: 'cdn', quantity: 1, note: { vi: 'Kết nối: đưa dịch vụ công đến người dân', en: 'Connectivity: brings public services to residents' } },
      { category: 'compute', quantity: 20, note: { vi: 'Máy chủ cho các hệ thống dùng chung', en: 'Servers for the shared systems' } },
      { category: 'block-storage', quantity: 5000, note: { vi: 'Lưu trữ tập trung cho máy chủ', en: 'Central storage for the servers' } },
      { category: 'object-storage', quantity: 10000, note: { vi: 'Lưu trữ tập trung cho văn bản và hồ sơ', en: 'Central storage for documents and records' } },
      { category: 'monitoring', quantity: 1, note: { vi: 'Hệ thống phụ trợ: giám sát vận hành', en: 'Support systems: operations monitoring' } },
    ],
  },
];
