import type { AttestationSeed, FrameworkSeed } from './types.ts';

export const MIC_FRAMEWORK_CODE = 'MIC-CLOUD-153';

export const frameworkSeeds: FrameworkSeed[] = [
  {
    code: MIC_FRAMEWORK_CODE,
    name: 'Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây phục vụ Chính phủ điện tử',
    nameEn: 'Technical criteria for cloud computing platforms serving e-government',
    issuer: 'Bộ Thông tin và Truyền thông (MIC)',
    reference: 'Công văn 1145/BTTTT-CATTT ngày 03/04/2020',
    criteriaCount: 153,
    groups: [
      {
        code: 'FUNCTIONAL',
        name: 'Nhóm tiêu chí chức năng',
        nameEn: 'Functional criteria',
        scope:
          'Máy ảo, lưu trữ, mạng điều khiển bằng phần mềm, máy vật lý, quản trị và vận hành, tích hợp ' +
          '(virtual machines, storage, software-defined networking, physical machines, administration and operation, integration)',
        criteriaCount: 84,
      },
      {
        code: 'SECURITY',
        name: 'Nhóm tiêu chí an toàn thông tin',
        nameEn: 'Information security criteria',
        scope: 'Tính năng bảo mật và cấu hình bảo mật (security features and security configuration)',
        criteriaCount: 69,
      },
    ],
  },
  {
    code: 'ISO-27001',
    name: 'ISO/IEC 27001:2022 — Hệ thống quản lý an toàn thông tin',
    nameEn: 'ISO/IEC 27001:2022 — Information security management systems',
    issuer: 'ISO/IEC',
    reference: 'ISO/IEC 27001:2022, Phụ lục A (Annex A)',
    criteriaCount: 93,
    groups: [
      {
        code: 'ORGANIZATIONAL',
        name: 'Biện pháp kiểm soát về tổ chức',
        nameEn: 'Organizational controls',
        scope: 'Phụ lục A, mục 5 (Annex A clause 5)',
        criteriaCount: 37,
      },
      {
        code: 'PEOPLE',
        name: 'Biện pháp kiểm soát về con người',
        nameEn: 'People controls',
        scope: 'Phụ lục A, mục 6 (Annex A clause 6)',
        criteriaCount: 8,
      },
      {
        code: 'PHYSICAL',
        name: 'Biện pháp kiểm soát vật lý',
        nameEn: 'Physical controls',
        scope: 'Phụ lục A, mục 7 (Annex A clause 7)',
        criteriaCount: 14,
      },
      {
        code: 'TECHNOLOGICAL',
        name: 'Biện pháp kiểm soát công nghệ',
        nameEn: 'Technological controls',
        scope: 'Phụ lục A, mục 8 (Annex A clause 8)',
        criteriaCount: 34,
      },
    ],
  },
  {
    code: 'PCI-DSS',
    name: 'Tiêu chuẩn bảo mật dữ liệu thẻ thanh toán PCI DSS v4.0',
    nameEn: 'Payment Card Industry Data Security Standard (PCI DSS) v4.0',
    issuer: 'PCI Security Standards Council',
    reference: 'PCI DSS v4.0 (03/2022)',
    criteriaCount: 12,
    groups: [
      {
        code: 'REQUIREMENTS',
        name: '12 yêu cầu chính',
        nameEn: 'The 12 principal requirements',
        scope:
          'Mạng an toàn, bảo vệ dữ liệu chủ thẻ, quản lý lỗ hổng, kiểm soát truy cập, giám sát và kiểm thử, chính sách an toàn thông tin ' +
          '(secure networks, cardholder data protection, vulnerability management, access control, monitoring and testing, security policy)',
        criteriaCount: 12,
      },
    ],
  },
  {
    code: 'UPTIME-TIER-III',
    name: 'Chứng nhận Uptime Institute Tier III cho trung tâm dữ liệu',
    nameEn: 'Uptime Institute Tier III data centre certification',
    issuer: 'Uptime Institute',
    reference: 'Tier Standard: Topology',
    criteriaCount: 1,
    groups: [
      {
        code: 'TIER-III',
        name: 'Chứng nhận Tier III',
        nameEn: 'Tier III certification',
        scope: 'Bảo trì đồng thời: mọi thiết bị có thể bảo trì mà không dừng hệ thống (concurrently maintainable)',
        criteriaCount: 1,
      },
    ],
  },
];

/**
 * Early December 2020 is when MIC's Authority of Information Security announced the platforms meeting the
 * 153 criteria (FACTS.md); the exact day, the claim dates and the validity are sample data.
 */
const MIC_ANNOUNCED_AT = '2020-12-04T09:00:00+07:00';
const MIC_VALID_UNTIL = '2028-12-31T23:59:59+07:00';

