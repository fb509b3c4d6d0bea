import { DC, VIETTEL_SLA, needsBlockStorageFrom, needsComputeFrom, offering, plan } from './helpers.ts';
import type { OfferingSeed } from './types.ts';

const managedDatabaseOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-managed-database',
    vendor: 'viettel-idc',
    category: 'managed-database',
    name: 'Cơ sở dữ liệu Viettel Cloud Database',
    nameEn: 'Viettel Cloud Database',
    summary: 'PostgreSQL và MySQL được quản lý: sao lưu, vá lỗi và giám sát do Viettel IDC đảm nhận.',
    summaryEn: 'Managed PostgreSQL and MySQL: Viettel IDC handles backups, patching and monitoring.',
    description:
      'Khởi tạo cụm cơ sở dữ liệu với bản sao dự phòng ở trung tâm dữ liệu thứ hai. Sao lưu hằng ngày, khôi phục về thời điểm bất kỳ trong 7 ngày.',
    descriptionEn:
      'Start a database cluster with a standby replica in a second data centre. Daily backups, with restores to any point in time within 7 days.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('db-2-4', 'PostgreSQL 2 vCPU / 4 GB', 900_000, 'MONTH', [
        ['engine', 'PostgreSQL'],
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['storage_gb', '100'],
      ]),
      plan('db-4-16-ha', ['PostgreSQL 4 vCPU / 16 GB, hai nút', 'PostgreSQL 4 vCPU / 16 GB, two nodes'], 3_600_000, 'MONTH', [
        ['engine', 'PostgreSQL'],
        ['vcpu', '4'],
        ['ram_gb', '16'],
        ['storage_gb', '500'],
        ['nodes', '2'],
      ]),
    ],
  }),
  offering({
    slug: 'vnpt-managed-database',
    vendor: 'vnpt-it',
    category: 'managed-database',
    name: 'VNPT Cloud Database — cơ sở dữ liệu được quản lý',
    nameEn: 'VNPT Cloud Database — managed databases',
    summary: 'MySQL và SQL Server được quản lý trên hạ tầng VNPT.',
    summaryEn: 'Managed MySQL and SQL Server on VNPT infrastructure.',
    description: 'Cơ sở dữ liệu được cài đặt, sao lưu và cập nhật bởi VNPT IT. Phù hợp với phần mềm nghiệp vụ của cơ quan nhà nước và doanh nghiệp.',
    descriptionEn:
      'Databases installed, backed up and updated by VNPT IT. Suited to the business software of public agencies and companies.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [
      plan('mysql-2-4', 'MySQL 2 vCPU / 4 GB', 850_000, 'MONTH', [
        ['engine', 'MySQL'],
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['storage_gb', '100'],
      ]),
      plan('mssql-4-8', 'SQL Server 4 vCPU / 8 GB', 2_900_000, 'MONTH', [
        ['engine', 'SQL Server'],
        ['vcpu', '4'],
        ['ram_gb', '8'],
        ['storage_gb', '200'],
      ]),
    ],
  }),
  offering({
    slug: 'vng-managed-database',
    vendor: 'vng-cloud',
    category: 'managed-database',
    name: 'vDB — cơ sở dữ liệu được quản lý VNG Cloud',
    nameEn: 'vDB — VNG Cloud managed databases',
    summary: 'MySQL, PostgreSQL và Redis được quản lý, mở rộng theo nhu cầu.',
    summaryEn: 'Managed MySQL, PostgreSQL and Redis that scale on demand.',
    description: 'Chọn loại cơ sở dữ liệu và cấu hình, VNG Cloud lo phần sao lưu, giám sát và chuyển đổi dự phòng tự động.',
    descriptionEn:
      'Choose the database type and size; VNG Cloud takes care of backups, monitoring and automatic failover.',
    sla: '99.95',
    dataCenters: DC.vng,
    plans: [
      plan('pg-2-4', 'PostgreSQL 2 vCPU / 4 GB', 880_000, 'MONTH', [
        ['engine', 'PostgreSQL'],
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['storage_gb', '100'],
      ]),
      plan('redis-2', 'Redis 2 GB', 420_000, 'MONTH', [
        ['engine', 'Redis'],
        ['ram_gb', '2'],
      ]),
    ],
  }),
  offering({
    slug: 'bizfly-cloud-database',
    vendor: 'bizfly-cloud',
    category: 'managed-database',
    name: 'Bizfly Cloud Database — cơ sở dữ liệu được quản lý',
    nameEn: 'Bizfly Cloud Database — managed databases',
    summary: 'Cơ sở dữ liệu MySQL, PostgreSQL và MongoDB được quản lý cho ứng dụng web.',
    summaryEn: 'Managed MySQL, PostgreSQL and MongoDB for web applications.',
    description: 'Cơ sở dữ liệu khởi tạo trong vài phút, sao lưu tự động và có bản sao chỉ đọc.',
    descriptionEn:
      'Databases ready in minutes, with automatic backups and read replicas.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [
      plan('small', ['Nhỏ 1 vCPU / 2 GB', 'Small 1 vCPU / 2 GB'], 450_000, 'MONTH', [
        ['engine', 'MySQL'],
        ['vcpu', '1'],
        ['ram_gb', '2'],
        ['storage_gb', '50'],
      ]),
      plan('medium', ['Vừa 2 vCPU / 4 GB', 'Medium 2 vCPU / 4 GB'], 820_000, 'MONTH', [
        ['engine', 'MySQL'],
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['storage_gb', '100'],
      ]),
    ],
  }),
  offering({
    slug: 'cmc-managed-database',
    vendor: 'cmc-cloud',
    category: 'managed-database',
    name: 'Cơ sở dữ liệu được quản lý CMC Cloud',
    nameEn: 'CMC Cloud managed databases',
    summary: 'PostgreSQL và SQL Server được quản lý với bản sao dự phòng.',
    summaryEn: 'Managed PostgreSQL and SQL Server with standby replicas.',
    description: 'Cụm cơ sở dữ liệu có nút dự phòng ở trung tâm dữ liệu thứ hai, sao lưu hằng ngày và giám sát 24/7.',
    descriptionEn:
      'Database clusters with a standby node in a second data centre, daily backups and 24/7 monitoring.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [
      plan('pg-2-4', 'PostgreSQL 2 vCPU / 4 GB', 870_000, 'MONTH', [
        ['engine', 'PostgreSQL'],
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['storage_gb', '100'],
      ]),
    ],
  }),
];

const kubernetesOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-kubernetes',
    vendor: 'viettel-idc',
    category: 'kubernetes',
    name: 'Viettel Kubernetes Service — Kubernetes được quản lý',
    nameEn: 'Viettel Kubernetes Service — managed Kubernetes',
    summary: 'Cụm Kubernetes được quản lý: Viettel IDC vận hành control plane, khách hàng trả tiền cho các nút.',
    summaryEn: 'Managed Kubernetes: Viettel IDC runs the control plane, customers pay for worker nodes.',
    description:
      'Khởi tạo cụm Kubernetes trong vài phút, tự động mở rộng số nút theo tải. Ổ lưu trữ bền vững dùng dịch vụ lưu trữ khối của Viettel IDC.',
    descriptionEn:
      'Start a Kubernetes cluster in minutes; the number of nodes grows and shrinks with the load. Persistent volumes use Viettel IDC’s block storage.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsBlockStorageFrom('viettel-idc', 'Viettel IDC')],
    plans: [
      plan('control-plane', 'Control plane', 0, 'MONTH', [['nodes', '0']]),
      plan('node-4-8', ['Nút 4 vCPU / 8 GB', 'Node 4 vCPU / 8 GB'], 1_050_000, 'MONTH', [
        ['vcpu', '4'],
        ['ram_gb', '8'],
        ['nodes', '1'],
      ]),
    ],
  }),
  offering({
    slug: 'vng-kubernetes',
    vendor: 'vng-cloud',
    category: 'kubernetes',
    name: 'vKS — Kubernetes VNG Cloud',
    nameEn: 'vKS — VNG Cloud Kubernetes',
    summary: 'Kubernetes được quản lý trên VNG Cloud, tích hợp cân bằng tải và lưu trữ khối.',
    summaryEn: 'Managed Kubernetes on VNG Cloud with load balancer and block storage integration.',
    description: 'Cụm Kubernetes có control plane dự phòng cao, nâng cấp phiên bản một chạm. Ổ đĩa của nút dùng vStorage Block.',
    descriptionEn:
      'Kubernetes clusters with a highly available control plane and one-click version upgrades. Node disks use vStorage Block.',
    sla: '99.95',
    dataCenters: DC.vng,
    requirements: [needsBlockStorageFrom('vng-cloud', 'VNG Cloud')],
    plans: [
      plan('cluster', ['Cụm tiêu chuẩn', 'Standard cluster'], 600_000, 'MONTH', [['nodes', '0']]),
      plan('node-4-8', ['Nút 4 vCPU / 8 GB', 'Node 4 vCPU / 8 GB'], 990_000, 'MONTH', [
        ['vcpu', '4'],
        ['ram_gb', '8'],
        ['nodes', '1'],
      ]),
    ],
  }),
  offering({
    slug: 'bizfly-kubernetes-engine',
    vendor: 'bizfly-cloud',
    category: 'kubernetes',
    name: 'Bizfly Kubernetes Engine — Kubernetes được quản lý',
    nameEn: 'Bizfly Kubernetes Engine — managed Kubernetes',
    summary: 'Kubernetes được quản lý cho ứng dụng container của doanh nghiệp.',
    summaryEn: 'Managed Kubernetes for business container workloads.',
    description:
      'Triển khai ứng dụng container trên nền tảng điện toán đám mây Bizfly Cloud mà không phải tự vận hành control plane. Ổ lưu trữ bền vững dùng Bizfly Cloud Volume.',
    descriptionEn:
      'Deploy container applications on the Bizfly Cloud platform without running the control plane yourself. Persistent volumes use Bizfly Cloud Volume.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    requirements: [needsBlockStorageFrom('bizfly-cloud', 'Bizfly Cloud')],
    plans: [
      plan('node-2-4', ['Nút 2 vCPU / 4 GB', 'Node 2 vCPU / 4 GB'], 480_000, 'MONTH', [
        ['vcpu', '2'],
        ['ram_gb', '4'],
        ['nodes', '1'],
      ]),
      plan('node-4-8', ['Nút 4 vCPU / 8 GB', 'Node 4 vCPU / 8 GB'], 900_000, 'MONTH', [
        ['vcpu', '4'],
        ['ram_gb', '8'],
        ['nodes', '1'],
      ]),
    ],
  }),
  offering({
    slug: 'cmc-kubernetes',
    vendor: 'cmc-cloud',
    category: 'kubernetes',
    name: 'CMC Kubernetes Engine — Kubernetes được quản lý',
    nameEn: 'CMC Kubernetes Engine — managed Kubernetes',
    summary: 'Cụm Kubernetes được quản lý tại Hà Nội và TP. Hồ Chí Minh.',
    summaryEn: 'Managed Kubernetes clusters in Hà Nội and Ho Chi Minh City.',
    description: 'Cụm Kubernetes với giám sát tích hợp và tự động thay nút lỗi. Ổ đĩa của nút dùng dịch vụ lưu trữ khối của CMC Cloud.',
    descriptionEn:
      'Kubernetes clusters with built-in monitoring that replace failed nodes automatically. Node disks use CMC Cloud’s block storage.',
    sla: '99.95',
    dataCenters: DC.cmc,
    requirements: [needsBlockStorageFrom('cmc-cloud', 'CMC Cloud')],
    plans: [
      plan('node-4-8', ['Nút 4 vCPU / 8 GB', 'Node 4 vCPU / 8 GB'], 950_000, 'MONTH', [
        ['vcpu', '4'],
        ['ram_gb', '8'],
        ['nodes', '1'],
      ]),
    ],
  }),
];

const monitoringOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-cloud-monitoring',
    vendor: 'viettel-idc',
    category: 'monitoring',
    name: 'Giám sát hạ tầng Viettel Cloud Monitoring',
    nameEn: 'Viettel Cloud Monitoring — infrastructure monitoring',
    summary: 'Theo dõi CPU, bộ nhớ, ổ đĩa và mạng của máy chủ ảo, cảnh báo qua SMS và e-mail.',
    summaryEn: 'Tracks CPU, memory, disk and network of virtual servers, with SMS and e-mail alerts.',
    description: 'Bảng điều khiển và cảnh báo cho tài nguyên trên Viettel Cloud, lưu số liệu 90 ngày.',
    descriptionEn:
      'Dashboards and alerts for resources on Viettel Cloud, with metrics kept for 90 days.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsComputeFrom('viettel-idc', 'Viettel IDC', 'Giám sát tài nguyên chạy', 'Monitors resources running')],
    plans: [plan('per-host', ['Theo máy chủ', 'Per server'], 30_000, 'MONTH', [['hosts', '1'], ['retention_days', '90']])],
  }),
  offering({
    slug: 'bizfly-cloud-watcher',
    vendor: 'bizfly-cloud',
    category: 'monitoring',
    name: 'Bizfly Cloud Watcher — giám sát hạ tầng',
    nameEn: 'Bizfly Cloud Watcher — infrastructure monitoring',
    summary: 'Giám sát máy chủ, website và cơ sở dữ liệu, cảnh báo khi có sự cố.',
    summaryEn: 'Monitors servers, websites and databases, alerting on incidents.',
    description: 'Kiểm tra website từ nhiều điểm trong nước, theo dõi chỉ số máy chủ và gửi cảnh báo qua e-mail, Telegram hoặc webhook.',
    descriptionEn:
      'Checks websites from many places in Vietnam, tracks server metrics and sends alerts by e-mail, Telegram or webhook.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [
      plan('free', ['Miễn phí', 'Free'], 0, 'MONTH', [['hosts', '3']]),
      plan('pro', ['Chuyên nghiệp', 'Professional'], 250_000, 'MONTH', [['hosts', '20'], ['retention_days', '30']]),
    ],
  }),
  offering({
    slug: 'cmc-cloud-monitoring',
    vendor: 'cmc-cloud',
    category: 'monitoring',
    name: 'Giám sát hạ tầng CMC Cloud',
    nameEn: 'CMC Cloud infrastructure monitoring',
    summary: 'Giám sát tập trung tài nguyên đám mây và hạ tầng tại chỗ.',
    summaryEn: 'Central monitoring of cloud resources and on-premises infrastructure.',
    description: 'Thu thập số liệu từ tài nguyên trên CMC Cloud và tại trung tâm dữ liệu của khách hàng, phục vụ mô hình đa đám mây và lai.',
    descriptionEn:
      'Collects metrics from resources on CMC Cloud and in the customer’s own data centre, for multi-cloud and hybrid set-ups.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('per-host', ['Theo máy chủ', 'Per server'], 35_000, 'MONTH', [['hosts', '1'], ['retention_days', '30']])],
  }),
];

export const paasOfferings: OfferingSeed[] = [...managedDatabaseOfferings, ...kubernetesOfferings, ...monitoringOfferings];
