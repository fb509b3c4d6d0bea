/** `count` draft IaaS listings named `${label} 1…`, on the data centers given: input for importOfferings. */
export function computeDrafts(label: string, count: number, dataCenterIds: string[]) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${label} ${i + 1}`,
    summary: 'Máy chủ ảo cho doanh nghiệp.',
    description: 'Máy chủ ảo tại trung tâm dữ liệu trong nước.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds,
    plans: [{ name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH' }],
  }));
}
