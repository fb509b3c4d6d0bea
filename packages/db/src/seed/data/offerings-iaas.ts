import { DC, VIETTEL_SLA, offering, plan, vm } from './helpers.ts';
import type { OfferingSeed } from './types.ts';

const computeOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-cloud-server',
    vendor: 'viettel-idc',
    category: 'compute',
    name: 'Điện toán đám mây Viettel — máy chủ ảo Cloud Server',
    nameEn: 'Viettel Cloud — Cloud Server virtual servers',
    summary: 'Máy chủ ảo trên nền tảng điện toán đám mây Viettel, chạy tại hai trung tâm dữ liệu Tier III ở Hà Nội và Bình Dương.',
    summaryEn: "Virtual servers on Viettel's cloud platform, in two tier III data centres in Hà Nội and Bình Dương.",
    description:
      'Máy chủ ảo khởi tạo trong vài phút với ổ SSD và địa chỉ IP công khai. Viettel IDC vận hành hai trung tâm dữ liệu đạt chuẩn Tier III tại Hà Nội và Bình Dương với độ sẵn sàng 99,98%. ' +
      'Khách hàng có thể đặt máy chủ ở cả hai nơi để sao lưu chéo và khôi phục dịch vụ khi một trung tâm gặp sự cố.',
    descriptionEn:
      'Virtual servers ready in minutes, with SSD disks and a public IP address. Viettel IDC runs two tier III data centres in Hà Nội and Bình Dương with 99.98% availability. Customers can place servers in both, to back each other up and restore service when one data centre has an incident.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      vm('c2-4', 'Cloud Server 2 vCPU / 4 GB', 2, 4, 60, 520_000),
      vm('c4-8', 'Cloud Server 4 vCPU / 8 GB', 4, 8, 100, 990_000),
      vm('c8-16', 'Cloud Server 8 vCPU / 16 GB', 8, 16, 200, 1_950_000),
      vm('c2-4-hourly', ['Cloud Server 2 vCPU / 4 GB theo giờ', 'Cloud Server 2 vCPU / 4 GB hourly'], 2, 4, 60, 750, 'HOUR'),
    ],
  }),
  offering({
    slug: 'viettel-gpu-server',
    vendor: 'viettel-idc',
    category: 'compute',
    name: 'Máy chủ ảo GPU Viettel',
    nameEn: 'Viettel GPU virtual servers',
    summary: 'Máy chủ ảo gắn GPU cho huấn luyện mô hình, xử lý hình ảnh và tính toán hiệu năng cao.',
    summaryEn: 'GPU virtual servers for model training, image processing and high-performance computing.',
    description:
      'Máy chủ ảo có GPU chuyên dụng, thuê theo giờ cho các đợt tính toán ngắn hoặc theo tháng cho nhu cầu ổn định. Dữ liệu huấn luyện được lưu trong trung tâm dữ liệu của Viettel IDC tại Việt Nam.',
    descriptionEn:
      'Virtual servers with dedicated GPUs, rented by the hour for short compute runs or by the month for steady needs. Training data stays in Viettel IDC’s data centres in Vietnam.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      vm('gpu1-hourly', ['GPU 1 × 24 GB theo giờ', 'GPU 1 × 24 GB hourly'], 8, 32, 200, 42_000, 'HOUR', [['gpu', '1']]),
      vm('gpu1-monthly', ['GPU 1 × 24 GB theo tháng', 'GPU 1 × 24 GB monthly'], 8, 32, 200, 27_500_000, 'MONTH', [['gpu', '1']]),
    ],
  }),
  offering({
    slug: 'vnpt-cloud',
    vendor: 'vnpt-it',
    category: 'compute',
    name: 'VNPT Cloud — điện toán đám mây cho doanh nghiệp',
    nameEn: 'VNPT Cloud — cloud computing for businesses',
    summary: 'Máy chủ ảo trên nền tảng điện toán đám mây VNPT Cloud cho doanh nghiệp và cơ quan nhà nước.',
    summaryEn: 'Virtual servers on the VNPT Cloud platform for businesses and public agencies.',
    description:
      'Máy chủ ảo chạy tại trung tâm dữ liệu của VNPT ở Hà Nội và TP. Hồ Chí Minh. Khách hàng tự chọn cấu hình vCPU, RAM và dung lượng ổ đĩa, nâng cấp không cần cài đặt lại. ' +
      'Dữ liệu được lưu trữ hoàn toàn trong nước.',
    descriptionEn:
      'Virtual servers running in VNPT’s data centres in Hà Nội and Ho Chi Minh City. Customers choose their vCPU, RAM and disk size, and upgrade without reinstalling. Data is stored entirely in Vietnam.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [
      vm('s2-4', 'VNPT Cloud 2 vCPU / 4 GB', 2, 4, 50, 480_000),
      vm('s4-8', 'VNPT Cloud 4 vCPU / 8 GB', 4, 8, 100, 940_000),
      vm('s8-16', 'VNPT Cloud 8 vCPU / 16 GB', 8, 16, 200, 1_850_000),
    ],
  }),
  offering({
    slug: 'vnpt-vm-hourly',
    vendor: 'vnpt-it',
    category: 'compute',
    name: 'Máy chủ ảo VNPT trả theo giờ',
    nameEn: 'VNPT virtual servers billed by the hour',
    summary: 'Máy chủ ảo tính tiền theo giờ sử dụng, phù hợp môi trường thử nghiệm và tải tăng đột biến.',
    summaryEn: 'Virtual servers billed by the hour, for test environments and traffic peaks.',
    description:
      'Chỉ trả tiền cho số giờ máy chủ chạy; tắt máy là dừng tính phí tính toán. Có mặt tại ba trung tâm dữ liệu của VNPT ở Hà Nội, TP. Hồ Chí Minh và Đà Nẵng.',
    descriptionEn:
      'Pay only for the hours a server runs; switching it off stops the compute charges. Available in VNPT’s three data centres in Hà Nội, Ho Chi Minh City and Đà Nẵng.',
    sla: '99.95',
    dataCenters: DC.vnptAll,
    plans: [
      vm('h1-2', ['1 vCPU / 2 GB theo giờ', '1 vCPU / 2 GB hourly'], 1, 2, 30, 320, 'HOUR'),
      vm('h2-4', ['2 vCPU / 4 GB theo giờ', '2 vCPU / 4 GB hourly'], 2, 4, 50, 690, 'HOUR'),
      vm('h4-8', ['4 vCPU / 8 GB theo giờ', '4 vCPU / 8 GB hourly'], 4, 8, 100, 1_350, 'HOUR'),
    ],
  }),
  offering({
    slug: 'cmc-cloud-server',
    vendor: 'cmc-cloud',
    category: 'compute',
    name: 'Máy chủ ảo CMC Cloud Server',
    nameEn: 'CMC Cloud Server virtual servers',
    summary: 'Máy chủ ảo hiệu năng cao với ổ SSD tại Hà Nội và TP. Hồ Chí Minh.',
    summaryEn: 'High-performance SSD virtual servers in Hà Nội and Ho Chi Minh City.',
    description:
      'Máy chủ ảo của CMC Cloud với nhiều cấu hình từ nhỏ đến lớn, kèm tường lửa mạng và ảnh chụp ổ đĩa. Khách hàng có thể đặt máy chủ ở hai trung tâm dữ liệu để dự phòng.',
    descriptionEn:
      'CMC Cloud virtual servers in sizes from small to large, with a network firewall and disk snapshots. Customers can place servers in two data centres for redundancy.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [
      vm('s1-2', 'Cloud Server 1 vCPU / 2 GB', 1, 2, 30, 210_000),
      vm('s2-4', 'Cloud Server 2 vCPU / 4 GB', 2, 4, 60, 450_000),
      vm('s4-8', 'Cloud Server 4 vCPU / 8 GB', 4, 8, 100, 880_000),
    ],
  }),
  offering({
    slug: 'cmc-bare-metal',
    vendor: 'cmc-cloud',
    category: 'compute',
    name: 'Máy chủ vật lý CMC Bare Metal',
    nameEn: 'CMC Bare Metal physical servers',
    summary: 'Máy chủ vật lý riêng cho cơ sở dữ liệu lớn và ứng dụng cần toàn quyền phần cứng.',
    summaryEn: 'Dedicated physical servers for large databases and workloads that need the whole machine.',
    description:
      'Máy chủ vật lý dành riêng, không chia sẻ tài nguyên với khách hàng khác, được bàn giao kèm hệ điều hành theo yêu cầu. Phù hợp với cơ sở dữ liệu lớn, phần mềm có giấy phép theo lõi CPU và yêu cầu cách ly dữ liệu.',
    descriptionEn:
      'Dedicated physical servers that share no resources with other customers, handed over with the operating system the customer asks for. Suited to large databases, software licensed per CPU core and data that must be kept apart.',
    sla: '99.9',
    dataCenters: DC.cmc,
    plans: [
      plan('bm-16-64', ['Bare Metal 16 lõi / 64 GB', 'Bare Metal 16 cores / 64 GB'], 6_500_000, 'MONTH', [
        ['cpu_cores', '16'],
        ['ram_gb', '64'],
        ['storage_gb', '1920'],
      ]),
      plan('bm-32-128', ['Bare Metal 32 lõi / 128 GB', 'Bare Metal 32 cores / 128 GB'], 11_900_000, 'MONTH', [
        ['cpu_cores', '32'],
        ['ram_gb', '128'],
        ['storage_gb', '3840'],
      ]),
    ],
  }),
  offering({
    slug: 'vng-cloud-server',
    vendor: 'vng-cloud',
    category: 'compute',
    name: 'vServer — máy chủ ảo VNG Cloud',
    nameEn: 'vServer — VNG Cloud virtual servers',
    summary: 'Máy chủ ảo của VNG Cloud, thuê theo tháng hoặc theo giờ.',
    summaryEn: 'VNG Cloud virtual servers, by the month or by the hour.',
    description:
      'Máy chủ ảo với ổ SSD, mạng riêng ảo và ảnh chụp ổ đĩa. Trả theo tháng cho tải ổn định hoặc theo giờ cho môi trường thử nghiệm.',
    descriptionEn:
      'Virtual servers with SSD disks, a virtual private network and disk snapshots. Pay by the month for steady workloads or by the hour for test environments.',
    sla: '99.99',
    dataCenters: DC.vng,
    plans: [
      vm('v2-4', 'vServer 2 vCPU / 4 GB', 2, 4, 50, 495_000),
      vm('v4-8', 'vServer 4 vCPU / 8 GB', 4, 8, 100, 960_000),
      vm('v2-4-hourly', ['vServer 2 vCPU / 4 GB theo giờ', 'vServer 2 vCPU / 4 GB hourly'], 2, 4, 50, 700, 'HOUR'),
    ],
  }),
  offering({
    slug: 'bizfly-cloud-server',
    vendor: 'bizfly-cloud',
    category: 'compute',
    name: 'Bizfly Cloud Server — máy chủ ảo',
    nameEn: 'Bizfly Cloud Server — virtual servers',
    summary: 'Máy chủ ảo giá hợp lý cho doanh nghiệp nhỏ và khởi nghiệp.',
    summaryEn: 'Affordable virtual servers for small businesses and start-ups.',
    description:
      'Máy chủ ảo khởi tạo nhanh, có gói nhỏ cho website và ứng dụng nội bộ. Bảng điều khiển tiếng Việt, hỗ trợ kỹ thuật trong nước.',
    descriptionEn:
      'Virtual servers that start quickly, with small plans for websites and internal applications. A control panel in Vietnamese, and technical support in Vietnam.',
    sla: '99.95',
    dataCenters: DC.bizfly,
    plans: [
      vm('b1-1', 'Cloud Server 1 vCPU / 1 GB', 1, 1, 20, 150_000),
      vm('b2-4', 'Cloud Server 2 vCPU / 4 GB', 2, 4, 40, 430_000),
      vm('b4-8', 'Cloud Server 4 vCPU / 8 GB', 4, 8, 80, 850_000),
    ],
  }),
  offering({
    slug: 'mekong-vps',
    vendor: 'mekong-cloud',
    category: 'compute',
    name: 'Máy chủ ảo Mekong VPS',
    nameEn: 'Mekong VPS virtual servers',
    summary: 'Máy chủ ảo giá rẻ đặt tại một trung tâm dữ liệu ở Cần Thơ.',
    summaryEn: 'Low-cost virtual servers in a single data centre in Cần Thơ.',
    description:
      'Máy chủ ảo cho website và phần mềm nội bộ của doanh nghiệp vùng Đồng bằng sông Cửu Long. Chỉ có một trung tâm dữ liệu nên cần phương án sao lưu ở nơi khác.',
    descriptionEn:
      'Virtual servers for the websites and internal software of businesses in the Mekong Delta. There is only one data centre, so backups need to be kept somewhere else.',
    sla: '99.5',
    dataCenters: ['mekong-can-tho'],
    plans: [vm('m1-2', 'VPS 1 vCPU / 2 GB', 1, 2, 40, 160_000), vm('m2-4', 'VPS 2 vCPU / 4 GB', 2, 4, 80, 320_000)],
  }),
  offering({
    slug: 'alibaba-ecs-singapore',
    vendor: 'alibaba-cloud',
    category: 'compute',
    name: 'Alibaba Cloud ECS — máy chủ ảo tại Singapore',
    nameEn: 'Alibaba Cloud ECS — virtual servers in Singapore',
    summary: 'Máy chủ ảo đặt tại Singapore; dữ liệu được lưu ngoài Việt Nam.',
    summaryEn: 'Virtual servers in Singapore; data is kept outside Vietnam.',
    description:
      'Máy chủ ảo của một nhà cung cấp toàn cầu, đặt tại trung tâm dữ liệu Singapore. Phù hợp khi khách hàng chấp nhận lưu dữ liệu ở nước ngoài.',
    descriptionEn:
      'Virtual servers from a global provider, in a data centre in Singapore. Suitable when the customer accepts keeping its data abroad.',
    sla: '99.95',
    dataCenters: ['alibaba-cloud-singapore'],
    plans: [
      vm('ecs-2-4', 'ECS 2 vCPU / 4 GB', 2, 4, 40, 620_000),
      vm('ecs-2-4-hourly', ['ECS 2 vCPU / 4 GB theo giờ', 'ECS 2 vCPU / 4 GB hourly'], 2, 4, 40, 1_100, 'HOUR'),
    ],
  }),
  offering({
    slug: 'straits-compute',
    vendor: 'straits-cloud',
    category: 'compute',
    name: 'Straits Compute — máy chủ ảo Singapore',
    nameEn: 'Straits Compute — virtual servers in Singapore',
    summary: 'Máy chủ ảo tại Singapore cho ứng dụng phục vụ khách hàng khu vực Đông Nam Á.',
    summaryEn: 'Virtual servers in Singapore for applications serving South-East Asia.',
    description:
      'Máy chủ ảo tại trung tâm dữ liệu Singapore của một nhà cung cấp nước ngoài. Dữ liệu không lưu trữ tại Việt Nam.',
    descriptionEn:
      'Virtual servers in a foreign provider’s data centre in Singapore. Data is not stored in Vietnam.',
    sla: '99.95',
    dataCenters: ['straits-singapore'],
    plans: [vm('sc-2-4', 'Compute 2 vCPU / 4 GB', 2, 4, 50, 560_000), vm('sc-4-8', 'Compute 4 vCPU / 8 GB', 4, 8, 100, 1_090_000)],
  }),
];

const blockStorageOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-block-storage',
    vendor: 'viettel-idc',
    category: 'block-storage',
    name: 'Lưu trữ khối Viettel Cloud Volume',
    nameEn: 'Viettel Cloud Volume block storage',
    summary: 'Ổ đĩa ảo SSD và HDD gắn vào máy chủ ảo Viettel, tính phí theo dung lượng.',
    summaryEn: 'SSD and HDD volumes for Viettel virtual servers, billed per GB.',
    description:
      'Ổ đĩa ảo gắn và tháo khỏi máy chủ bất kỳ lúc nào, có ảnh chụp định kỳ. Dữ liệu được nhân bản trong trung tâm dữ liệu Tier III của Viettel IDC.',
    descriptionEn:
      'Virtual disks that attach to and detach from any server at any time, with scheduled snapshots. Data is replicated within Viettel IDC’s tier III data centre.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('ssd', 'SSD', 2_500, 'GB_MONTH', [['iops', '3000'], ['storage_type', 'SSD']]),
      plan('hdd', 'HDD', 1_100, 'GB_MONTH', [['iops', '500'], ['storage_type', 'HDD']]),
    ],
  }),
  offering({
    slug: 'vnpt-block-storage',
    vendor: 'vnpt-it',
    category: 'block-storage',
    name: 'Ổ đĩa ảo VNPT Cloud Block Storage',
    nameEn: 'VNPT Cloud Block Storage virtual disks',
    summary: 'Lưu trữ khối SSD cho máy chủ ảo VNPT Cloud.',
    summaryEn: 'SSD block storage for VNPT Cloud virtual servers.',
    description: 'Ổ đĩa SSD mở rộng dung lượng cho máy chủ ảo mà không phải dừng dịch vụ. Hỗ trợ ảnh chụp và khôi phục ổ đĩa.',
    descriptionEn:
      'SSD disks that add capacity to virtual servers without stopping the service. Disk snapshots and restores are supported.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('ssd', 'SSD', 2_300, 'GB_MONTH', [['iops', '3000'], ['storage_type', 'SSD']])],
  }),
  offering({
    slug: 'cmc-block-storage',
    vendor: 'cmc-cloud',
    category: 'block-storage',
    name: 'Lưu trữ khối CMC Cloud',
    nameEn: 'CMC Cloud block storage',
    summary: 'Ổ đĩa SSD và NVMe cho máy chủ ảo CMC Cloud.',
    summaryEn: 'SSD and NVMe volumes for CMC Cloud virtual servers.',
    description: 'Hai lớp hiệu năng: SSD cho ứng dụng thông thường và NVMe cho cơ sở dữ liệu cần IOPS cao. Tính phí theo GB mỗi tháng.',
    descriptionEn:
      'Two performance tiers: SSD for ordinary applications and NVMe for databases that need high IOPS. Billed per GB per month.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [
      plan('ssd', 'SSD', 2_400, 'GB_MONTH', [['iops', '3000'], ['storage_type', 'SSD']]),
      plan('nvme', 'NVMe', 3_900, 'GB_MONTH', [['iops', '10000'], ['storage_type', 'NVMe']]),
    ],
  }),
  offering({
    slug: 'vng-block-storage',
    vendor: 'vng-cloud',
    category: 'block-storage',
    name: 'vStorage Block — lưu trữ khối VNG Cloud',
    nameEn: 'vStorage Block — VNG Cloud block storage',
    summary: 'Ổ đĩa ảo SSD cho vServer và cụm Kubernetes của VNG Cloud.',
    summaryEn: 'SSD volumes for VNG Cloud vServer and Kubernetes clusters.',
    description: 'Ổ đĩa SSD gắn vào vServer hoặc dùng làm ổ lưu trữ bền vững cho cụm Kubernetes. Có ảnh chụp theo lịch.',
    descriptionEn:
      'SSD disks that attach to a vServer or serve as persistent storage for Kubernetes clusters, with scheduled snapshots.',
    sla: '99.95',
    dataCenters: DC.vng,
    plans: [plan('ssd', 'SSD', 2_200, 'GB_MONTH', [['iops', '3000'], ['storage_type', 'SSD']])],
  }),
  offering({
    slug: 'bizfly-block-storage',
    vendor: 'bizfly-cloud',
    category: 'block-storage',
    name: 'Bizfly Cloud Volume — lưu trữ khối',
    nameEn: 'Bizfly Cloud Volume — block storage',
    summary: 'Ổ đĩa ảo SSD và HDD cho Bizfly Cloud Server và Kubernetes.',
    summaryEn: 'SSD and HDD volumes for Bizfly Cloud Server and Kubernetes.',
    description: 'Ổ đĩa ảo tách rời khỏi máy chủ, giữ nguyên dữ liệu khi xóa máy chủ. Chọn SSD cho ứng dụng hoặc HDD cho dữ liệu lưu trữ lâu dài.',
    descriptionEn:
      'Virtual disks kept apart from the server, so their data stays when the server is deleted. Choose SSD for applications or HDD for long-term storage.',
    sla: '99.95',
    dataCenters: DC.bizfly,
    plans: [
      plan('ssd', 'SSD', 2_000, 'GB_MONTH', [['iops', '3000'], ['storage_type', 'SSD']]),
      plan('hdd', 'HDD', 900, 'GB_MONTH', [['iops', '500'], ['storage_type', 'HDD']]),
    ],
  }),
];

const objectStorageOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-object-storage',
    vendor: 'viettel-idc',
    category: 'object-storage',
    name: 'Lưu trữ đối tượng Viettel Cloud Object Storage',
    nameEn: 'Viettel Cloud Object Storage',
    summary: 'Lưu trữ đối tượng tương thích S3 cho tệp tin, hình ảnh và bản sao lưu.',
    summaryEn: 'S3-compatible object storage for files, images and backups.',
    description:
      'Kho lưu trữ đối tượng dùng giao thức S3, mở rộng không giới hạn và tính phí theo dung lượng thực dùng. Dữ liệu lưu tại trung tâm dữ liệu của Viettel IDC ở Việt Nam.',
    descriptionEn:
      'Object storage over the S3 protocol that grows without limit and is billed by the capacity actually used. Data is kept in Viettel IDC’s data centres in Vietnam.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 450, 'GB_MONTH', [['storage_type', 'S3']]),
      plan('1tb', ['Gói 1 TB', '1 TB plan'], 390_000, 'MONTH', [['storage_gb', '1024'], ['storage_type', 'S3']]),
    ],
  }),
  offering({
    slug: 'vnpt-object-storage',
    vendor: 'vnpt-it',
    category: 'object-storage',
    name: 'Lưu trữ đối tượng VNPT Cloud Object Storage',
    nameEn: 'VNPT Cloud Object Storage',
    summary: 'Lưu trữ đối tượng S3 trên hạ tầng VNPT.',
    summaryEn: 'S3 object storage on VNPT infrastructure.',
    description: 'Lưu trữ tệp tin, hồ sơ số hóa và bản sao lưu theo giao thức S3. Tính phí theo GB mỗi tháng.',
    descriptionEn:
      'Stores files, digitised records and backups over the S3 protocol. Billed per GB per month.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 480, 'GB_MONTH', [['storage_type', 'S3']])],
  }),
  offering({
    slug: 'cmc-s3-storage',
    vendor: 'cmc-cloud',
    category: 'object-storage',
    name: 'CMC Cloud S3 — lưu trữ đối tượng',
    nameEn: 'CMC Cloud S3 — object storage',
    summary: 'Lưu trữ đối tượng tương thích S3 của CMC Cloud.',
    summaryEn: 'CMC Cloud S3-compatible object storage.',
    description: 'Lưu trữ dữ liệu phi cấu trúc với API tương thích S3, phân quyền theo từng bucket. Phù hợp cho lưu trữ lâu dài và phân phối nội dung.',
    descriptionEn:
      'Storage for unstructured data with an S3-compatible API and permissions per bucket. Suited to long-term storage and content distribution.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 420, 'GB_MONTH', [['storage_type', 'S3']])],
  }),
  offering({
    slug: 'vng-object-storage',
    vendor: 'vng-cloud',
    category: 'object-storage',
    name: 'vStorage Object — lưu trữ đối tượng VNG Cloud',
    nameEn: 'vStorage Object — VNG Cloud object storage',
    summary: 'Lưu trữ đối tượng S3 cho ứng dụng và dữ liệu media.',
    summaryEn: 'S3 object storage for applications and media.',
    description: 'Lưu trữ hình ảnh, video và tệp tin ứng dụng qua API S3, kết hợp được với vCDN để phân phối nội dung.',
    descriptionEn:
      'Stores images, video and application files through the S3 API, and works with vCDN to deliver the content.',
    sla: '99.9',
    dataCenters: DC.vng,
    plans: [plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 400, 'GB_MONTH', [['storage_type', 'S3']])],
  }),
  offering({
    slug: 'bizfly-simple-storage',
    vendor: 'bizfly-cloud',
    category: 'object-storage',
    name: 'Bizfly Simple Storage — lưu trữ đối tượng',
    nameEn: 'Bizfly Simple Storage — object storage',
    summary: 'Lưu trữ đối tượng S3 đơn giản cho website và ứng dụng.',
    summaryEn: 'Simple S3 object storage for websites and apps.',
    description: 'Lưu trữ tệp tin tĩnh, hình ảnh và bản sao lưu với API S3. Tính phí theo dung lượng sử dụng mỗi tháng.',
    descriptionEn:
      'Stores static files, images and backups with the S3 API. Billed by the capacity used each month.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 440, 'GB_MONTH', [['storage_type', 'S3']])],
  }),
  offering({
    slug: 'straits-object-storage',
    vendor: 'straits-cloud',
    category: 'object-storage',
    name: 'Straits Object Storage — lưu trữ đối tượng tại Singapore',
    nameEn: 'Straits Object Storage — object storage in Singapore',
    summary: 'Lưu trữ đối tượng S3 tại Singapore; dữ liệu được lưu ngoài Việt Nam.',
    summaryEn: 'S3 object storage in Singapore; data is kept outside Vietnam.',
    description: 'Lưu trữ đối tượng tại trung tâm dữ liệu Singapore của một nhà cung cấp nước ngoài. Không phù hợp với dữ liệu phải lưu trong nước.',
    descriptionEn:
      'Object storage in a foreign provider’s data centre in Singapore. Not suitable for data that must be kept in Vietnam.',
    sla: '99.9',
    dataCenters: ['straits-singapore'],
    plans: [plan('standard', ['Tiêu chuẩn theo GB', 'Standard, per GB'], 520, 'GB_MONTH', [['storage_type', 'S3']])],
  }),
];

const backupOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-cloud-backup',
    vendor: 'viettel-idc',
    category: 'backup',
    name: 'Sao lưu dữ liệu Viettel Cloud Backup',
    nameEn: 'Viettel Cloud Backup',
    summary: 'Sao lưu tự động máy chủ, cơ sở dữ liệu và tệp tin sang trung tâm dữ liệu thứ hai.',
    summaryEn: 'Automatic backup of servers, databases and files to a second data centre.',
    description:
      'Bản sao lưu được đặt ở trung tâm dữ liệu còn lại của Viettel IDC (Hà Nội hoặc Bình Dương), tách biệt với hệ thống gốc. Theo Viettel IDC, khi có hai trung tâm dữ liệu, 70–80% dịch vụ có thể được khôi phục ngay khi một nơi gặp sự cố.',
    descriptionEn:
      'Backups are kept in Viettel IDC’s other data centre (Hà Nội or Bình Dương), apart from the original system. According to Viettel IDC, with two data centres 70–80% of services can be restored at once when one site has an incident.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('per-gb', ['Theo GB', 'Per GB'], 600, 'GB_MONTH', [['retention_days', '30']]),
      plan('500gb', ['Gói 500 GB', '500 GB plan'], 250_000, 'MONTH', [['storage_gb', '500'], ['retention_days', '30']]),
    ],
  }),
  offering({
    slug: 'cmc-cloud-backup',
    vendor: 'cmc-cloud',
    category: 'backup',
    name: 'Sao lưu đám mây CMC',
    nameEn: 'CMC cloud backup',
    summary: 'Sao lưu tự động tệp tin và cơ sở dữ liệu lên đám mây CMC, giữ nhiều phiên bản.',
    summaryEn: 'Automatic backup of files and databases to the CMC cloud, keeping several versions.',
    description:
      'Sao lưu theo lịch tệp tin, cơ sở dữ liệu và toàn bộ hệ thống lên đám mây của CMC. Bản sao lưu được lưu tại TP. Hồ Chí Minh, tách biệt với hệ thống gốc ở Hà Nội; khôi phục theo từng tệp hoặc toàn bộ khi có sự cố.',
    descriptionEn:
      'Scheduled backup of files, databases and whole systems to the CMC cloud. Backups are kept in Ho Chi Minh City, apart from the original system in Hà Nội; after an incident, restore single files or everything.',
    sla: '99.95',
    dataCenters: ['cmc-tp-hcm'],
    plans: [
      plan('per-gb', ['Theo GB', 'Per GB'], 550, 'GB_MONTH', [['retention_days', '30']]),
      plan('1tb', ['Gói 1 TB', '1 TB plan'], 480_000, 'MONTH', [['storage_gb', '1024'], ['retention_days', '90']]),
    ],
  }),
  offering({
    slug: 'vnpt-cloud-backup',
    vendor: 'vnpt-it',
    category: 'backup',
    name: 'VNPT Cloud Backup — sao lưu dữ liệu',
    nameEn: 'VNPT Cloud Backup — data backup',
    summary: 'Sao lưu dữ liệu định kỳ cho máy chủ ảo và máy chủ tại chỗ.',
    summaryEn: 'Scheduled backup for virtual and on-premises servers.',
    description: 'Tác tử sao lưu cài trên máy chủ gửi bản sao mã hóa về trung tâm dữ liệu VNPT. Hỗ trợ khôi phục từng tệp tin hoặc toàn bộ máy chủ.',
    descriptionEn:
      'A backup agent installed on the server sends encrypted copies to a VNPT data centre. Restore single files or the whole server.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('per-gb', ['Theo GB', 'Per GB'], 580, 'GB_MONTH', [['retention_days', '30']])],
  }),
  offering({
    slug: 'bizfly-cloud-backup',
    vendor: 'bizfly-cloud',
    category: 'backup',
    name: 'Bizfly Backup — sao lưu trên mây',
    nameEn: 'Bizfly Backup — cloud backup',
    summary: 'Sao lưu định kỳ dữ liệu ứng dụng lên mây Bizfly, mã hóa khi lưu trữ.',
    summaryEn: 'Scheduled, encrypted backup of application data to the Bizfly cloud.',
    description: 'Sao lưu dữ liệu ứng dụng và cơ sở dữ liệu lên mây theo lịch, giữ nhiều phiên bản. Dữ liệu được mã hóa và lưu trong nước.',
    descriptionEn:
      'Scheduled backup of application data and databases to the cloud, keeping several versions. Data is encrypted and stored in Vietnam.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [plan('per-gb', ['Theo GB', 'Per GB'], 500, 'GB_MONTH', [['retention_days', '14']])],
  }),
];

const networkOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-load-balancer',
    vendor: 'viettel-idc',
    category: 'network',
    name: 'Cân bằng tải Viettel Cloud Load Balancer',
    nameEn: 'Viettel Cloud Load Balancer',
    summary: 'Phân phối lưu lượng tới nhiều máy chủ ảo, kiểm tra tình trạng và kết thúc TLS.',
    summaryEn: 'Distributes traffic across virtual servers with health checks and TLS termination.',
    description: 'Bộ cân bằng tải lớp 4 và lớp 7 cho ứng dụng chạy trên hạ tầng Viettel IDC. Tự động loại bỏ máy chủ lỗi khỏi nhóm phục vụ.',
    descriptionEn:
      'Layer 4 and layer 7 load balancer for applications running on Viettel IDC’s infrastructure. Failed servers are taken out of the serving pool automatically.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 350_000, 'MONTH', [['bandwidth_mbps', '1000']])],
  }),
  offering({
    slug: 'vng-vpc',
    vendor: 'vng-cloud',
    category: 'network',
    name: 'Mạng riêng ảo VNG Cloud vNetwork (VPC)',
    nameEn: 'VNG Cloud vNetwork virtual private network (VPC)',
    summary: 'Mạng riêng ảo cô lập cho tài nguyên trên VNG Cloud, kèm cổng NAT và VPN.',
    summaryEn: 'Isolated virtual private network for VNG Cloud resources, with NAT gateway and VPN.',
    description: 'Tạo mạng con, bảng định tuyến và nhóm bảo mật cho từng dự án. Kết nối về văn phòng qua VPN site-to-site.',
    descriptionEn:
      'Create subnets, route tables and security groups for each project, and connect to the office through a site-to-site VPN.',
    sla: '99.95',
    dataCenters: DC.vng,
    plans: [
      plan('vpc', 'VPC', 0, 'MONTH', [['subnets', '10']]),
      plan('nat-gateway', ['Cổng NAT', 'NAT gateway'], 300_000, 'MONTH', [['bandwidth_mbps', '500']]),
      plan('vpn', 'VPN site-to-site', 450_000, 'MONTH', [['bandwidth_mbps', '200']]),
    ],
  }),
  offering({
    slug: 'cmc-load-balancer',
    vendor: 'cmc-cloud',
    category: 'network',
    name: 'Cân bằng tải CMC Cloud',
    nameEn: 'CMC Cloud load balancer',
    summary: 'Cân bằng tải cho ứng dụng web nhiều máy chủ trên CMC Cloud.',
    summaryEn: 'Load balancing for multi-server web applications on CMC Cloud.',
    description: 'Phân phối lưu lượng HTTP và TCP, gắn chứng chỉ TLS và kiểm tra tình trạng máy chủ định kỳ.',
    descriptionEn:
      'Distributes HTTP and TCP traffic, attaches TLS certificates and checks server health regularly.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 320_000, 'MONTH', [['bandwidth_mbps', '1000']])],
  }),
  offering({
    slug: 'bizfly-load-balancer',
    vendor: 'bizfly-cloud',
    category: 'network',
    name: 'Bizfly Load Balancer — cân bằng tải',
    nameEn: 'Bizfly Load Balancer — load balancing',
    summary: 'Cân bằng tải lớp 4 và lớp 7 cho Bizfly Cloud Server.',
    summaryEn: 'Layer 4 and layer 7 load balancing for Bizfly Cloud Server.',
    description: 'Khởi tạo bộ cân bằng tải trong vài phút, tự động chuyển lưu lượng khỏi máy chủ lỗi.',
    descriptionEn:
      'Set up a load balancer in minutes; traffic moves away from failed servers automatically.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [
      plan('small', ['Nhỏ', 'Small'], 250_000, 'MONTH', [['bandwidth_mbps', '500']]),
      plan('large', ['Lớn', 'Large'], 600_000, 'MONTH', [['bandwidth_mbps', '2000']]),
    ],
  }),
];

const cdnOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-cdn',
    vendor: 'viettel-idc',
    category: 'cdn',
    name: 'Viettel CDN — phân phối nội dung',
    nameEn: 'Viettel CDN — content delivery',
    summary: 'Phân phối hình ảnh, video và tệp tĩnh tới người dùng trong nước với độ trễ thấp.',
    summaryEn: 'Delivers images, video and static files to users in Vietnam with low latency.',
    description: 'Mạng phân phối nội dung với điểm phục vụ tại nhiều tỉnh thành, phù hợp cho báo điện tử, học trực tuyến và phát video.',
    descriptionEn:
      'A content delivery network with points of presence in many provinces and cities, suited to online newspapers, e-learning and video streaming.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('1tb', ['Gói 1 TB lưu lượng', '1 TB of traffic'], 1_200_000, 'MONTH', [['traffic_tb', '1']]),
      plan('10tb', ['Gói 10 TB lưu lượng', '10 TB of traffic'], 9_000_000, 'MONTH', [['traffic_tb', '10']]),
    ],
  }),
  offering({
    slug: 'vng-cdn',
    vendor: 'vng-cloud',
    category: 'cdn',
    name: 'vCDN — mạng phân phối nội dung VNG Cloud',
    nameEn: 'vCDN — VNG Cloud content delivery network',
    summary: 'CDN cho website, ứng dụng di động và phát video trực tuyến.',
    summaryEn: 'CDN for websites, mobile apps and video streaming.',
    description: 'Bộ nhớ đệm nội dung gần người dùng, hỗ trợ HTTPS và phát video theo luồng. Tính phí theo gói lưu lượng hằng tháng.',
    descriptionEn:
      'Caches content close to users, with HTTPS and video streaming. Billed by monthly traffic plan.',
    sla: '99.9',
    dataCenters: DC.vng,
    plans: [plan('1tb', ['Gói 1 TB lưu lượng', '1 TB of traffic'], 1_100_000, 'MONTH', [['traffic_tb', '1']])],
  }),
  offering({
    slug: 'bizfly-cdn',
    vendor: 'bizfly-cloud',
    category: 'cdn',
    name: 'Bizfly CDN — mạng phân phối nội dung',
    nameEn: 'Bizfly CDN — content delivery network',
    summary: 'Tăng tốc website và phân phối nội dung cho trang tin tức, thương mại điện tử.',
    summaryEn: 'Speeds up websites and delivers content for news and e-commerce sites.',
    description: 'Mạng phân phối nội dung với bộ nhớ đệm tại Việt Nam, làm mới nội dung tức thời qua API.',
    descriptionEn:
      'A content delivery network with caches in Vietnam; content is refreshed at once through the API.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [plan('1tb', ['Gói 1 TB lưu lượng', '1 TB of traffic'], 1_000_000, 'MONTH', [['traffic_tb', '1']])],
  }),
  offering({
    slug: 'cmc-cdn',
    vendor: 'cmc-cloud',
    category: 'cdn',
    name: 'CMC CDN — tăng tốc nội dung',
    nameEn: 'CMC CDN — content acceleration',
    summary: 'Phân phối nội dung tĩnh và video cho người dùng trong nước.',
    summaryEn: 'Static content and video delivery for users in Vietnam.',
    description: 'Giảm tải cho máy chủ gốc bằng bộ nhớ đệm phân tán, hỗ trợ chứng chỉ TLS riêng của khách hàng.',
    descriptionEn:
      'Takes load off the origin server with distributed caching, and supports the customer’s own TLS certificates.',
    sla: '99.9',
    dataCenters: DC.cmc,
    plans: [plan('1tb', ['Gói 1 TB lưu lượng', '1 TB of traffic'], 1_150_000, 'MONTH', [['traffic_tb', '1']])],
  }),
];