function micVerified(vendor: string, platform: string): AttestationSeed {
  return {
    framework: MIC_FRAMEWORK_CODE,
    vendor,
    status: 'VERIFIED',
    criteriaMet: 153,
    evidenceUrl: null,
    note:
      `Cục An toàn thông tin (Bộ Thông tin và Truyền thông) công bố nền tảng ${platform} đáp ứng bộ 153 tiêu chí (đầu tháng 12/2020). ` +
      'Ngày xác minh cụ thể và thời hạn hiệu lực là dữ liệu mẫu.',
    claimedAt: '2020-10-15T09:00:00+07:00',
    verifiedAt: MIC_ANNOUNCED_AT,
    validUntil: MIC_VALID_UNTIL,
  };
}

export const attestationSeeds: AttestationSeed[] = [
  micVerified('viettel-idc', 'Viettel Cloud'),
  micVerified('vnpt-it', 'VNPT Cloud'),
  micVerified('vng-cloud', 'VNG Cloud'),
  micVerified('cmc-cloud', 'CMC Cloud'),
  micVerified('bizfly-cloud', 'VCCorp Cloud (Bizfly Cloud)'),
  {
    framework: MIC_FRAMEWORK_CODE,
    vendor: 'mekong-cloud',
    status: 'CLAIMED',
    criteriaMet: null,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: đối tác tự khai, chưa được nhân viên Mây Việt xác minh.',
    claimedAt: '2026-09-15T09:00:00+07:00',
    verifiedAt: null,
    validUntil: null,
  },
  {
    framework: 'UPTIME-TIER-III',
    vendor: 'viettel-idc',
    status: 'VERIFIED',
    criteriaMet: 1,
    evidenceUrl: null,
    note: 'Hai trung tâm dữ liệu tại Hà Nội và Bình Dương đạt chuẩn Tier III. Ngày xác minh và thời hạn hiệu lực là dữ liệu mẫu.',
    claimedAt: '2021-05-10T09:00:00+07:00',
    verifiedAt: '2021-06-15T09:00:00+07:00',
    validUntil: '2028-06-30T23:59:59+07:00',
  },
  {
    framework: 'UPTIME-TIER-III',
    vendor: 'straits-cloud',
    status: 'VERIFIED',
    criteriaMet: 1,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: trung tâm dữ liệu Singapore đạt Tier III.',
    claimedAt: '2023-08-01T09:00:00+08:00',
    verifiedAt: '2023-09-01T09:00:00+08:00',
    validUntil: '2028-08-31T23:59:59+08:00',
  },
  {
    framework: 'ISO-27001',
    offering: 'vsec-soc',
    status: 'VERIFIED',
    criteriaMet: 93,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: chứng nhận ISO/IEC 27001:2022 cho dịch vụ SOC.',
    claimedAt: '2024-02-01T09:00:00+07:00',
    verifiedAt: '2024-03-20T09:00:00+07:00',
    validUntil: '2027-03-19T23:59:59+07:00',
  },
  {
    framework: 'ISO-27001',
    vendor: 'cyradar',
    status: 'CLAIMED',
    criteriaMet: null,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: đối tác tự khai, đang chờ xác minh.',
    claimedAt: '2026-10-01T09:00:00+07:00',
    verifiedAt: null,
    validUntil: null,
  },
  {
    // Still VERIFIED in the table but past its validity: readers must treat it as expired.
    framework: 'ISO-27001',
    vendor: 'mekong-cloud',
    status: 'VERIFIED',
    criteriaMet: 93,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: đã quá thời hạn hiệu lực nhưng trạng thái chưa được cập nhật.',
    claimedAt: '2022-05-15T09:00:00+07:00',
    verifiedAt: '2022-07-01T09:00:00+07:00',
    validUntil: '2025-06-30T23:59:59+07:00',
  },
  {
    framework: 'PCI-DSS',
    vendor: 'straits-cloud',
    status: 'EXPIRED',
    criteriaMet: 12,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: chứng nhận đã hết hạn và chưa được gia hạn.',
    claimedAt: '2022-03-01T09:00:00+08:00',
    verifiedAt: '2022-04-01T09:00:00+08:00',
    validUntil: '2023-03-31T23:59:59+08:00',
  },
  {
    framework: 'ISO-27001',
    offering: 'straits-compute',
    status: 'REVOKED',
    criteriaMet: 93,
    evidenceUrl: null,
    note: 'Dữ liệu mẫu: chứng nhận bị thu hồi sau đợt đánh giá lại.',
    claimedAt: '2023-04-01T09:00:00+08:00',
    verifiedAt: '2023-05-10T09:00:00+08:00',
    validUntil: '2026-05-09T23:59:59+08:00',
  },
];
