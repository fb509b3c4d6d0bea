import type { VendorSeed } from './types.ts';

const SAMPLE_LISTINGS_EN = 'Sample data: the listed plans, prices and specs are illustrative, not the vendor\'s price list.';
const MIC_ANNOUNCED = 'được Cục An toàn thông tin (Bộ Thông tin và Truyền thông) công bố đáp ứng bộ 153 tiêu chí kỹ thuật nền tảng điện toán đám mây (đầu tháng 12/2020)';
const MIC_ANNOUNCED_EN = "among the platforms MIC's Authority of Information Security announced as meeting its 153 cloud platform criteria (early December 2020)";

/** Domestic cloud providers: the round-table speakers and the platforms MIC announced. */
export const cloudProviderSeeds: VendorSeed[] = [
  {
    slug: 'viettel-idc',
    name: 'Viettel IDC',
    kinds: ['CLOUD_PROVIDER'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://viettelidc.com.vn',
    description:
      'Đơn vị cung cấp trung tâm dữ liệu và điện toán đám mây của Viettel. Viettel IDC có hai trung tâm dữ liệu tại Hà Nội và Bình Dương, đạt chuẩn Tier III, độ sẵn sàng 99,98%; doanh thu điện toán đám mây của Viettel tăng 60–80% mỗi năm. ' +
      `Nền tảng Viettel Cloud ${MIC_ANNOUNCED}.`,
    descriptionEn:
      "Viettel's data-centre and cloud provider: two data centres, in Hà Nội and Bình Dương, at tier III with 99.98% availability; Viettel's cloud revenue grows 60–80% a year. " +
      `Viettel Cloud is ${MIC_ANNOUNCED_EN}. ${SAMPLE_LISTINGS_EN}`,
    dataCenters: [
      { slug: 'viettel-idc-ha-noi', name: 'Trung tâm dữ liệu Viettel IDC Hà Nội', city: 'Hà Nội', countryCode: 'VN', tier: 3 },
      { slug: 'viettel-idc-binh-duong', name: 'Trung tâm dữ liệu Viettel IDC Bình Dương', city: 'Bình Dương', countryCode: 'VN', tier: 3 },
    ],
  },
  {
    slug: 'vnpt-it',
    name: 'VNPT IT',
    kinds: ['CLOUD_PROVIDER', 'SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://vnpt.com.vn',
    description:
      'Đơn vị công nghệ thông tin của VNPT, cung cấp nền tảng VNPT Cloud và phần mềm. Mảng phần mềm tăng trưởng mạnh, trong khi mảng hạ tầng có thời điểm giảm 20% so với cùng kỳ. ' +
      `VNPT Cloud ${MIC_ANNOUNCED}.`,
    descriptionEn:
      "VNPT's IT company, offering the VNPT Cloud platform and software. Its software business grew strongly while infrastructure did not (at times −20% year on year). " +
      `VNPT Cloud is ${MIC_ANNOUNCED_EN}. Sample data: data-centre tiers and all listed plans, prices and specs are illustrative.`,
    dataCenters: [
      { slug: 'vnpt-ha-noi', name: 'Trung tâm dữ liệu VNPT Hà Nội', city: 'Hà Nội', countryCode: 'VN', tier: 3 },
      { slug: 'vnpt-tp-hcm', name: 'Trung tâm dữ liệu VNPT TP. Hồ Chí Minh', city: 'TP. Hồ Chí Minh', countryCode: 'VN', tier: 3 },
      { slug: 'vnpt-da-nang', name: 'Trung tâm dữ liệu VNPT Đà Nẵng', city: 'Đà Nẵng', countryCode: 'VN', tier: null },
    ],
  },
  {
    slug: 'cmc-cloud',
    name: 'CMC Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://cmccloud.vn',
    description:
      'Nhà cung cấp điện toán đám mây của CMC, đang xây dựng hệ sinh thái đáp ứng gần như mọi nhu cầu của doanh nghiệp khi chuyển đổi hạ tầng công nghệ thông tin. ' +
      'Một đơn vị kinh doanh của CMC Cloud có tỷ lệ sự cố gần như bằng không, 99% khách hàng hài lòng và hơn 200 câu chuyện thành công. ' +
      `CMC Cloud ${MIC_ANNOUNCED}.`,
    descriptionEn:
      "CMC's cloud provider, building an ecosystem that covers almost every need of a company moving its IT; one business unit reports a near-zero incident rate, 99% customer satisfaction and over 200 success stories. " +
      `CMC Cloud is ${MIC_ANNOUNCED_EN}. Sample data: data-centre tiers and all listed plans, prices and specs are illustrative.`,
    dataCenters: [
      { slug: 'cmc-ha-noi', name: 'Trung tâm dữ liệu CMC Hà Nội', city: 'Hà Nội', countryCode: 'VN', tier: 3 },
      { slug: 'cmc-tp-hcm', name: 'Trung tâm dữ liệu CMC TP. Hồ Chí Minh', city: 'TP. Hồ Chí Minh', countryCode: 'VN', tier: 3 },
    ],
  },
  {
    slug: 'vng-cloud',
    name: 'VNG Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://vngcloud.vn',
    description: `Nhà cung cấp điện toán đám mây của VNG. VNG Cloud ${MIC_ANNOUNCED}.`,
    descriptionEn: `VNG's cloud provider. VNG Cloud is ${MIC_ANNOUNCED_EN}. Sample data: data-centre tiers and all listed plans, prices and specs are illustrative.`,
    dataCenters: [
      { slug: 'vng-tp-hcm', name: 'Trung tâm dữ liệu VNG Cloud TP. Hồ Chí Minh', city: 'TP. Hồ Chí Minh', countryCode: 'VN', tier: 3 },
      { slug: 'vng-ha-noi', name: 'Trung tâm dữ liệu VNG Cloud Hà Nội', city: 'Hà Nội', countryCode: 'VN', tier: null },
    ],
  },
  {
    slug: 'bizfly-cloud',
    name: 'Bizfly Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://bizflycloud.vn',
    description: `Nền tảng điện toán đám mây của VCCorp (VCCorp Cloud). Bizfly Cloud ${MIC_ANNOUNCED}.`,
    descriptionEn: `VCCorp's cloud platform (VCCorp Cloud). Bizfly Cloud is ${MIC_ANNOUNCED_EN}. ${SAMPLE_LISTINGS_EN}`,
    dataCenters: [
      { slug: 'bizfly-ha-noi', name: 'Trung tâm dữ liệu Bizfly Cloud Hà Nội', city: 'Hà Nội', countryCode: 'VN', tier: null },
      { slug: 'bizfly-tp-hcm', name: 'Trung tâm dữ liệu Bizfly Cloud TP. Hồ Chí Minh', city: 'TP. Hồ Chí Minh', countryCode: 'VN', tier: null },
    ],
  },
  {
    slug: 'mekong-cloud',
    name: 'Mekong Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: true,
    countryCode: 'VN',
    website: null,
    description: 'Nhà cung cấp máy chủ ảo quy mô nhỏ tại Cần Thơ, vận hành một trung tâm dữ liệu duy nhất (dữ liệu mẫu: doanh nghiệp hư cấu).',
    descriptionEn: 'Sample data: a fictional small provider of virtual servers in Cần Thơ with a single data centre.',
    dataCenters: [{ slug: 'mekong-can-tho', name: 'Trung tâm dữ liệu Mekong Cloud Cần Thơ', city: 'Cần Thơ', countryCode: 'VN', tier: null }],
  },
];

/** Clouds hosted abroad: customer data leaves Vietnam. */
export const foreignProviderSeeds: VendorSeed[] = [
  {
    slug: 'alibaba-cloud',
    name: 'Alibaba Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: false,
    countryCode: 'CN',
    website: 'https://www.alibabacloud.com',
    description:
      'Nhà cung cấp điện toán đám mây toàn cầu của Alibaba, hoạt động từ năm 2009 và ra nước ngoài từ năm 2015, với 14 trung tâm dữ liệu (8 trung tâm ngoài Trung Quốc). Dữ liệu của khách hàng được lưu trữ ở nước ngoài.',
    descriptionEn: `Alibaba's global cloud, started in 2009 and abroad since 2015, with 14 data centres (8 outside China). Customer data is kept abroad. ${SAMPLE_LISTINGS_EN}`,
    dataCenters: [
      { slug: 'alibaba-cloud-singapore', name: 'Alibaba Cloud Singapore', city: 'Singapore', countryCode: 'SG', tier: null },
    ],
  },
  {
    slug: 'straits-cloud',
    name: 'Straits Cloud',
    kinds: ['CLOUD_PROVIDER'],
    domestic: false,
    countryCode: 'SG',
    website: null,
    description: 'Nhà cung cấp điện toán đám mây nước ngoài đặt trung tâm dữ liệu tại Singapore; dữ liệu của khách hàng được lưu ngoài Việt Nam (dữ liệu mẫu: doanh nghiệp hư cấu).',
    descriptionEn: 'Sample data: a fictional foreign cloud provider with its data centre in Singapore; customer data is kept outside Vietnam.',
    dataCenters: [{ slug: 'straits-singapore', name: 'Straits Cloud Singapore SG1', city: 'Singapore', countryCode: 'SG', tier: 3 }],
  },
];

const SAMPLE_SERVICES_EN = 'Sample data: the listed services, plans, prices and specs are illustrative.';

export const securityVendorSeeds: VendorSeed[] = [
  {
    slug: 'bkav',
    name: 'BKAV',
    kinds: ['SECURITY_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://www.bkav.com.vn',
    description: 'Doanh nghiệp Việt Nam trong lĩnh vực an ninh mạng. Các dịch vụ trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese cyber-security company. ${SAMPLE_SERVICES_EN}`,
    dataCenters: [],
  },
  {
    slug: 'cyradar',
    name: 'CyRadar',
    kinds: ['SECURITY_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://cyradar.com',
    description: 'Doanh nghiệp an ninh mạng Việt Nam. Các dịch vụ trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese cyber-security company. ${SAMPLE_SERVICES_EN}`,
    dataCenters: [],
  },
  {
    slug: 'vsec',
    name: 'VSEC',
    kinds: ['SECURITY_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://vsec.com.vn',
    description: 'Doanh nghiệp Việt Nam cung cấp dịch vụ an toàn thông tin. Các dịch vụ trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese information-security services company. ${SAMPLE_SERVICES_EN}`,
    dataCenters: [],
  },
];

const SAMPLE_PRODUCTS_EN = 'Sample data: the listed products, plans, prices and specs are illustrative.';

/** Independent software vendors: SaaS hosted in a provider's data centres, or software to install on IaaS. */
export const softwareVendorSeeds: VendorSeed[] = [
  {
    slug: 'misa',
    name: 'MISA',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://www.misa.vn',
    description: 'Doanh nghiệp phần mềm Việt Nam, cung cấp phần mềm kế toán và quản trị cho doanh nghiệp. Các sản phẩm trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese software company making accounting and management software. ${SAMPLE_PRODUCTS_EN}`,
    dataCenters: [],
  },
  {
    slug: 'fpt-is',
    name: 'FPT IS',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://fpt-is.com',
    description: 'Công ty tích hợp hệ thống và phần mềm của FPT. Các sản phẩm trong danh mục là dữ liệu mẫu.',
    descriptionEn: `FPT's systems-integration and software company. ${SAMPLE_PRODUCTS_EN}`,
    dataCenters: [],
  },
  {
    slug: 'base-vn',
    name: 'Base.vn',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://base.vn',
    description: 'Doanh nghiệp Việt Nam phát triển phần mềm quản trị doanh nghiệp. Các sản phẩm trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese business-management software company. ${SAMPLE_PRODUCTS_EN}`,
    dataCenters: [],
  },
  {
    slug: 'fast',
    name: 'FAST',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://fast.com.vn',
    description: 'Công ty phần mềm Việt Nam chuyên về phần mềm kế toán và quản trị doanh nghiệp. Các sản phẩm trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese software company focused on accounting and ERP software. ${SAMPLE_PRODUCTS_EN}`,
    dataCenters: [],
  },
  {
    slug: '1office',
    name: '1Office',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: 'https://1office.vn',
    description: 'Doanh nghiệp Việt Nam phát triển phần mềm văn phòng điện tử và quản lý nhân sự. Các sản phẩm trong danh mục là dữ liệu mẫu.',
    descriptionEn: `Vietnamese e-office and HR software company. ${SAMPLE_PRODUCTS_EN}`,
    dataCenters: [],
  },
  {
    slug: 'suc-khoe-so',
    name: 'Sức Khỏe Số',
    kinds: ['SOFTWARE_VENDOR'],
    domestic: true,
    countryCode: 'VN',
    website: null,
    description: 'Doanh nghiệp khởi nghiệp về y tế từ xa, đưa phòng khám lên môi trường trực tuyến (dữ liệu mẫu: doanh nghiệp hư cấu).',
    descriptionEn: 'Sample data: a fictional telemedicine start-up bringing clinics online.',
    dataCenters: [],
  },
];

export const vendorSeeds: VendorSeed[] = [
  ...cloudProviderSeeds,
  ...foreignProviderSeeds,
  ...securityVendorSeeds,
  ...softwareVendorSeeds,
];