/** Listings in other states than PUBLISHED: visible to their vendor and staff only. */
const unpublishedIaasOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-arm-server',
    vendor: 'viettel-idc',
    category: 'compute',
    status: 'DRAFT',
    name: 'Máy chủ ảo ARM Viettel (thử nghiệm)',
    nameEn: 'Viettel ARM virtual servers (trial)',
    summary: 'Máy chủ ảo dùng bộ xử lý ARM, đang chuẩn bị ra mắt.',
    summaryEn: 'ARM-based virtual servers, being prepared for launch.',
    description: 'Bản nháp: cấu hình và giá có thể thay đổi trước khi gửi duyệt.',
    descriptionEn:
      'Draft: the configurations and prices may change before it is sent for review.',
    sla: VIETTEL_SLA,
    dataCenters: ['viettel-idc-ha-noi'],
    plans: [vm('a2-4', 'ARM 2 vCPU / 4 GB', 2, 4, 50, 400_000)],
  }),
  offering({
    slug: 'bizfly-gpu-server',
    vendor: 'bizfly-cloud',
    category: 'compute',
    status: 'IN_REVIEW',
    name: 'Bizfly Cloud GPU — máy chủ ảo GPU',
    nameEn: 'Bizfly Cloud GPU — GPU virtual servers',
    summary: 'Máy chủ ảo gắn GPU cho trí tuệ nhân tạo, đang chờ duyệt.',
    summaryEn: 'GPU virtual servers for AI workloads, awaiting review.',
    description: 'Máy chủ ảo có GPU thuê theo giờ. Đang chờ đội ngũ Mây Việt duyệt trước khi công khai.',
    descriptionEn:
      'GPU virtual servers rented by the hour. Awaiting review by the Mây Việt team before going public.',
    sla: '99.9',
    dataCenters: ['bizfly-ha-noi'],
    plans: [vm('gpu1-hourly', ['GPU 1 × 24 GB theo giờ', 'GPU 1 × 24 GB hourly'], 8, 32, 200, 39_000, 'HOUR', [['gpu', '1']])],
  }),
  offering({
    slug: 'vng-cloud-server-legacy',
    vendor: 'vng-cloud',
    category: 'compute',
    status: 'ARCHIVED',
    name: 'Máy chủ ảo VNG Cloud thế hệ cũ',
    nameEn: 'VNG Cloud previous-generation virtual servers',
    summary: 'Dòng máy chủ ảo thế hệ cũ, đã ngừng bán.',
    summaryEn: 'Previous-generation virtual servers, no longer sold.',
    description: 'Dòng sản phẩm đã ngừng bán và được thay thế bằng vServer. Khách hàng hiện tại được hỗ trợ chuyển đổi.',
    descriptionEn:
      'This line is no longer sold and has been replaced by vServer. Existing customers get help to move.',
    sla: '99.9',
    dataCenters: ['vng-tp-hcm'],
    plans: [vm('legacy-2-4', ['Thế hệ cũ 2 vCPU / 4 GB', 'Previous generation 2 vCPU / 4 GB'], 2, 4, 40, 450_000)],
  }),
];

export const iaasOfferings: OfferingSeed[] = [
  ...computeOfferings,
  ...blockStorageOfferings,
  ...objectStorageOfferings,
  ...backupOfferings,
  ...networkOfferings,
  ...cdnOfferings,
  ...unpublishedIaasOfferings,
];
