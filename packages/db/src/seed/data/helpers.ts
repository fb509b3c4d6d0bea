import type { BillingUnit } from '../../schema/enums.ts';
import type { OfferingSeed, PlanSeed, RequirementSeed, SpecSeed } from './types.ts';

/** A plan's name: one that reads the same in English ("4 vCPU / 8 GB"), or [Vietnamese, English]. */
export type PlanName = string | readonly [vi: string, en: string];

/** Every price and spec below is invented for demonstration; offerings that use them set sampleData. */
export function plan(slug: string, name: PlanName, price: number, unit: BillingUnit, specs: SpecSeed[] = []): PlanSeed {
  if (!Number.isSafeInteger(price) || price < 0) throw new Error(`plan ${slug}: price must be whole đồng, got ${price}`);
  return typeof name === 'string' ? { slug, name, price, unit, specs } : { slug, name: name[0], nameEn: name[1], price, unit, specs };
}

/** A virtual server size: vCPU, RAM and SSD disk, billed by the month or the hour. */
export function vm(
  slug: string,
  name: PlanName,
  vcpu: number,
  ramGb: number,
  storageGb: number,
  price: number,
  unit: 'MONTH' | 'HOUR' = 'MONTH',
  extra: SpecSeed[] = [],
): PlanSeed {
  return plan(slug, name, price, unit, [
    ['vcpu', String(vcpu)],
    ['ram_gb', String(ramGb)],
    ['storage_gb', String(storageGb)],
    ...extra,
  ]);
}

const COMPUTE_PROVIDERS = ['viettel-idc', 'vnpt-it', 'cmc-cloud'];

/** Self-hosted software runs on IaaS from the providers the vendor supports. */
export const needsSupportedCompute: RequirementSeed = {
  description: 'Cần máy chủ ảo của Viettel IDC, VNPT IT hoặc CMC Cloud để cài đặt phần mềm.',
  descriptionEn: 'Needs compute from Viettel IDC, VNPT IT or CMC Cloud to install the software on.',
  categories: ['compute'],
  vendors: COMPUTE_PROVIDERS,
};

/** A provider's network security only protects workloads hosted by that provider. */
export function needsWorkloadOn(vendorSlug: string, vendorName: string): RequirementSeed {
  return {
    description: `Chỉ bảo vệ ứng dụng chạy trên máy chủ ảo hoặc Kubernetes của ${vendorName}.`,
    descriptionEn: `Protects only applications running on ${vendorName} compute or Kubernetes.`,
    categories: ['compute', 'kubernetes'],
    vendors: [vendorSlug],
  };
}

export const needsAnyWebWorkload: RequirementSeed = {
  description: 'Cần một ứng dụng web chạy trên máy chủ ảo hoặc Kubernetes của bất kỳ nhà cung cấp nào.',
  descriptionEn: 'Needs a web application running on compute or Kubernetes from any provider.',
  categories: ['compute', 'kubernetes'],
  vendors: [],
};

export function needsBlockStorageFrom(vendorSlug: string, vendorName: string): RequirementSeed {
  return {
    description: `Ổ đĩa của các nút dùng dịch vụ lưu trữ khối của ${vendorName}.`,
    descriptionEn: `The nodes' volumes use ${vendorName} block storage.`,
    categories: ['block-storage'],
    vendors: [vendorSlug],
  };
}

export function needsComputeFrom(vendorSlug: string, vendorName: string, why: string, whyEn: string): RequirementSeed {
  return {
    description: `${why} trên máy chủ ảo của ${vendorName}.`,
    descriptionEn: `${whyEn} on ${vendorName} compute.`,
    categories: ['compute'],
    vendors: [vendorSlug],
  };
}

export function needsStorageFrom(vendorSlug: string, vendorName: string): RequirementSeed {
  return {
    description: `Mã hóa dữ liệu trên lưu trữ khối hoặc lưu trữ đối tượng của ${vendorName}.`,
    descriptionEn: `Encrypts data on ${vendorName} block or object storage.`,
    categories: ['block-storage', 'object-storage'],
    vendors: [vendorSlug],
  };
}

export const needsEOffice: RequirementSeed = {
  description: 'Cần hệ thống văn phòng điện tử để tiếp nhận và luân chuyển hồ sơ, của bất kỳ nhà cung cấp nào.',
  descriptionEn: 'Needs an e-office system, from any vendor, to receive and route the case files.',
  categories: ['e-office'],
  vendors: [],
};

export const needsBackup: RequirementSeed = {
  description: 'Cần dịch vụ sao lưu dữ liệu để lưu bản sao sổ sách ngoài hệ thống.',
  descriptionEn: 'Needs a backup service, from any vendor, to keep a copy of the books outside the system.',
  categories: ['backup', 'disaster-recovery'],
  vendors: [],
};

export const needsManagedDatabase: RequirementSeed = {
  description: 'Cần cơ sở dữ liệu được quản lý (PostgreSQL hoặc SQL Server) của bất kỳ nhà cung cấp nào.',
  descriptionEn: 'Needs a managed database (PostgreSQL or SQL Server) from any provider.',
  categories: ['managed-database'],
  vendors: [],
};

export type OfferingInput = Omit<OfferingSeed, 'status' | 'sampleData' | 'requirements'> &
  Partial<Pick<OfferingSeed, 'status' | 'sampleData' | 'requirements'>>;

/** A listing with the usual defaults: published, invented prices (sample data), no requirements. */
export function offering(input: OfferingInput): OfferingSeed {
  return { status: 'PUBLISHED', sampleData: true, requirements: [], ...input };
}

/** Data centres of the providers, as listed in vendors.ts. */
export const DC = {
  viettel: ['viettel-idc-ha-noi', 'viettel-idc-binh-duong'],
  vnpt: ['vnpt-ha-noi', 'vnpt-tp-hcm'],
  vnptAll: ['vnpt-ha-noi', 'vnpt-tp-hcm', 'vnpt-da-nang'],
  cmc: ['cmc-ha-noi', 'cmc-tp-hcm'],
  vng: ['vng-tp-hcm', 'vng-ha-noi'],
  bizfly: ['bizfly-ha-noi', 'bizfly-tp-hcm'],
} as const satisfies Record<string, readonly string[]>;

/** Viettel IDC states 99.98% availability for its two tier III data centres (FACTS.md). */
export const VIETTEL_SLA = '99.98';
